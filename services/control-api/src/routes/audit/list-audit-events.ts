import { InvalidCursorError, queryAuditRecords } from "@cordon/audit";
import { HttpError } from "@cordon/http";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { auditFilterOf, auditFilterQuery, auditRecordSchema, filterDetail } from "./audit-schema.ts";

const listQuery = z.strictObject({
  ...auditFilterQuery,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(64).optional().describe("`nextCursor` of the previous page"),
});

const auditPage = z
  .object({
    records: z.array(auditRecordSchema),
    nextCursor: z.string().nullable().describe("pass as `cursor` for the next page; null on the last"),
  })
  .describe("matching records, newest first");

/**
 * A page of the access log for the security team. The query and its record
 * (`audit.query`, naming the filters) share one transaction: a query whose
 * record cannot be written returns nothing.
 */
export function listAuditEventsRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/audit/events",
    {
      config: { allowedRoles: ["security", "platform_operator"] },
      schema: {
        summary: "Query the access log",
        tags: ["audit"],
        security: humanTokenSecurity,
        querystring: listQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      const principal = request.principal;
      return runAudited(deps, request, async (tx) => {
        let page: Awaited<ReturnType<typeof queryAuditRecords>>;
        try {
          page = await queryAuditRecords(tx, auditFilterOf(filters), {
            limit,
            ...(cursor === undefined ? {} : { cursor }),
          });
        } catch (error) {
          if (error instanceof InvalidCursorError) throw new HttpError("invalid_request", error.message);
          throw error;
        }
        return {
          value: page,
          audit: {
            action: "audit.query",
            resource: { type: "audit_log", id: "events" },
            orgId: principal.orgId,
            outcome: "allowed",
            detail: { ...filterDetail(filters), returned: page.records.length },
          },
        };
      });
    },
  );
}
