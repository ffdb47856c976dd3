import { loadCollectorSecretPepper } from "@cordon/collector-credentials";
import { loadConfig } from "@cordon/config";
import { loadCollectorExclusions } from "@cordon/events";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createLogger } from "@cordon/observability";
import { kafkaEventLogFrom, kmsKeyServiceFrom, openServicePool } from "@cordon/service-clients";
import { createGatewayApp } from "./app.ts";
import { loadCollectorTokenKey } from "./auth/collector-token.ts";
import { gatewayConfigSchema } from "./config.ts";
import { createGatewayMetrics } from "./metrics.ts";

// Parse config → open the pool (schema checked) and build dependencies → build the app → listen.
const config = loadConfig(gatewayConfigSchema);
const logger = createLogger({ service: "gateway", level: config.LOG_LEVEL });
const shutdown = new ShutdownRegistry(logger);
shutdown.listen();

const metrics = createGatewayMetrics();
const tokenKey = loadCollectorTokenKey(config.COLLECTOR_TOKEN_SIGNING_KEY_FILE);
const exclusions = loadCollectorExclusions({
  json: config.COLLECTOR_EXCLUSIONS,
  file: config.COLLECTOR_EXCLUSIONS_FILE,
});
const pepper = loadCollectorSecretPepper(config.COLLECTOR_SECRET_PEPPER_FILE);
const pool = await openServicePool(config.DATABASE_GATEWAY_URL, {
  max: 20,
  applicationName: "cordon-gateway",
  logger,
});
const eventLog = kafkaEventLogFrom(config, logger);
const keyService = kmsKeyServiceFrom(config, {
  onKmsCall: (operation) => metrics.kmsCalls.inc({ operation }),
});

const app = await createGatewayApp({
  config,
  logger,
  pool,
  eventLog,
  keyService,
  metrics,
  tokenKey,
  pepper,
  exclusions,
});

// In this order: stop taking batches and let in-flight ones reach Kafka, then close the clients.
shutdown.add("http server", config.SHUTDOWN_TIMEOUT_MS, () => app.close());
shutdown.add("kafka producer", 5_000, () => eventLog.close());
shutdown.add("postgres pool", 5_000, () => pool.end());

await app.listen({ host: config.HOST, port: config.GATEWAY_PORT });
