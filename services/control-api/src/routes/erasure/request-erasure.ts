import { randomUUID } from "node:crypto";
import { HttpError } from "@cordon/http";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { insertErasure } from "../../db/erasures.ts";
import { orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { assertMayErase, erasureParams, erasureSchema } from "./erasure-schema.ts";

const erasureBody = z.strictObject({
  reason: z
    .string()
    .min(1)
    .max(500)
    .regex(/^[^\p{Cc}]*$/u, "must hold no control characters")
    .describe("why (e.g. the request's ticket); kept with the erasure, never in the access log"),
});

/**
 * Erasure (DESIGN.md invariant 3). In one transaction: the erasure row, the
 * subject opted out, every wrapped data key of theirs destroyed, and the
 * access-log record. When it answers, nothing of the subject decrypts from
 * any lake file through Postgres; caches let go within the keyring's bound
 * (see the lifecycle README). The lifecycle worker then writes the signed
 * deletion record and compacts their files.
 */
export function requestErasureRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/subjects/:subjectId/erasure",
    {
      config: { allowedRoles: ["admin", "security", "subject"] },
      schema: {
        summary: "Erase a subject: destroy their keys now, remove their rows from the lake next",
        tags: ["subjects"],
        security: humanTokenSecurity,
        params: erasureParams,
        body: erasureBody,
        response: { 202: erasureSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const { subjectId } = request.params;
      assertMayErase(principal, subjectId);
      const erasure = await runAudited(deps, request, async (tx) => {
        const resource = { type: "subject", id: subjectId } as const;
        const created = await insertErasure(tx, {
          erasureId: randomUUID(),
          orgId: orgOf(principal),
          subjectId,
          subjectPseudonym: deps.pseudonymize(orgOf(principal), subjectId),
          requestedBy: principal.id,
          reason: request.body.reason,
        });
        if (created === undefined) {
          return {
            value: undefined,
            audit: {
              action: "subject.erase",
              resource,
              orgId: orgOf(principal),
              outcome: "failed",
              reason: "subject_erased",
            },
          };
        }
        return {
          value: created.erasure,
          audit: {
            action: "subject.erase",
            resource,
            orgId: orgOf(principal),
            outcome: "allowed",
            detail: {
              erasureId: created.erasure.erasureId,
              keysDestroyed: created.erasure.keysDestroyed,
              exportsReplanned: created.exports.replanned,
              exportsCancelled: created.exports.cancelled,
              onBehalf: principal.id !== subjectId,
            },
          },
        };
      });
      if (erasure === undefined) {
        throw new HttpError(
          "subject_erased",
          "this subject's erasure was already asked for; GET it for progress",
        );
      }
      return reply.code(202).send(erasure);
    },
  );
}
