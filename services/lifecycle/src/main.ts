import { loadConfig } from "@cordon/config";
import { ShutdownRegistry } from "@cordon/lifecycle";
import { createLogger } from "@cordon/observability";
import { kmsKeyServiceFrom, openServicePool, s3ObjectStoreFrom } from "@cordon/service-clients";
import { createLifecycleDeps } from "./app.ts";
import { lifecycleConfigSchema } from "./config.ts";
import { type LifecycleStep, lifecycleSteps } from "./deps.ts";
import { lifecycleJobs } from "./jobs.ts";
import { type LifecycleQueue, lifecycleQueues } from "./queues.ts";
import { startLifecycleWorker } from "./worker.ts";

// Parse config → build dependencies (refusing a schema that is behind) → run the job catalogue (or one pass of a job).
const config = loadConfig(lifecycleConfigSchema);
const logger = createLogger({ service: "lifecycle", level: config.LOG_LEVEL });
const shutdown = new ShutdownRegistry(logger);
shutdown.listen();

// Its own login, cordon_lifecycle; migrations (pg-boss's schema too) are `npm run migrate`'s alone.
const pool = await openServicePool(config.DATABASE_LIFECYCLE_URL, {
  applicationName: "cordon-lifecycle",
  max: 4,
  logger,
});
const keys = kmsKeyServiceFrom(config);
const store = s3ObjectStoreFrom(config);

const deps = createLifecycleDeps({ config, pool, keys, store, logger, ...crashHook() });
const jobs = lifecycleJobs(config);

// `--once <queue>`: one pass of a job now, then exit (operators, and the crash tests).
const onceIndex = process.argv.indexOf("--once");
if (onceIndex >= 0) {
  const queue = process.argv[onceIndex + 1] as LifecycleQueue;
  const job = jobs[queue];
  if (job === undefined) {
    logger.fatal({ queue, known: Object.values(lifecycleQueues) }, "unknown job");
    process.exit(2);
  }
  const counts = await job.run(deps);
  logger.info({ queue, ...counts }, "lifecycle job done");
  await pool.end();
  process.exit(0);
}

const worker = await startLifecycleWorker({ connectionString: config.DATABASE_LIFECYCLE_URL, deps, jobs });
shutdown.add("job worker", config.SHUTDOWN_TIMEOUT_MS, () => worker.stop(config.SHUTDOWN_TIMEOUT_MS));
shutdown.add("postgres pool", 5_000, () => pool.end());
logger.info({ queues: Object.keys(jobs) }, "lifecycle worker started");

/**
 * Test builds only (`CORDON_TEST_HOOKS=1`): `LIFECYCLE_CRASH_AT=<step>` kills the
 * process with SIGKILL right after that step the `LIFECYCLE_CRASH_AFTER`-th time (default 1).
 */
function crashHook(): { afterStep?: (step: LifecycleStep) => void } {
  if (process.env.CORDON_TEST_HOOKS !== "1") return {};
  const wanted = process.env.LIFECYCLE_CRASH_AT;
  if (wanted === undefined || !(lifecycleSteps as readonly string[]).includes(wanted)) return {};
  let remaining = Number(process.env.LIFECYCLE_CRASH_AFTER ?? "1");
  return {
    afterStep: (step) => {
      if (step !== wanted || --remaining > 0) return;
      logger.warn({ step }, "test hook: crashing");
      process.kill(process.pid, "SIGKILL");
    },
  };
}
