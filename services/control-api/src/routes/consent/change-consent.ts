import { HttpError } from "@cordon/http";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { markSubjectExports } from "../../db/subject-exports.ts";
import { readConsent, writeConsent } from "../../db/subjects.ts";
import { hasRole, orgOf } from "../../principal.ts";
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
 * Sets the consent flag the gateway checks on every batch (docs/invariants.md,
 * invariant 9). The consent is the employee's: admin and security may opt a
 * subject out on their behalf, but only the subject may opt back in. A
 * refused opt-in is on the record as denied; a trigger on cordon.subjects
 * refuses it too, whatever the route does.
 */
export function changeConsentRoute(app: RouteApp, deps: RouteDeps): void {
  app.put(
    "/v1/subjects/:subjectId/consent",
    {
      config: { allowedRoles: ["admin", "security", "subject"] },
      schema: {
        summary: "Opt a subject out of recording, or (only the subject) back in",
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
      const consent = await runAudited(deps, request, async (tx) => {
        const resource = { type: "subject", id: subjectId } as const;
        const current = await readConsent(tx, orgOf(principal), subjectId);
        if (current.optedOut && !request.body.optedOut && !self) {
          return {
            value: undefined,
            audit: {
              action: "consent.change",
              resource,
              orgId: orgOf(principal),
              outcome: "denied",
              reason: "opt_in_only_by_subject",
              detail: { optedOut: false },
            },
          };
        }
        const changed = await writeConsent(tx, {
          orgId: orgOf(principal),
          subjectId,
          optedOut: request.body.optedOut,
          changedBy: principal.id,
          reason: request.body.reason ?? null,
        });
        // An opt-out also takes the subject out of queued exports: they are planned again.
        const exports = changed.optedOut ? await markSubjectExports(tx, subjectId, false) : undefined;
        return {
          value: changed,
          audit: {
            action: "consent.change",
            resource,
            orgId: orgOf(principal),
            outcome: "allowed",
            detail: {
              optedOut: changed.optedOut,
              onBehalf: !self,
              reasonGiven: request.body.reason !== undefined,
              exportsReplanned: exports?.replanned ?? 0,
            },
          },
        };
      });
      if (consent === undefined)
        throw new HttpError("opt_in_only_by_subject", "only the subject may opt back in");
      return consent;
    },
  );
}
