import { contentKeys } from "@cordon/observability";
import { z } from "zod";

/**
 * What can be audited: a closed list, so a query for an action names one that
 * exists and a typo is a type error. Later issues append to it (and only
 * append: stored records keep their action names forever).
 */
export const auditActions = [
  "collector.enrol",
  "collector.revoke",
  "ingest.pause",
  "ingest.resume",
  "consent.change",
  "subject_key.create",
  "subject_key.destroy",
  "subject_key.rewrap",
  "policy.change",
  "export.request",
  "export.approve",
  "export.deny",
  "export.download",
  "data.decrypt",
  "audit.query",
  // Streaming the log out (to a SIEM) is a bulk read, worth telling apart from a page of it.
  "audit.export",
  "audit.verify",
  "auth.denied",
  // Employees' rights and the data lifecycle.
  "subject.erase",
  "subject.deletion_record",
  "subject.access_report",
  "lake.compact",
  "retention.expire",
  "retention.shred",
  "housekeeping.sweep",
  "policy.read",
  "export.plan",
  "export.read",
  "export.run",
  "export.expire",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const actorTypes = ["principal", "collector", "service"] as const;
export type ActorType = (typeof actorTypes)[number];

/**
 * How the actor proved who it is: a human token from the identity provider,
 * a collector token from the gateway, a collector's client credentials, a
 * service acting on its own, or nothing (a refused, unauthenticated call).
 */
export const authMethods = ["jwt", "collector_token", "client_credentials", "service", "none"] as const;
export type AuthMethod = (typeof authMethods)[number];

export const auditOutcomes = ["allowed", "denied", "failed"] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** The id a refused caller without a credential is recorded under. */
export const anonymousActorId = "anonymous";

// Every string of a record is stored in Postgres text columns and hashed in its
// canonical JSON form: no control characters (Postgres refuses NUL, and
// escaping rules for the others differ between JSON libraries).
const printable = /^[^\p{Cc}]*$/u;
const idString = (max: number) =>
  z.string().min(1).max(max).regex(printable, "must hold no control characters");
const codeString = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, "must be a lower-case code of letters, digits and _");

const detailKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, "must be a short identifier")
  // The logger's content keys (text, url, token, secret…) name what people typed or secrets.
  .refine((key) => !contentKeys.has(key), "names event content or a secret, which the audit log never holds");

const detailValue = z.union([
  z.string().max(200).regex(printable, "must hold no control characters"),
  z.boolean(),
  z.number().int().refine(Number.isSafeInteger, "must be a safe integer"),
  z.null(),
]);

/**
 * A small object of ids, flags and counts that places an action: never event
 * content, never a secret. Integers only, so its canonical JSON form cannot
 * depend on how a float is printed.
 */
export const auditDetailSchema = z
  .record(detailKey, detailValue)
  .refine((detail) => Object.keys(detail).length <= 16, "may hold at most 16 fields");
export type AuditDetail = z.infer<typeof auditDetailSchema>;

/** What a caller states about an action; the log adds sequence, time and hashes. */
export const auditRecordInputSchema = z
  .strictObject({
    actor: z.strictObject({
      type: z.enum(actorTypes),
      id: idString(256),
      authMethod: z.enum(authMethods),
    }),
    action: z.enum(auditActions),
    resource: z.strictObject({
      type: codeString.describe("what kind of thing was acted on, e.g. collector, subject, audit_log"),
      id: idString(512),
    }),
    outcome: z.enum(auditOutcomes),
    /** Why it was denied or failed (an error code); required unless allowed. */
    reason: codeString.optional(),
    purpose: idString(200).optional(),
    policyVersion: idString(100).optional(),
    requestId: idString(128),
    /** The organisation the resource belongs to, when there is one. */
    orgId: idString(256).optional(),
    detail: auditDetailSchema.optional(),
  })
  .refine((input) => input.outcome === "allowed" || input.reason !== undefined, {
    message: "a denied or failed outcome needs a reason code",
    path: ["reason"],
  });
export type AuditRecordInput = z.input<typeof auditRecordInputSchema>;

/** A record as the log keeps it. Hashes are lower-case hex of SHA-256. */
export interface AuditRecord {
  sequence: number;
  /** ISO 8601 UTC with milliseconds, exactly the string that was hashed. */
  time: string;
  actor: { type: ActorType; id: string; authMethod: AuthMethod };
  action: AuditAction;
  resource: { type: string; id: string };
  outcome: AuditOutcome;
  reason?: string;
  purpose?: string;
  policyVersion?: string;
  requestId: string;
  orgId?: string;
  detail: AuditDetail;
  prevHash: string;
  hash: string;
}

/** The input refused by the schema, with the fields that were wrong; never echoes values. */
export class InvalidAuditRecordError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid audit record: ${problems.join("; ")}`);
    this.name = "InvalidAuditRecordError";
    this.problems = problems;
  }
}

export function parseAuditRecordInput(input: unknown): z.output<typeof auditRecordInputSchema> {
  const parsed = auditRecordInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidAuditRecordError(
    parsed.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(record)"}: ${issue.message}`),
  );
}

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}
