import { loadConfig } from "@cordon/config";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createLogger } from "@cordon/observability";
import { kmsKeyServiceFrom, openServicePool, s3ObjectStoreFrom } from "@cordon/service-clients";
import { exporterConfigSchema } from "./config.ts";
import { createExporter } from "./exporter.ts";

// Parse config → build dependencies (refusing a schema that is behind) → poll for exports to run and expire.
const config = loadConfig(exporterConfigSchema);
const logger = createLogger({ service: "exporter", level: config.LOG_LEVEL });
const shutdown = new ShutdownRegistry(logger);
shutdown.listen();

// Its own login, cordon_exporter; migrations are `npm run migrate`'s alone.
const pool = await openServicePool(config.DATABASE_EXPORTER_URL, {
  applicationName: "cordon-exporter",
  max: 4,
  logger,
});
const keys = kmsKeyServiceFrom(config);
const store = s3ObjectStoreFrom(config);

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
