import { HttpError } from "@cordon/http";
import { runAudited } from "../../audited-action.ts";
import { findExport } from "../../db/exports.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { exportIdParams, exportSchema } from "./export-schema.ts";
import { exportView } from "./export-view.ts";

/**
 * One export: its requester sees their own, stewards, security and admins
 * their organisation's. Another organisation's export is invisible under
 * row-level security and answered like one that does not exist.
 */
export function readExportRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/exports/:id",
    {
      config: { allowedRoles: ["ml_engineer", "steward", "security", "admin"] },
      schema: {
        summary: "Status, plan and files of an export",
        tags: ["exports"],
        security: humanTokenSecurity,
        params: exportIdParams,
        response: { 200: exportSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      const found = await runAudited(deps, request, async (tx) => {
        const record = await findExport(tx, request.params.id);
        return {
          value: record,
          audit: {
            action: "export.read" as const,
            resource: { type: "export" as const, id: request.params.id },
            orgId: principal.orgId,
            ...(record === undefined
              ? { outcome: "failed" as const, reason: "not_found" }
              : { outcome: "allowed" as const, purpose: record.purpose }),
          },
        };
      });
      if (found === undefined) throw new HttpError("not_found", "no such export");
      return exportView(found);
    },
  );
}
