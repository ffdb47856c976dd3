import { loadConfig } from "@cordon/config";
import { createPool, migrateDatabase } from "@cordon/db";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { buildControlApi } from "./app.ts";
import { discardingAuditSink } from "./audit.ts";
import { controlApiConfigSchema } from "./config.ts";
import { humanTokenKeysFromFile, humanTokenKeysFromUrl } from "./human-token-keys.ts";
import { createShutdown } from "./shutdown.ts";

const config = loadConfig(controlApiConfigSchema);
const logger = createLogger({ service: "control-api", level: config.LOG_LEVEL });
const shutdown = createShutdown(logger);
shutdown.listen();

const applied = await migrateDatabase(config.DATABASE_URL);
logger.info({ applied }, "migrations up to date");

const pool = createPool(config.DATABASE_APP_URL, { applicationName: "cordon-control-api" });
const keys =
  config.AUTH_JWKS_FILE !== undefined
    ? humanTokenKeysFromFile(config.AUTH_JWKS_FILE)
    : humanTokenKeysFromUrl(config.AUTH_JWKS_URL ?? "", {
        cacheTtlSeconds: config.AUTH_JWKS_CACHE_TTL_SECONDS,
      });

const app = buildControlApi({
  logger,
  pool,
  humanTokens: {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    keys,
    clockToleranceSeconds: config.AUTH_CLOCK_TOLERANCE_SECONDS,
  },
  // Until the hash-chained access log exists (issue 5), actions are not recorded.
  audit: discardingAuditSink,
  registry: createMetricsRegistry("control-api"),
});

shutdown.add("http server", config.SHUTDOWN_TIMEOUT_MS, () => app.close());
shutdown.add("postgres pool", 5_000, () => pool.end());

await app.listen({ host: config.HOST, port: config.CONTROL_API_PORT });
