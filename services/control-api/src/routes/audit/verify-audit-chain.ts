import { type VerifyDeps, verifyAuditChain } from "@cordon/audit";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";

const verifyQuery = z
  .strictObject({
    from: z.coerce.number().int().min(1).optional().describe("first sequence; 1 unless set"),
    to: z.coerce.number().int().min(1).optional().describe("last sequence; the newest unless set"),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: "from must not be after to",
    path: ["from"],
  });

const verification = z
  .union([
    z.object({
      ok: z.literal(true),
      checked: z.number().int().describe("records whose hashes were recomputed"),
      checkpoints: z.number().int().describe("signed checkpoints checked"),
      from: z.number().int(),
      to: z.number().int(),
    }),
    z.object({
      ok: z.literal(false),
      firstBadSequence: z.number().int().describe("the earliest sequence at which the evidence fails"),
      reason: z
        .string()
        .describe("what failed there, e.g. hash_mismatch, record_missing, checkpoint_signature_invalid"),
      checked: z.number().int(),
    }),
  ])
  .describe("the verdict; a failed verification is an answer (200), not an error");

export interface VerifyRouteDeps extends RouteDeps {
  verification: VerifyDeps;
}

/**
 * Recomputes the chain over a range and checks the signed checkpoints in it.
 * The verdict is recorded (`audit.verify`) in the same transaction; a failed
 * verification also raises the `verify_failed` alert.
 */
export function verifyAuditChainRoute(app: RouteApp, deps: VerifyRouteDeps): void {
  app.get(
    "/v1/audit/verify",
    {
      config: { allowedRoles: ["platform_operator"] },
      schema: {
        summary: "Verify the access log's hash chain and signed checkpoints",
        tags: ["audit"],
        security: humanTokenSecurity,
        querystring: verifyQuery,
        response: { 200: verification },
      },
    },
    async (request) => {
      const principal = request.principal;
      const { from, to } = request.query;
      return runAudited(deps, request, async (tx) => {
        const result = await verifyAuditChain(tx, deps.verification, {
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
        });
        return {
          value: result,
          audit: {
            action: "audit.verify",
            resource: { type: "audit_log", id: "chain" },
            orgId: principal.orgId,
            outcome: "allowed",
            detail: result.ok
              ? { ok: true, checked: result.checked, from: result.from, to: result.to }
              : {
                  ok: false,
                  checked: result.checked,
                  firstBadSequence: result.firstBadSequence,
                  reason: result.reason,
                },
          },
        };
      });
    },
  );
}
