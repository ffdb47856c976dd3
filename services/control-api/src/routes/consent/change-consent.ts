import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { writeConsent } from "../../db/subjects.ts";
import { identityOf, orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { assertMayManageConsent, consentParams, consentSchema } from "./consent-schema.ts";

const consentBody = z.strictObject({
  optedOut: z.boolean().describe("true to opt out of recording, false to opt back in"),
});

/**
 * Sets the consent flag the gateway checks on every batch (docs/invariants.md,
 * invariant 9). The full consent flow, with notices and history, comes later.
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
      return runAudited(deps, request, async (tx) => {
        const consent = await writeConsent(tx, {
          orgId: orgOf(principal),
          subjectId,
          optedOut: request.body.optedOut,
          changedBy: principal.id,
        });
        return {
          value: consent,
          audit: {
            action: "consent.change",
            resource: { type: "subject", id: subjectId },
            orgId: orgOf(principal),
            outcome: "allowed",
            detail: { optedOut: consent.optedOut },
          },
        };
      });
    },
  );
}
