import { ensureAuditPartitions } from "@cordon/audit";
import { loadConfig } from "@cordon/config";
import { createPool, migrateDatabase } from "@cordon/db";
import { createKmsKeyService } from "@cordon/key-service";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createS3ObjectStore } from "@cordon/object-store";
import { createLogger } from "@cordon/observability";
import { exporterConfigSchema } from "./config.ts";
import { createExporter } from "./exporter.ts";

// Parse config → build dependencies → migrate → poll for exports to run and expire.
const config = loadConfig(exporterConfigSchema);
const logger = createLogger({ service: "exporter", level: config.LOG_LEVEL });
const shutdown = new ShutdownRegistry(logger);
shutdown.listen();

const pool = createPool(config.DATABASE_APP_URL, { max: 4, applicationName: "cordon-exporter" });
const keys = createKmsKeyService({
  region: config.AWS_REGION,
  aliasPrefix: config.KMS_ALIAS_PREFIX,
  ...(config.KMS_ENDPOINT === undefined ? {} : { endpoint: config.KMS_ENDPOINT }),
});
const store = createS3ObjectStore({
  region: config.AWS_REGION,
  bucket: config.S3_BUCKET,
  forcePathStyle: config.S3_FORCE_PATH_STYLE,
  ...(config.S3_ENDPOINT === undefined ? {} : { endpoint: config.S3_ENDPOINT }),
});

await migrateDatabase(config.DATABASE_URL, {
  log: (message) => logger.debug({ migration: message }, "migrate"),
});
await ensureAuditPartitions(pool);

const exporter = createExporter({
  pool,
  keys,
  store,
  logger,
  workerId: config.EXPORTER_ID,
  keyPrefix: config.EXPORT_KEY_PREFIX,
  fileRows: config.EXPORT_FILE_ROWS,
  pollMs: config.EXPORT_POLL_MS,
  leaseSeconds: config.EXPORT_LEASE_SECONDS,
});
const stop = new AbortController();
const running = exporter.run(stop.signal);

shutdown.add("export loop", config.SHUTDOWN_TIMEOUT_MS, async () => {
  stop.abort();
  await running;
});
shutdown.add("postgres pool", 5_000, () => pool.end());
logger.info({ exporterId: config.EXPORTER_ID }, "exporter started");
