import { Readable } from "node:stream";
import { auditRecordsAsNdjson, streamAuditRecords } from "@cordon/audit";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { identityOf } from "../../principal.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";
import { auditFilterOf, auditFilterQuery, filterDetail } from "./audit-schema.ts";

const exportQuery = z.strictObject(auditFilterQuery);

/**
 * Every matching record, oldest first, as NDJSON for a SIEM. The export is
 * recorded (`audit.export`) before the first byte is sent; the records are
 * then read a page at a time, so an export of millions holds no transaction
 * open and no more than a page in memory.
 */
export function exportAuditEventsRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/audit/events/export",
    {
      config: { allowedRoles: ["security", "platform_operator"] },
      schema: {
        summary: "Export the access log as NDJSON (one record per line, oldest first)",
        tags: ["audit"],
        security: humanTokenSecurity,
        querystring: exportQuery,
        produces: ["application/x-ndjson"],
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const identity = identityOf(principal);
      await runAudited(deps, request, async () => ({
        value: undefined,
        audit: {
          action: "audit.export",
          resource: { type: "audit_log", id: "events" },
          orgId: principal.orgId,
          outcome: "allowed",
          detail: { ...filterDetail(request.query), format: "ndjson" },
        },
      }));
      // A client that goes away destroys the stream, which ends the generator at its next page.
      const lines = auditRecordsAsNdjson(
        streamAuditRecords(deps.pool, identity, auditFilterOf(request.query)),
      );
      return reply
        .type("application/x-ndjson")
        .header("cache-control", "no-store")
        .send(Readable.from(lines));
    },
  );
}
