import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readLakeFile } from "@cordon/lake";
import { exampleBatchEvents, PipelineStack } from "./lib/pipeline-stack.ts";

/**
 * The pipeline runs as a child process and is SIGKILLed at each point of the
 * write/commit path (through the test hook `PIPELINE_CRASH_AT`, read only
 * with CORDON_TEST_HOOKS=1) while batches keep arriving at the gateway. After
 * a clean last run, the catalog must hold exactly the acknowledged events.
 */
describe("the pipeline under SIGKILL", () => {
  let stack: PipelineStack;

  before(async () => {
    stack = await PipelineStack.start("e2e-once");
  });

  after(async () => {
    await stack.close();
  });

  it("catalogues every acknowledged event exactly once, whatever point of the commit path it was killed at", async () => {
    const collectors = await Promise.all([stack.enrol(), stack.enrol(), stack.enrol()]);
    let acknowledged = 0;
    let sending = true;
    // Batches keep arriving while the pipeline is killed and restarted.
    const sender = (async () => {
      for (let round = 0; round < 40; round++) {
        const counts = await Promise.all(
          collectors.map((collector) => stack.send(collector, exampleBatchEvents(5 + (round % 7)))),
        );
        acknowledged += counts.reduce((sum, count) => sum + count, 0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      sending = false;
    })();

    // Small files so every run writes several and the kills land inside the write/commit path.
    const small = { MAX_FILE_ROWS: "40", FLUSH_IDLE_MS: "200", CORDON_TEST_HOOKS: "1" };
    const crashes = [
      { PIPELINE_CRASH_AT: "after-upload", PIPELINE_CRASH_AFTER: "2" },
      { PIPELINE_CRASH_AT: "after-commit", PIPELINE_CRASH_AFTER: "2" },
      { PIPELINE_CRASH_AT: "mid-buffer", PIPELINE_CRASH_AFTER: "7" },
      { PIPELINE_CRASH_AT: "after-upload", PIPELINE_CRASH_AFTER: "1" },
      { PIPELINE_CRASH_AT: "after-commit", PIPELINE_CRASH_AFTER: "1" },
    ];
    const endings: string[] = [];
    for (const crash of crashes) {
      const run = stack.spawnPipeline({ ...small, ...crash });
      // Fail-safe only: a run that never reaches its crash point (no more data) is killed here.
      let guarded = false;
      const guard = setTimeout(() => {
        guarded = true;
        run.child.kill("SIGKILL");
      }, 90_000);
      const ending = await run.exited;
      endings.push(`${crash.PIPELINE_CRASH_AT}: ${guarded ? "fail-safe" : String(ending)}`);
      clearTimeout(guard);
    }
    await sender;
    assert.equal(sending, false);

    const last = stack.spawnPipeline(small);
    const catalogued = await stack.waitForCatalogued(acknowledged);
    last.child.kill("SIGTERM");
    const lastExit = await last.exited;

    assert.ok(acknowledged > 0);
    assert.deepEqual(
      endings.map((ending) => ending.endsWith("SIGKILL")),
      crashes.map(() => true),
      `every crash run was killed: ${endings.join("; ")}`,
    );
    assert.equal(lastExit, 0, "the last run shut down cleanly on SIGTERM");
    assert.equal(catalogued, acknowledged, "catalogued events = acknowledged events");

    const seen = new Set<string>();
    let duplicates = 0;
    let rows = 0;
    for (const file of await stack.cataloguedFiles()) {
      const read = await readLakeFile({ file: await stack.store.get(file.file_key), columns: ["event_id"] });
      for (const row of read.rows) {
        const id = String(row.plain.event_id);
        if (seen.has(id)) duplicates += 1;
        seen.add(id);
        rows += 1;
      }
    }
    assert.equal(duplicates, 0, "no event id in two catalogued rows");
    assert.equal(rows, acknowledged);
  });
});
