import { withIdentity } from "@cordon/db";
import { HttpError } from "@cordon/http";
import { actorOf } from "../../audit.ts";
import { findExport } from "../../db/exports.ts";
import { identityOf } from "../../principal.ts";
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
      const found = await withIdentity(deps.pool, identityOf(principal), async (tx) => {
        const record = await findExport(tx, request.params.id);
        await deps.audit.record(
          {
            actor: actorOf(principal),
            action: "export.read",
            resource: { type: "export", id: request.params.id },
            orgId: principal.orgId,
            requestId: request.id,
            ...(record === undefined
              ? { outcome: "failed", reason: "not_found" }
              : { outcome: "allowed", purpose: record.purpose }),
          },
          tx,
        );
        return record;
      });
      if (found === undefined) throw new HttpError("not_found", "no such export");
      return exportView(found);
    },
  );
}
