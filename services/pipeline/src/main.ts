import { loadConfig } from "@cordon/config";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createLogger } from "@cordon/observability";
import {
  kafkaEventLogFrom,
  kmsKeyServiceFrom,
  openServicePool,
  s3ObjectStoreFrom,
} from "@cordon/service-clients";
import { createPipelineApp } from "./app.ts";
import { pipelineConfigSchema } from "./config.ts";
import { createPipelineMetrics } from "./metrics.ts";
import { listenForMetrics } from "./metrics-server.ts";
import { type CrashPoint, crashPoints } from "./pipeline.ts";

// Parse config → open the pool (schema checked) and build dependencies → build the consumer → consume.
const config = loadConfig(pipelineConfigSchema);
const logger = createLogger({ service: "pipeline", level: config.LOG_LEVEL });
const shutdown = new ShutdownRegistry(logger);
shutdown.listen();

const metrics = createPipelineMetrics();
const pool = await openServicePool(config.DATABASE_PIPELINE_URL, {
  max: 10,
  applicationName: "cordon-pipeline",
  logger,
});
const eventLog = kafkaEventLogFrom(config, logger);
const keyService = kmsKeyServiceFrom(config, {
  onKmsCall: (operation) => metrics.kmsCalls.inc({ operation }),
});
const store = s3ObjectStoreFrom(config);

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
