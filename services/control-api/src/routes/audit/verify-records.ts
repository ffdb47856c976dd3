import { type Queryable, type VerifyDeps, verifyAuditChain } from "@cordon/audit";
import { type RequestIdentity, withIdentity } from "@cordon/db";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";

/** A span this long is checked in one request; the whole log is the platform operator's to verify. */
const maxSpanRecords = 100_000;

const segmentQuery = z
  .strictObject({
    from: z.coerce.number().int().min(1).describe("first sequence of the records being looked at"),
    to: z.coerce.number().int().min(1).describe("last sequence of the records being looked at"),
  })
  .refine((query) => query.from <= query.to, { message: "from must not be after to", path: ["from"] })
  .refine((query) => query.to - query.from < maxSpanRecords, {
    message: `at most ${maxSpanRecords} records at a time`,
    path: ["to"],
  });

const segmentVerdict = z.object({
  ok: z.boolean(),
  from: z.int(),
  to: z.int(),
  checked: z.int().describe("records whose hashes were recomputed"),
  checkpoints: z.int().describe("signed checkpoints inside the segment that were checked"),
  reason: z.string().nullable().describe("what failed, e.g. hash_mismatch; null when ok"),
  firstBadSequence: z.int().nullable(),
  lastCheckpoint: z
    .object({
      lastSequence: z.int(),
      time: z.string(),
      chainHead: z.string().describe("hex hash of the record the checkpoint signs"),
      keyId: z.string(),
    })
    .nullable()
    .describe("the newest signed checkpoint of the whole log; null before the first"),
});

/** Reads every organisation's records to recompute hashes and answers only with the verdict. */
const verifierIdentity: RequestIdentity = { principalId: "audit-segment-verify", roles: ["audit_verifier"] };

async function newestCheckpoint(db: Queryable): Promise<z.infer<typeof segmentVerdict>["lastCheckpoint"]> {
  const { rows } = await db.query<{
    last_sequence: string;
    checkpoint_time: string;
    chain_head: Buffer;
    key_id: string;
  }>(
    `SELECT last_sequence, checkpoint_time, chain_head, key_id FROM cordon.audit_checkpoints
      ORDER BY last_sequence DESC LIMIT 1`,
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    lastSequence: Number(row.last_sequence),
    time: row.checkpoint_time,
    chainHead: row.chain_head.toString("hex"),
    keyId: row.key_id,
  };
}

export interface VerifyRecordsRouteDeps extends RouteDeps {
  verification: VerifyDeps;
}

/**
 * Lets an organisation's security team check the records it is looking at:
 * the hash chain over the segment from the first to the last of them, the
 * signed checkpoints inside it, and the newest checkpoint of the log. The
 * segment holds other organisations' records too, so it is read under the
 * narrow `audit_verifier` role and only the verdict comes back, as in the
 * subject's access report.
 */
export function verifyRecordsRoute(app: RouteApp, deps: VerifyRecordsRouteDeps): void {
  app.get(
    "/v1/audit/verify-records",
    {
      config: { allowedRoles: ["security"] },
      schema: {
        summary: "Verify the hash chain over a segment of the access log, and name the newest checkpoint",
        tags: ["audit"],
        security: humanTokenSecurity,
        querystring: segmentQuery,
        response: { 200: segmentVerdict },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const verdict = await withIdentity(deps.pool, verifierIdentity, async (tx) => {
        const result = await verifyAuditChain(tx, deps.verification, { from, to });
        return { result, lastCheckpoint: await newestCheckpoint(tx) };
      });
      const { result, lastCheckpoint } = verdict;
      const answer = result.ok
        ? {
            ok: true,
            from: result.from,
            to: result.to,
            checked: result.checked,
            checkpoints: result.checkpoints,
            reason: null,
            firstBadSequence: null,
            lastCheckpoint,
          }
        : {
            ok: false,
            from,
            to,
            checked: result.checked,
            checkpoints: 0,
            reason: result.reason,
            firstBadSequence: result.firstBadSequence,
            lastCheckpoint,
          };
      return runAudited(deps, request, async () => ({
        value: answer,
        audit: {
          action: "audit.verify",
          resource: { type: "audit_log", id: `${from}-${to}` },
          orgId: orgOf(request.principal),
          outcome: "allowed",
          detail: { ok: answer.ok, checked: answer.checked, from, to },
        },
      }));
    },
  );
}
