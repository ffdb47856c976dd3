import { z } from "zod";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { decideExportAs } from "./decide-export.ts";
import { exportIdParams, exportSchema } from "./export-schema.ts";
import { exportView } from "./export-view.ts";

const denyBody = z.strictObject({
  reason: z
    .string()
    .min(1)
    .max(500)
    .regex(/^[^\p{Cc}]*$/u, "must hold no control characters"),
});

export function denyExportRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/exports/:id/deny",
    {
      config: { allowedRoles: ["steward"] },
      schema: {
        summary: "Deny an export waiting for a steward, with a reason",
        tags: ["exports"],
        security: humanTokenSecurity,
        params: exportIdParams,
        body: denyBody,
        response: { 200: exportSchema },
      },
    },
    async (request) =>
      exportView(await decideExportAs(deps, request, request.params.id, { kind: "deny", ...request.body })),
  );
}
