import { RefusalAudit, type VerifyDeps } from "@cordon/audit";
import type { Pool } from "@cordon/db";
import { createHttpApp } from "@cordon/http";
import type { SubjectPseudonymizer } from "@cordon/lake";
import type { Logger, Registry } from "@cordon/observability";
import fastifySwagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import type { AuditEntry, AuditSink } from "./audit.ts";
import { authenticateHumans } from "./authentication.ts";
import { type ConsoleSettings, serveConsole } from "./console/serve-console.ts";
import type { HumanTokenKeys } from "./human-token-keys.ts";
import { createControlApiMetrics } from "./metrics.ts";
import type { RouteApp, RouteDeps } from "./route-deps.ts";
import { auditRoutes } from "./routes/audit/audit-routes.ts";
import {
  type AuditAlertLimits,
  defaultAuditAlertLimits,
  listAuditAlertsRoute,
} from "./routes/audit/list-audit-alerts.ts";
import { verifyRecordsRoute } from "./routes/audit/verify-records.ts";
import { enrolCollectorRoute } from "./routes/collectors/enrol-collector.ts";
import { listCollectorsRoute } from "./routes/collectors/list-collectors.ts";
import { revokeCollectorRoute } from "./routes/collectors/revoke-collector.ts";
import { changeConsentRoute } from "./routes/consent/change-consent.ts";
import { readConsentRoute } from "./routes/consent/read-consent.ts";
import { readErasureRoute } from "./routes/erasure/read-erasure.ts";
import { requestErasureRoute } from "./routes/erasure/request-erasure.ts";
import { approveExportRoute } from "./routes/exports/approve-export.ts";
import { denyExportRoute } from "./routes/exports/deny-export.ts";
import { downloadExportFileRoute } from "./routes/exports/download-export-file.ts";
import { listExportsRoute } from "./routes/exports/list-exports.ts";
import { readExportRoute } from "./routes/exports/read-export.ts";
import { requestExportRoute } from "./routes/exports/request-export.ts";
import { type IngestionMetricsSources, ingestionMetricsRoute } from "./routes/ingestion/ingestion-metrics.ts";
import { healthzRoute } from "./routes/operations/healthz.ts";
import { metricsRoute } from "./routes/operations/metrics.ts";
import { openApiRoute } from "./routes/operations/openapi.ts";
import { readyzRoute } from "./routes/operations/readyz.ts";
import { listPausesRoute } from "./routes/pause/list-pauses.ts";
import { pauseIngestRoute } from "./routes/pause/pause-ingest.ts";
import { resumeIngestRoute } from "./routes/pause/resume-ingest.ts";
import { changeGrantRoute } from "./routes/policies/change-grant.ts";
import { createGrantRoute } from "./routes/policies/create-grant.ts";
import { listGrantsRoute } from "./routes/policies/list-grants.ts";
import { revokeGrantRoute } from "./routes/policies/revoke-grant.ts";
import { accessReportRoute } from "./routes/subjects/access-report.ts";
import {
  openApiFromZod,
  type ZodTypeProvider,
  zodSerializerCompiler,
  zodValidatorCompiler,
} from "./zod-route-schemas.ts";

export interface ControlApiDeps {
  logger: Logger;
  /** Pool of the control API's own login (DATABASE_CONTROL_URL): owns no table, cannot bypass row-level security. */
  pool: Pool;
  humanTokens: {
    issuer: string;
    audience: string;
    keys: HumanTokenKeys;
    clockToleranceSeconds: number;
    /** The platform operator's issuer and keys; without it nobody holds `platform_operator`. */
    platform?: { issuer: string; keys: HumanTokenKeys };
  };
  audit: AuditSink;
  /**
   * Where refused calls are noted, audited in aggregate into `audit`; made
   * here (flushed each minute and on close) unless the caller brings one.
   */
  refusalAudit?: RefusalAudit;
  /** What `GET /v1/audit/verify` checks checkpoints with: KMS public key, object store, key prefix. */
  auditVerification: VerifyDeps;
  registry: Registry;
  /** The lake's subject pseudonyms (same key as the pipeline's SUBJECT_PSEUDONYM_KEY_FILE). */
  pseudonymize: SubjectPseudonymizer;
  /** The key new collector secrets are hashed under (COLLECTOR_SECRET_PEPPER_FILE, shared with the gateway). */
  collectorSecretPepper: RouteDeps["collectorSecretPepper"];
  /** Export downloads: the object store holding sealed export files and KMS to unwrap their keys. */
  exportFiles: RouteDeps["exportFiles"];
  /** The web console at /console/; without it the API serves no pages. */
  console?: ConsoleSettings;
  /** The services' /metrics the console's ingestion chart reads; none unless set. */
  ingestionMetrics?: IngestionMetricsSources;
  /** What the access log's alert list counts as unusual; the live alerts' defaults unless set. */
  auditAlertLimits?: AuditAlertLimits;
}

/** Routes that need a human token, each with the roles it allows in its own file. */
const authenticatedRoutes: ((app: RouteApp, deps: RouteDeps) => void)[] = [
  enrolCollectorRoute,
  listCollectorsRoute,
  revokeCollectorRoute,
  pauseIngestRoute,
  resumeIngestRoute,
  listPausesRoute,
  readConsentRoute,
  changeConsentRoute,
  requestErasureRoute,
  readErasureRoute,
  createGrantRoute,
  changeGrantRoute,
  revokeGrantRoute,
  listGrantsRoute,
  requestExportRoute,
  readExportRoute,
  listExportsRoute,
  approveExportRoute,
  denyExportRoute,
  downloadExportFileRoute,
];

/** The control API, ready for `listen` or `inject`; the caller owns the pool. */
export function buildControlApi(deps: ControlApiDeps): FastifyInstance {
  const metrics = createControlApiMetrics(deps.registry);
  const app = createHttpApp({ logger: deps.logger, bodyLimitBytes: 64 * 1024 });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);

  app.addHook("onResponse", async (request, reply) => {
    metrics.requests.inc({
      method: request.method,
      route: request.routeOptions.url ?? "(unmatched)",
      status: String(reply.statusCode),
    });
  });

  app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Cordon control API",
        version: "1",
        description:
          "Collectors, ingestion pauses, consent, the access log, grants (policies) and scoped exports.",
      },
      components: {
        securitySchemes: { humanToken: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      },
    },
    transform: openApiFromZod,
  });

  app.register(async (operations) => {
    const routes = operations.withTypeProvider<ZodTypeProvider>();
    healthzRoute(routes);
    readyzRoute(routes, { pool: deps.pool });
    metricsRoute(routes, { registry: deps.registry });
    openApiRoute(routes);
  });

  const refusals =
    deps.refusalAudit ??
    new RefusalAudit({
      // Refusals here are of principals (or of nobody), on routes: entries of the sink's own shape.
      append: (record) => deps.audit.record(record as AuditEntry),
      onAppendFailed: (error, count) =>
        deps.logger.error({ err: error, refusals: count }, "aggregated refusal record not written"),
    });
  refusals.start();
  app.addHook("onClose", () => refusals.close());

  app.register(async (authenticated) => {
    await authenticateHumans(authenticated, { ...deps.humanTokens, refusals, metrics });
    const routes = authenticated.withTypeProvider<ZodTypeProvider>();
    const routeDeps: RouteDeps = {
      pool: deps.pool,
      audit: deps.audit,
      pseudonymize: deps.pseudonymize,
      collectorSecretPepper: deps.collectorSecretPepper,
      exportFiles: deps.exportFiles,
    };
    for (const declareRoute of authenticatedRoutes) declareRoute(routes, routeDeps);
    accessReportRoute(routes, { ...routeDeps, verification: deps.auditVerification });
    await authenticated.register(auditRoutes, { ...routeDeps, verification: deps.auditVerification });
    verifyRecordsRoute(routes, { ...routeDeps, verification: deps.auditVerification });
    listAuditAlertsRoute(routes, { ...routeDeps, limits: deps.auditAlertLimits ?? defaultAuditAlertLimits });
    ingestionMetricsRoute(routes, deps.ingestionMetrics ?? {});
  });

  const consoleSettings = deps.console;
  if (consoleSettings !== undefined) app.register((pages) => serveConsole(pages, consoleSettings));

  return app;
}
