import { loadConfig } from "@cordon/config";
import { assertSchemaCurrent, createPool } from "@cordon/db";
import { createKafkaEventLog, forwardKafkaLogs } from "@cordon/event-log";
import { createKmsKeyService } from "@cordon/key-service";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createLogger } from "@cordon/observability";
import { createGatewayApp } from "./app.ts";
import { loadCollectorTokenKey } from "./collector-token.ts";
import { gatewayConfigSchema } from "./config.ts";
import { loadCollectorExclusions } from "./exclusions.ts";
import { createGatewayMetrics } from "./metrics.ts";

// Parse config → build dependencies → check the schema → build the app → listen.
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
const pool = createPool(config.DATABASE_GATEWAY_URL, { max: 20, applicationName: "cordon-gateway" });
const eventLog = createKafkaEventLog({
  brokers: config.KAFKA_BROKERS,
  clientId: config.KAFKA_CLIENT_ID,
  logger: forwardKafkaLogs(logger),
});
const keyService = createKmsKeyService({
  region: config.AWS_REGION,
  aliasPrefix: config.KMS_ALIAS_PREFIX,
  ...(config.KMS_ENDPOINT === undefined ? {} : { endpoint: config.KMS_ENDPOINT }),
  onKmsCall: (operation) => metrics.kmsCalls.inc({ operation }),
});

// Migrations are their own step (`npm run migrate`); this login could not run them.
await assertSchemaCurrent(pool);

const app = await createGatewayApp({
  config,
  logger,
  pool,
  eventLog,
  keyService,
  metrics,
  tokenKey,
  exclusions,
});

// In this order: stop taking batches and let in-flight ones reach Kafka, then close the clients.
shutdown.add("http server", config.SHUTDOWN_TIMEOUT_MS, () => app.close());
shutdown.add("kafka producer", 5_000, () => eventLog.close());
shutdown.add("postgres pool", 5_000, () => pool.end());

await app.listen({ host: config.HOST, port: config.GATEWAY_PORT });
