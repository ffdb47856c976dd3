import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { listGrants } from "../../db/grants.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { grantSchema } from "./policy-schema.ts";

const listQuery = z.strictObject({
  includeRevoked: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * The newest version of each grant the caller may see: stewards, security and
 * admins see their organisation's; an ML engineer sees the grants naming them
 * or one of their roles. Row-level security decides, not this route.
 */
export function listGrantsRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/policies",
    {
      config: { allowedRoles: ["steward", "security", "admin", "ml_engineer"] },
      schema: {
        summary: "List grants",
        tags: ["policies"],
        security: humanTokenSecurity,
        querystring: listQuery,
        response: { 200: z.object({ grants: z.array(grantSchema) }) },
      },
    },
    async (request) => {
      const principal = request.principal;
      const grants = await runAudited(deps, request, async (tx) => {
        const found = await listGrants(tx, request.query);
        return {
          value: found,
          audit: {
            action: "policy.read" as const,
            resource: { type: "policy" as const, id: "*" },
            orgId: principal.orgId,
            outcome: "allowed" as const,
            detail: { count: found.length },
          },
        };
      });
      return { grants };
    },
  );
}
