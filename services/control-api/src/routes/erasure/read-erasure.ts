import { withIdentity } from "@cordon/db";
import { HttpError } from "@cordon/http";
import { readErasure } from "../../db/erasures.ts";
import { identityOf, orgOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { assertMayErase, erasureParams, erasureSchema } from "./erasure-schema.ts";

export function readErasureRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/subjects/:subjectId/erasure",
    {
      config: { allowedRoles: ["admin", "security", "subject"] },
      schema: {
        summary: "How far a subject's erasure has gone",
        tags: ["subjects"],
        security: humanTokenSecurity,
        params: erasureParams,
        response: { 200: erasureSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      assertMayErase(principal, request.params.subjectId);
      const erasure = await withIdentity(deps.pool, identityOf(principal), (tx) =>
        readErasure(tx, orgOf(principal), request.params.subjectId),
      );
      if (erasure === undefined) throw new HttpError("not_found", "no erasure was asked for this subject");
      return erasure;
    },
  );
}
