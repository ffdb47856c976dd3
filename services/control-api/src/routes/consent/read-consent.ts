import { withIdentity } from "@cordon/db";
import { readConsent } from "../../db/subjects.ts";
import { identityOf, orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { assertMayManageConsent, consentParams, consentSchema } from "./consent-schema.ts";

export function readConsentRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/subjects/:subjectId/consent",
    {
      config: { allowedRoles: ["admin", "security", "subject"] },
      schema: {
        summary: "Read a subject's consent flag",
        tags: ["consent"],
        security: humanTokenSecurity,
        params: consentParams,
        response: { 200: consentSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      assertMayManageConsent(principal, request.params.subjectId);
      return withIdentity(deps.pool, identityOf(principal), (tx) =>
        readConsent(tx, orgOf(principal), request.params.subjectId),
      );
    },
  );
}
