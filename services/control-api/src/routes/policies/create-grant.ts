import { randomUUID } from "node:crypto";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { changeGrant } from "./grant-change.ts";
import { grantSchema, grantTermsSchema } from "./policy-schema.ts";

/** A steward grants a principal or role of their organisation an export scope (version 1). */
export function createGrantRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/policies",
    {
      config: { allowedRoles: ["steward"] },
      schema: {
        summary: "Create a grant (version 1 of a new grant)",
        tags: ["policies"],
        security: humanTokenSecurity,
        body: grantTermsSchema,
        response: { 201: grantSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const grant = await changeGrant(deps, request, {
        kind: "create",
        grantId: randomUUID(),
        terms: {
          ...body,
          validFrom: body.validFrom ?? new Date().toISOString(),
          validUntil: body.validUntil ?? null,
        },
      });
      return reply.code(201).send(grant);
    },
  );
}
