import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { exportStatuses, listExports } from "../../db/exports.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { exportSchema } from "./export-schema.ts";
import { exportView } from "./export-view.ts";

const listQuery = z.strictObject({
  status: z.enum(exportStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional().describe("`nextCursor` of the previous page"),
});

/** Exports the caller may see (row-level security), newest first. */
export function listExportsRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/exports",
    {
      config: { allowedRoles: ["ml_engineer", "steward", "security", "admin"] },
      schema: {
        summary: "List exports",
        tags: ["exports"],
        security: humanTokenSecurity,
        querystring: listQuery,
        response: { 200: z.object({ exports: z.array(exportSchema), nextCursor: z.uuid().nullable() }) },
      },
    },
    async (request) => {
      const principal = request.principal;
      const { status, limit, cursor } = request.query;
      const page = await runAudited(deps, request, async (tx) => {
        const found = await listExports(tx, { status, afterExportId: cursor, limit });
        return {
          value: found,
          audit: {
            action: "export.read" as const,
            resource: { type: "export" as const, id: "*" },
            orgId: principal.orgId,
            outcome: "allowed" as const,
            detail: { count: found.exports.length },
          },
        };
      });
      const last = page.exports.at(-1);
      return {
        exports: page.exports.map(exportView),
        nextCursor: page.hasMore && last !== undefined ? last.exportId : null,
      };
    },
  );
}
