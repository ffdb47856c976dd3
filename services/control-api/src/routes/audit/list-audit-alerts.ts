import type { Queryable } from "@cordon/audit";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";

/** The thresholds the control API raises live alerts at (AUDIT_ALERT_*), applied here to what is stored. */
export interface AuditAlertLimits {
  authDeniedPerMinute: number;
  exportsPerHour: number;
  decryptsPerHour: number;
}

export const defaultAuditAlertLimits: AuditAlertLimits = {
  authDeniedPerMinute: 20,
  exportsPerHour: 10,
  decryptsPerHour: 500,
};

const lookbackHours = 24;
const maxAlertsPerKind = 50;

const alertSchema = z.object({
  kind: z.enum(["auth_denied_burst", "actor_exports", "actor_decrypts"]),
  actorId: z.string().nullable().describe("whose actions; null for a burst of refusals from anyone"),
  count: z.int(),
  threshold: z.int(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  filter: z
    .object({ actorId: z.string().optional(), action: z.string().optional(), outcome: z.string().optional() })
    .describe("the access-log filter (with from/to) that lists the alert's records"),
});

interface WindowRow {
  window_start: Date;
  actor_id: string | null;
  count: string;
}

/** Windows (minute or hour) in which matching records reached `threshold`, newest first. */
async function windowsOver(
  db: Queryable,
  query: { where: string; unit: "minute" | "hour"; byActor: boolean; threshold: number },
): Promise<WindowRow[]> {
  const actor = query.byActor ? "actor_id" : "NULL::text";
  // Refused calls are audited in aggregate: one record per source and minute,
  // carrying how many calls it stands for and the window they fell in.
  const aggregated = `action = 'auth.denied' AND detail->>'refusals' ~ '^[0-9]{1,9}$'
    AND detail->>'windowStart' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$'`;
  const { rows } = await db.query<WindowRow>(
    `SELECT date_trunc('${query.unit}',
              CASE WHEN ${aggregated} THEN (detail->>'windowStart')::timestamptz ELSE recorded_at END) AS window_start,
            ${actor} AS actor_id,
            sum(CASE WHEN ${aggregated} THEN (detail->>'refusals')::bigint ELSE 1 END) AS count
       FROM cordon.audit_records
      WHERE recorded_at >= now() - make_interval(hours => $1) AND ${query.where}
      GROUP BY 1, 2 HAVING sum(CASE WHEN ${aggregated} THEN (detail->>'refusals')::bigint ELSE 1 END) >= $2
      ORDER BY 1 DESC LIMIT $3`,
    [lookbackHours, query.threshold, maxAlertsPerKind],
  );
  return rows;
}

/**
 * Alerts over the last day of the organisation's access log: minutes with a
 * burst of refused calls, and hours in which one person asked for many
 * exports or decrypted many values. Read under the caller's identity, so
 * security sees its own organisation's records only; each alert carries the
 * filter that lists its records.
 */
export function listAuditAlertsRoute(app: RouteApp, deps: RouteDeps & { limits: AuditAlertLimits }): void {
  app.get(
    "/v1/audit/alerts",
    {
      config: { allowedRoles: ["security"] },
      schema: {
        summary: "Alerts over the last day of the access log: denial bursts, unusual exports or decrypts",
        tags: ["audit"],
        security: humanTokenSecurity,
        response: { 200: z.object({ alerts: z.array(alertSchema) }) },
      },
    },
    async (request) => {
      const { limits } = deps;
      return runAudited(deps, request, async (tx) => {
        const kinds = [
          {
            kind: "auth_denied_burst" as const,
            unit: "minute" as const,
            byActor: false,
            threshold: limits.authDeniedPerMinute,
            where: "outcome = 'denied'",
            filter: { outcome: "denied" },
          },
          {
            kind: "actor_exports" as const,
            unit: "hour" as const,
            byActor: true,
            threshold: limits.exportsPerHour,
            where: "action = 'export.request' AND outcome = 'allowed'",
            filter: { action: "export.request" },
          },
          {
            kind: "actor_decrypts" as const,
            unit: "hour" as const,
            byActor: true,
            threshold: limits.decryptsPerHour,
            where: "action = 'data.decrypt'",
            filter: { action: "data.decrypt" },
          },
        ];
        const alerts: z.infer<typeof alertSchema>[] = [];
        for (const kind of kinds) {
          const windowMs = kind.unit === "minute" ? 60_000 : 3_600_000;
          for (const row of await windowsOver(tx, kind)) {
            alerts.push({
              kind: kind.kind,
              actorId: row.actor_id,
              count: Number(row.count),
              threshold: kind.threshold,
              from: row.window_start.toISOString(),
              to: new Date(row.window_start.getTime() + windowMs).toISOString(),
              filter: { ...kind.filter, ...(row.actor_id === null ? {} : { actorId: row.actor_id }) },
            });
          }
        }
        return {
          value: { alerts },
          audit: {
            action: "audit.query",
            resource: { type: "audit_log", id: "alerts" },
            orgId: request.principal.orgId,
            outcome: "allowed",
            detail: { returned: alerts.length },
          },
        };
      });
    },
  );
}
