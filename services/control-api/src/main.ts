import {
  createAuditCheckpointer,
  createAuditLog,
  createAuditSignals,
  ensureAuditPartitions,
} from "@cordon/audit";
import { loadCollectorSecretPepper } from "@cordon/collector-credentials";
import { loadConfig } from "@cordon/config";
import { createSubjectPseudonymizer, loadSubjectPseudonymKey } from "@cordon/lake";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { kmsKeyServiceFrom, openServicePool, s3ObjectStoreFrom } from "@cordon/service-clients";
import { buildControlApi } from "./app.ts";
import { auditLogSink } from "./audit.ts";
import { controlApiConfigSchema } from "./config.ts";
import { builtConsoleDir } from "./console/serve-console.ts";
import { humanTokenKeysFromFile, humanTokenKeysFromUrl } from "./human-token-keys.ts";

const config = loadConfig(controlApiConfigSchema);
const logger = createLogger({ service: "control-api", level: config.LOG_LEVEL });
const shutdown = new ShutdownRegistry(logger);
shutdown.listen();

// Parse config → open the pool (schema checked) and build dependencies → start the access log → build the app → listen.
const pool = await openServicePool(config.DATABASE_CONTROL_URL, {
  applicationName: "cordon-control-api",
  logger,
});
const registry = createMetricsRegistry("control-api");
const keyService = kmsKeyServiceFrom(config);
const objectStore = s3ObjectStoreFrom(config);

// The access log: appends in each action's transaction, signed checkpoints in the background.
const auditSignals = createAuditSignals({
  registry,
  logger,
  thresholds: {
    authDeniedBurst: { count: config.AUDIT_ALERT_AUTH_DENIED_PER_MINUTE, windowMs: 60_000 },
    actorExports: { count: config.AUDIT_ALERT_EXPORTS_PER_HOUR, windowMs: 3_600_000 },
    actorDecrypts: { count: config.AUDIT_ALERT_DECRYPTS_PER_HOUR, windowMs: 3_600_000 },
  },
});
const auditLog = createAuditLog({ pool, signals: auditSignals });
const checkpointer = createAuditCheckpointer({
  pool,
  keys: keyService,
  store: objectStore,
  keyPrefix: config.AUDIT_CHECKPOINT_KEY_PREFIX,
  everyRecords: config.AUDIT_CHECKPOINT_EVERY_RECORDS,
  everyMs: config.AUDIT_CHECKPOINT_EVERY_SECONDS * 1000,
  logger,
  signals: auditSignals,
});
const stopAuditBackground = new AbortController();
await ensureAuditPartitions(pool);
// Months ahead are created daily, so records never pile up in the default partition.
const partitionTimer = setInterval(() => {
  ensureAuditPartitions(pool).catch((error) => logger.error({ err: error }, "audit partitions not created"));
}, 86_400_000);
partitionTimer.unref();
const checkpointing = checkpointer.run(stopAuditBackground.signal);
const keys =
  config.AUTH_JWKS_FILE !== undefined
    ? humanTokenKeysFromFile(config.AUTH_JWKS_FILE)
    : humanTokenKeysFromUrl(config.AUTH_JWKS_URL ?? "", {
        cacheTtlSeconds: config.AUTH_JWKS_CACHE_TTL_SECONDS,
      });

// The platform operator's issuer is optional: without it nobody may flip the
// global pause or verify the whole access log through the API.
const platformKeys =
  config.PLATFORM_AUTH_JWKS_FILE !== undefined
    ? humanTokenKeysFromFile(config.PLATFORM_AUTH_JWKS_FILE)
    : config.PLATFORM_AUTH_JWKS_URL !== undefined
      ? humanTokenKeysFromUrl(config.PLATFORM_AUTH_JWKS_URL, {
          cacheTtlSeconds: config.AUTH_JWKS_CACHE_TTL_SECONDS,
        })
      : undefined;

const app = buildControlApi({
  logger,
  pool,
  humanTokens: {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    keys,
    clockToleranceSeconds: config.AUTH_CLOCK_TOLERANCE_SECONDS,
    ...(config.PLATFORM_AUTH_ISSUER === undefined || platformKeys === undefined
      ? {}
      : { platform: { issuer: config.PLATFORM_AUTH_ISSUER, keys: platformKeys } }),
  },
  audit: auditLogSink(auditLog, logger),
  auditVerification: {
    keys: keyService,
    store: objectStore,
    keyPrefix: config.AUDIT_CHECKPOINT_KEY_PREFIX,
    signals: auditSignals,
  },
  registry,
  pseudonymize: createSubjectPseudonymizer(loadSubjectPseudonymKey(config.SUBJECT_PSEUDONYM_KEY_FILE)),
  collectorSecretPepper: loadCollectorSecretPepper(config.COLLECTOR_SECRET_PEPPER_FILE),
  exportFiles: { keys: keyService, store: objectStore },
  console: {
    distDir: config.CONSOLE_DIST_DIR ?? builtConsoleDir,
    oidc: {
      issuer: config.AUTH_ISSUER,
      discoveryUrl:
        config.CONSOLE_OIDC_DISCOVERY_URL ??
        `${config.AUTH_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.CONSOLE_OIDC_CLIENT_ID,
    },
  },
  auditAlertLimits: {
    authDeniedPerMinute: config.AUDIT_ALERT_AUTH_DENIED_PER_MINUTE,
    exportsPerHour: config.AUDIT_ALERT_EXPORTS_PER_HOUR,
    decryptsPerHour: config.AUDIT_ALERT_DECRYPTS_PER_HOUR,
  },
  ingestionMetrics: {
    ...(config.INGESTION_METRICS_GATEWAY_URL === undefined
      ? {}
      : { gatewayUrl: config.INGESTION_METRICS_GATEWAY_URL }),
    ...(config.INGESTION_METRICS_PIPELINE_URL === undefined
      ? {}
      : { pipelineUrl: config.INGESTION_METRICS_PIPELINE_URL }),
  },
});

shutdown.add("http server", config.SHUTDOWN_TIMEOUT_MS, () => app.close());
shutdown.add("audit checkpoints", 10_000, async () => {
  clearInterval(partitionTimer);
  stopAuditBackground.abort();
  await checkpointing;
});
shutdown.add("postgres pool", 5_000, () => pool.end());

await app.listen({ host: config.HOST, port: config.CONTROL_API_PORT });
