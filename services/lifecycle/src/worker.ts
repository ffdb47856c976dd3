import PgBoss from "pg-boss";
import type { LifecycleDeps } from "./deps.ts";
import type { LifecycleJob } from "./jobs.ts";
import { jobSchema, type LifecycleQueue } from "./queues.ts";

export interface LifecycleWorker {
  /** Queues one pass of a job now, besides its schedule (an operator's "run it now"). */
  runNow(queue: LifecycleQueue): Promise<void>;
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Runs the job catalogue on pg-boss: each queue gets its cron schedule
 * (stored in Postgres, so every copy of the worker agrees and one job is
 * created per tick), and each copy works the queues, claiming jobs with
 * SKIP LOCKED so a job runs on one copy at a time. pg-boss starts with
 * `migrate: false`: its schema and queues come from the migrate step, and
 * this login may only read and write their rows.
 */
export async function startLifecycleWorker(options: {
  connectionString: string;
  deps: LifecycleDeps;
  jobs: Record<LifecycleQueue, { cron: string; run: LifecycleJob }>;
}): Promise<LifecycleWorker> {
  const { deps } = options;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: jobSchema,
    migrate: false,
    application_name: "cordon-lifecycle",
    max: 4,
  });
  boss.on("error", (error: unknown) => deps.logger.error({ err: error }, "job queue error"));
  await boss.start();
  for (const [queue, job] of Object.entries(options.jobs) as [
    LifecycleQueue,
    (typeof options.jobs)[LifecycleQueue],
  ][]) {
    // One tick is enough: a pass that finds nothing to do costs a query.
    await boss.schedule(queue, job.cron, {}, { singletonKey: queue, retryLimit: 3, retryBackoff: true });
    await boss.work(queue, { batchSize: 1 }, async () => {
      const counts = await job.run(deps);
      deps.logger.info({ queue, ...counts }, "lifecycle job done");
    });
  }
  return {
    async runNow(queue) {
      await boss.send(queue, {});
    },
    async stop(timeoutMs) {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}
