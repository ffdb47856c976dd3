import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createPool } from "@cordon/db";
import { readLakeFile } from "@cordon/lake";
import { createLifecycleDeps, sweepOrphanObjects } from "@cordon/lifecycle-worker";
import { createLogger } from "@cordon/observability";
import { exampleBatchEvents, PipelineStack } from "./lib/pipeline-stack.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the pipeline under continuous traffic", () => {
  let stack: PipelineStack;

  before(async () => {
    stack = await PipelineStack.start("e2e-fresh");
  });

  after(async () => {
    await stack.close();
  });

  it("writes a file by its maximum age while batches keep arriving, never waiting for a pause in traffic", async () => {
    const collector = await stack.enrol();
    // Idleness never comes (a batch every 100 ms) and the size limit is out of
    // reach: only the file's age can cut it.
    const { pipeline, pool } = await stack.startPipeline({
      FLUSH_IDLE_MS: "600000",
      MAX_FILE_ROWS: "1000000",
      MAX_FILE_AGE_MS: "1500",
    });
    try {
      let sent = 0;
      let cataloguedWhileSending = 0;
      // Bounded by count, not time: 600 rounds is a fail-safe, not an expectation.
      for (let round = 0; round < 600 && cataloguedWhileSending === 0; round++) {
        sent += await stack.send(collector, exampleBatchEvents(3));
        if (round % 5 === 4) cataloguedWhileSending = await stack.cataloguedEvents();
        await pause(100);
      }
      assert.ok(sent > 0);
      assert.ok(cataloguedWhileSending > 0, "rows reached the lake while traffic was still arriving");
    } finally {
      await pipeline.stop();
      await pool.end();
    }
  });
});

/**
 * A soak of a few minutes: the pipeline runs as a child process, and each run
 * is SIGKILLed as soon as it has catalogued something new, while collectors
 * keep sending. Every run must make progress (a killed member's partitions
 * must come back to the next run), and at the end the lake must hold every
 * acknowledged event exactly once.
 */
describe("the pipeline killed again and again under load", () => {
  let stack: PipelineStack;

  before(async () => {
    stack = await PipelineStack.start("e2e-soak", { partitions: 2 });
  });

  after(async () => {
    await stack.close();
  });

  it("finds every acknowledged event exactly once in the lake, with progress between kills", async () => {
    const collectors = await Promise.all([stack.enrol(), stack.enrol(), stack.enrol(), stack.enrol()]);
    let acknowledged = 0;
    let sending = true;
    const sender = (async () => {
      for (let round = 0; round < 150 && sending; round++) {
        const counts = await Promise.all(
          collectors.map((collector) => stack.send(collector, exampleBatchEvents(4 + (round % 5)))),
        );
        acknowledged += counts.reduce((sum, count) => sum + count, 0);
        await pause(100);
      }
      sending = false;
    })();

    const env = { MAX_FILE_ROWS: "60", FLUSH_IDLE_MS: "300", MAX_FILE_AGE_MS: "1000" };
    const kills = 6;
    const progress: number[] = [];
    try {
      for (let kill = 0; kill < kills; kill++) {
        const before = await stack.cataloguedEvents();
        const run = stack.spawnPipeline(env);
        // Polled by count: 600 × 200 ms is a fail-safe that ends a broken run.
        let now = before;
        for (let poll = 0; poll < 600 && now <= before; poll++) {
          await pause(200);
          now = await stack.cataloguedEvents();
        }
        run.child.kill("SIGKILL");
        await run.exited;
        progress.push(now - before);
      }
    } finally {
      sending = false;
      await sender;
    }

    const last = stack.spawnPipeline(env);
    const catalogued = await stack.waitForCatalogued(acknowledged, 180_000);
    last.child.kill("SIGTERM");
    assert.equal(await last.exited, 0, "the last run shut down cleanly on SIGTERM");

    assert.ok(acknowledged > 0);
    assert.deepEqual(
      progress.map((rows) => rows > 0),
      progress.map(() => true),
      `every killed run catalogued something first: ${progress.join(", ")}`,
    );
    assert.equal(catalogued, acknowledged, "catalogued events = acknowledged events");

    const seen = new Set<string>();
    let rows = 0;
    for (const file of await stack.cataloguedFiles()) {
      const read = await readLakeFile({ file: await stack.store.get(file.file_key), columns: ["event_id"] });
      for (const row of read.rows) {
        seen.add(String(row.plain.event_id));
        rows += 1;
      }
    }
    assert.equal(rows, acknowledged, "the lake files hold every acknowledged event");
    assert.equal(seen.size, rows, "no event in two catalogued rows");

    // Files uploaded by a run killed before its catalog commit are orphans:
    // never read, and removed by the lifecycle worker's sweep once older than
    // its safety window. Run that sweep, a day later, over these orgs' files.
    const cataloguedKeys = new Set((await stack.cataloguedFiles()).map((file) => file.file_key));
    const orgPrefixes = [...new Set(collectors.map((collector) => `lake/events/v1/org=${collector.orgId}/`))];
    const lakeKeys = async () => {
      const keys: string[] = [];
      for (const prefix of orgPrefixes) for await (const key of stack.store.listKeys(prefix)) keys.push(key);
      return keys;
    };
    const orphans = (await lakeKeys()).filter((key) => !cataloguedKeys.has(key));
    const lifecyclePool = createPool(stack.db.urls.lifecycle, { max: 2 });
    try {
      const dayLater = createLifecycleDeps({
        config: { KEY_CACHE_TTL_SECONDS: 60 },
        pool: lifecyclePool,
        keys: stack.keyService,
        store: stack.store,
        logger: createLogger({ service: "soak-sweep", level: "silent" }),
        now: () => Date.now() + 25 * 60 * 60 * 1000,
      });
      let swept = 0;
      for (const prefix of orgPrefixes) {
        swept += (await sweepOrphanObjects(dayLater, { prefix, safetyWindowMs: 24 * 60 * 60 * 1000 }))
          .orphansDeleted;
      }
      assert.equal(swept, orphans.length, "the sweep removed every uncatalogued object the kills left");
    } finally {
      await lifecyclePool.end();
    }
    assert.deepEqual(
      (await lakeKeys()).sort(),
      [...cataloguedKeys].sort(),
      "after the sweep the lake holds exactly the catalogued files",
    );
    console.log(
      `soak: ${kills} kills, progress per run ${progress.join("/")}, ${orphans.length} uncatalogued objects swept`,
    );
  });
});
