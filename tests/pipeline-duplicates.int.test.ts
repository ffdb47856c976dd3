import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ConsumedRecord } from "@cordon/event-log";
import { exampleBatchEvents, PipelineStack } from "./lib/pipeline-stack.ts";

// A gateway that takes over the claim of one that died mid-produce may put a
// second copy of the same sealed batch into Kafka, at another offset. The
// lake must still hold the batch once (invariant 10).
describe("a sealed batch produced twice", () => {
  let stack: PipelineStack;
  let running: Awaited<ReturnType<PipelineStack["startPipeline"]>>;

  before(async () => {
    stack = await PipelineStack.start("e2e-dup");
    running = await stack.startPipeline();
  });

  after(async () => {
    await running?.pipeline.stop();
    await running?.pool.end();
    await stack?.close();
  });

  const rawRecords = async (count: number): Promise<ConsumedRecord[]> => {
    const records: ConsumedRecord[] = [];
    const abort = new AbortController();
    const consumer = await stack.eventLog.consume({
      groupId: `${stack.groupId}-dup-read`,
      topics: [stack.topic],
      fromBeginning: true,
      signal: abort.signal,
      handleBatch: async (batch) => {
        records.push(...batch.records);
        if (records.length >= count) abort.abort();
      },
    });
    // A fail-safe so a missing record fails the test instead of hanging it.
    const guard = setTimeout(() => abort.abort(), 60_000);
    await consumer.stopped.finally(() => clearTimeout(guard));
    return records;
  };

  const storedOffset = async () => {
    const { rows } = await stack.admin.query<{ next_offset: string }>(
      "SELECT next_offset FROM cordon.consumer_offsets WHERE group_id = $1 AND topic = $2",
      [stack.groupId, stack.topic],
    );
    return Number(rows[0]?.next_offset ?? 0);
  };

  it("reaches the lake once, and a later batch still arrives", async () => {
    const alice = await stack.enrol();
    const first = await stack.send(alice, exampleBatchEvents(7));
    assert.equal(first, 7);
    assert.equal(await stack.waitForCatalogued(first), first);

    const [original] = await rawRecords(1);
    assert.ok(original !== undefined);
    // The same bytes again, as a second produce of the same sealed batch.
    await stack.eventLog.publish(stack.topic, [
      { key: original.key ?? "", value: original.value, headers: original.headers },
    ]);
    const second = await stack.send(alice, exampleBatchEvents(3));
    assert.equal(second, 3);

    // Offsets 0 (original), 1 (copy), 2 (next batch): wait until all three are committed.
    const giveUp = Date.now() + 120_000;
    while ((await storedOffset()) < 3 && Date.now() < giveUp) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(await storedOffset(), 3, "the pipeline moved past the copy and the next batch");
    assert.equal(await stack.cataloguedEvents(), first + second, "the copy added no row");
  });
});
