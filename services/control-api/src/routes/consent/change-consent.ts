import { withIdentity } from "@cordon/db";
import { HttpError } from "@cordon/http";
import { z } from "zod";
import { actorOf } from "../../audit.ts";
import { readConsent, writeConsent } from "../../db/subjects.ts";
import { hasRole, identityOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { assertMayManageConsent, consentParams, consentSchema } from "./consent-schema.ts";

const consentBody = z.strictObject({
  optedOut: z.boolean().describe("true to opt out of recording, false to opt back in"),
  reason: z
    .string()
    .min(1)
    .max(500)
    .regex(/^[^\p{Cc}]*$/u, "must hold no control characters")
    .optional()
    .describe("why; kept with the flag (not in the access log, which holds codes and ids only)"),
});

/**
 * Sets the consent flag the gateway checks on every batch (DESIGN.md
 * invariant 9). The consent is the employee's: admin and security may opt
 * a subject out on their behalf, but only the subject may opt back in.
 * A refused opt-in is audited as denied; a trigger on cordon.subjects
 * refuses it too, whatever the route does.
 */
export function changeConsentRoute(app: RouteApp, deps: RouteDeps): void {
  app.put(
    "/v1/subjects/:subjectId/consent",
    {
      config: { allowedRoles: ["admin", "security", "subject"] },
      schema: {
        summary: "Opt a subject out of recording, or back in",
        tags: ["consent"],
        security: humanTokenSecurity,
        params: consentParams,
        body: consentBody,
        response: { 200: consentSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      const { subjectId } = request.params;
      assertMayManageConsent(principal, subjectId);
      const self = hasRole(principal, "subject") && principal.id === subjectId;
      return withIdentity(deps.pool, identityOf(principal), async (tx) => {
        const current = await readConsent(tx, principal.orgId, subjectId);
        if (current.optedOut && !request.body.optedOut && !self) {
          await deps.audit.record({
            actor: actorOf(principal),
            action: "consent.change",
            resource: { type: "subject", id: subjectId },
            orgId: principal.orgId,
            outcome: "denied",
            reason: "opt_in_only_by_subject",
            requestId: request.id,
            detail: { optedOut: false },
          });
          throw new HttpError("opt_in_only_by_subject", "only the subject may opt back in");
        }
        const consent = await writeConsent(tx, {
          orgId: principal.orgId,
          subjectId,
          optedOut: request.body.optedOut,
          changedBy: principal.id,
          reason: request.body.reason ?? null,
        });
        await deps.audit.record(
          {
            actor: actorOf(principal),
            action: "consent.change",
            resource: { type: "subject", id: subjectId },
            orgId: principal.orgId,
            outcome: "allowed",
            requestId: request.id,
            detail: {
              optedOut: consent.optedOut,
              onBehalf: !self,
              reasonGiven: request.body.reason !== undefined,
            },
          },
          tx,
        );
        return consent;
      });
    },
  );
}
