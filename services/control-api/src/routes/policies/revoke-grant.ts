import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { changeGrant } from "./grant-change.ts";
import { grantIdParams, grantSchema } from "./policy-schema.ts";

/** Revokes a grant: a version that says so; plans from then on no longer see what it covered. */
export function revokeGrantRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/policies/:id/revoke",
    {
      config: { allowedRoles: ["steward"] },
      schema: {
        summary: "Revoke a grant (appends a revoked version)",
        tags: ["policies"],
        security: humanTokenSecurity,
        params: grantIdParams,
        response: { 200: grantSchema },
      },
    },
    async (request) => changeGrant(deps, request, { kind: "revoke", grantId: request.params.id }),
  );
}
