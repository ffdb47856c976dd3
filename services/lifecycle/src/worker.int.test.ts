import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { withIdentity } from "@cordon/db";
import { lifecycleConfigSchema } from "./config.ts";
import { lifecycleJobs } from "./jobs.ts";
import { lifecycleQueues } from "./queues.ts";
import { type LifecycleTestStack, lifecycleTestStack } from "./testing/lifecycle-stack.ts";
import { subjectRows } from "./testing/rows.ts";
import { type LifecycleWorker, startLifecycleWorker } from "./worker.ts";

describe("the lifecycle worker on pg-boss", () => {
  let stack: LifecycleTestStack;
  const workers: LifecycleWorker[] = [];

  before(async () => {
    stack = await lifecycleTestStack("lifecycle_worker");
  });
  after(async () => {
    for (const worker of workers) await worker.stop(5_000);
    await stack.close();
  });

  it("the service's login may not create anything in the job schema: the migrate step did", async () => {
    await assert.rejects(
      withIdentity(stack.pool, {}, (client) => client.query("CREATE TABLE pgboss.sneaky (id int)")),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(stack.pool, {}, (client) =>
        client.query(`SELECT pgboss.create_queue('sneaky', '{"policy": "standard"}'::json)`),
      ),
      /permission denied/,
    );
  });

  it("two copies start with migrate: false, store one schedule per job, and run a queued erasure pass", async () => {
    const config = lifecycleConfigSchema.parse({
      DATABASE_LIFECYCLE_URL: stack.db.urls.lifecycle,
      AWS_REGION: "local",
      S3_BUCKET: "unused",
      LAKE_PREFIX: stack.lakePrefix,
    });
    const jobs = lifecycleJobs(config);
    for (let copy = 0; copy < 2; copy++) {
      workers.push(
        await startLifecycleWorker({ connectionString: stack.db.urls.lifecycle, deps: stack.deps(), jobs }),
      );
    }
    const schedules = await stack.admin.query("SELECT name, cron FROM pgboss.schedule ORDER BY name");
    assert.deepEqual(
      schedules.rows.map((row) => row.name),
      Object.values(lifecycleQueues).sort(),
    );

    await stack.writeFile(
      subjectRows({
        org: stack.org,
        subject: "pseudo-zed",
        count: 6,
        canary: "W",
        startMs: Date.UTC(2026, 0, 1),
      }),
      new Date(Date.UTC(2026, 0, 1)),
    );
    await stack.eraseSubject("zed", "pseudo-zed");
    await workers[0]?.runNow(lifecycleQueues.erasures);
    let state = "";
    for (let attempt = 0; attempt < 120 && state !== "compacted"; attempt++) {
      await sleep(500);
      const { rows } = await stack.admin.query("SELECT state FROM cordon.erasures WHERE org_id = $1", [
        stack.org,
      ]);
      state = rows[0]?.state ?? "";
    }
    assert.equal(state, "compacted");
    const runs = await stack.admin.query(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'",
      [lifecycleQueues.erasures],
    );
    assert.equal(runs.rows[0].n, 1);
    assert.deepEqual(await stack.catalogueProblems(), []);
  });
});
