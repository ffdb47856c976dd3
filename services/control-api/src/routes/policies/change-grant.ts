import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { changeGrant } from "./grant-change.ts";
import { grantIdParams, grantSchema, grantTermsSchema } from "./policy-schema.ts";

/** New terms for an existing grant: a new version; the old one stays in the history. */
export function changeGrantRoute(app: RouteApp, deps: RouteDeps): void {
  app.put(
    "/v1/policies/:id",
    {
      config: { allowedRoles: ["steward"] },
      schema: {
        summary: "Change a grant (appends a version)",
        tags: ["policies"],
        security: humanTokenSecurity,
        params: grantIdParams,
        body: grantTermsSchema,
        response: { 200: grantSchema },
      },
    },
    async (request) => {
      const body = request.body;
      return changeGrant(deps, request, {
        kind: "change",
        grantId: request.params.id,
        terms: {
          ...body,
          validFrom: body.validFrom ?? new Date().toISOString(),
          validUntil: body.validUntil ?? null,
        },
      });
    },
  );
}
