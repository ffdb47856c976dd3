import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "../../zod-route-schemas.ts";
import { exportAuditEventsRoute } from "./export-audit-events.ts";
import { listAuditEventsRoute } from "./list-audit-events.ts";
import { type VerifyRouteDeps, verifyAuditChainRoute } from "./verify-audit-chain.ts";

export type AuditRouteDeps = VerifyRouteDeps;

/**
 * The access log's endpoints, for the `security` role only. Register it inside
 * the authenticated context: it relies on that context's token check, its
 * role check (each route's `allowedRoles`) and its auditing of refusals as
 * `auth.denied`.
 */
export const auditRoutes: FastifyPluginAsync<AuditRouteDeps> = async (app, deps) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  listAuditEventsRoute(routes, deps);
  exportAuditEventsRoute(routes, deps);
  verifyAuditChainRoute(routes, deps);
};
