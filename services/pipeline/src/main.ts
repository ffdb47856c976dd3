import { loadConfig } from "@cordon/config";
import { assertSchemaCurrent, createPool } from "@cordon/db";
import { createKafkaEventLog, forwardKafkaLogs } from "@cordon/event-log";
import { createKmsKeyService } from "@cordon/key-service";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createS3ObjectStore } from "@cordon/object-store";
import { createLogger } from "@cordon/observability";
import { createPipelineApp } from "./app.ts";
import { pipelineConfigSchema } from "./config.ts";
import { createPipelineMetrics } from "./metrics.ts";
import { listenForMetrics } from "./metrics-server.ts";
import { type CrashPoint, crashPoints } from "./pipeline.ts";

// Parse config → build dependencies → check the schema → build the consumer → consume.
const config = loadConfig(pipelineConfigSchema);
const logger = createLogger({ service: "pipeline", level: config.LOG_LEVEL });
const shutdown = new ShutdownRegistry(logger);
shutdown.listen();

const metrics = createPipelineMetrics();
const pool = createPool(config.DATABASE_PIPELINE_URL, { max: 10, applicationName: "cordon-pipeline" });
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
const store = createS3ObjectStore({
  region: config.AWS_REGION,
  bucket: config.S3_BUCKET,
  forcePathStyle: config.S3_FORCE_PATH_STYLE,
  ...(config.S3_ENDPOINT === undefined ? {} : { endpoint: config.S3_ENDPOINT }),
});

// Migrations are their own step (`npm run migrate`); this login could not run them.
await assertSchemaCurrent(pool);

const pipeline = await createPipelineApp({
  config,
  logger,
  pool,
  eventLog,
  store,
  keyService,
  metrics,
  ...crashHook(),
});
const metricsServer = await listenForMetrics(metrics.registry, {
  host: config.HOST,
  port: config.PIPELINE_METRICS_PORT,
});

// In this order: stop consuming and let file commits in flight finish, then close the clients.
shutdown.add("consumer", config.SHUTDOWN_TIMEOUT_MS, () => pipeline.stop());
shutdown.add("metrics server", 2_000, () => metricsServer.close());
shutdown.add("kafka clients", 5_000, () => eventLog.close());
shutdown.add("postgres pool", 5_000, () => pool.end());

await pipeline.start();
logger.info({ metricsPort: metricsServer.port }, "pipeline started");
pipeline.stopped.catch((error: unknown) => {
  logger.fatal({ err: error }, "consumer failed");
  void shutdown.run("consumer failed").then(() => process.exit(1));
});

/**
 * Test builds only (`CORDON_TEST_HOOKS=1`): `PIPELINE_CRASH_AT=<point>` kills the
 * process with SIGKILL at that point the `PIPELINE_CRASH_AFTER`-th time (default 1).
 */
function crashHook(): { crashPoint?: (point: CrashPoint) => void } {
  if (process.env.CORDON_TEST_HOOKS !== "1") return {};
  const wanted = process.env.PIPELINE_CRASH_AT;
  if (wanted === undefined || !(crashPoints as readonly string[]).includes(wanted)) return {};
  let remaining = Number(process.env.PIPELINE_CRASH_AFTER ?? "1");
  return {
    crashPoint: (point) => {
      if (point !== wanted || --remaining > 0) return;
      logger.warn({ point }, "test hook: crashing");
      process.kill(process.pid, "SIGKILL");
    },
  };
}
