import { type AuditFilter, actorTypes, auditActions, auditOutcomes } from "@cordon/audit";
import { z } from "zod";

// Filter values end up in the `audit.query` record's detail, which holds short strings only.
const filterId = z.string().min(1).max(200);

/** The filters shared by the query and the export, as query-string parameters. */
export const auditFilterQuery = {
  actorType: z.enum(actorTypes).optional(),
  actorId: filterId.optional().describe("exact actor id: a principal, collector or service id"),
  action: z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()))
    .pipe(z.array(z.enum(auditActions)).min(1).max(auditActions.length))
    .optional()
    .describe(`comma-separated actions, any of: ${auditActions.join(", ")}`),
  resourceType: filterId.optional(),
  resourceId: filterId.optional().describe("exact resource id"),
  outcome: z.enum(auditOutcomes).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe("records at or after this time"),
  to: z.iso.datetime({ offset: true }).optional().describe("records before this time"),
  q: filterId.optional().describe("free text: records whose actor, resource or request id starts with it"),
};

const filterQuerySchema = z.strictObject(auditFilterQuery);

/** The package's filter from the parsed query string. */
export function auditFilterOf(query: z.output<typeof filterQuerySchema>): AuditFilter {
  return {
    ...(query.actorType === undefined ? {} : { actorType: query.actorType }),
    ...(query.actorId === undefined ? {} : { actorId: query.actorId }),
    ...(query.action === undefined ? {} : { actions: query.action }),
    ...(query.resourceType === undefined ? {} : { resourceType: query.resourceType }),
    ...(query.resourceId === undefined ? {} : { resourceId: query.resourceId }),
    ...(query.outcome === undefined ? {} : { outcome: query.outcome }),
    ...(query.from === undefined ? {} : { from: new Date(query.from) }),
    ...(query.to === undefined ? {} : { to: new Date(query.to) }),
    ...(query.q === undefined ? {} : { idPrefix: query.q }),
  };
}

/** What was asked, for the record of the asking: filter names and values, never more. */
export function filterDetail(query: z.output<typeof filterQuerySchema>): Record<string, string> {
  const detail: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    detail[`filter_${name}`] = (Array.isArray(value) ? value.join(",") : String(value)).slice(0, 200);
  }
  return detail;
}

export const auditRecordSchema = z
  .object({
    sequence: z.number().int(),
    time: z.string().describe("ISO 8601 UTC, exactly as hashed"),
    actor: z.object({ type: z.string(), id: z.string(), authMethod: z.string() }),
    action: z.string(),
    resource: z.object({ type: z.string(), id: z.string() }),
    outcome: z.string(),
    reason: z.string().optional(),
    purpose: z.string().optional(),
    policyVersion: z.string().optional(),
    requestId: z.string(),
    orgId: z.string().optional(),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    prevHash: z.string().describe("hex SHA-256 of the previous record"),
    hash: z.string().describe("hex SHA-256(prevHash ‖ canonical JSON of this record)"),
  })
  .describe("one access-log record");
