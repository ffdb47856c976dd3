import { z } from "zod";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { decideExportAs } from "./decide-export.ts";
import { exportIdParams, exportSchema } from "./export-schema.ts";
import { exportView } from "./export-view.ts";

const approveBody = z.strictObject({
  planHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe("the plan hash the steward read; the approval applies to that plan only"),
});

export function approveExportRoute(app: RouteApp, deps: RouteDeps): void {
  app.post(
    "/v1/exports/:id/approve",
    {
      config: { allowedRoles: ["steward"] },
      schema: {
        summary: "Approve an export waiting for a steward",
        tags: ["exports"],
        security: humanTokenSecurity,
        params: exportIdParams,
        body: approveBody,
        response: { 200: exportSchema },
      },
    },
    async (request) =>
      exportView(
        await decideExportAs(deps, request, request.params.id, { kind: "approve", ...request.body }),
      ),
  );
}
