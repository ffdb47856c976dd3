import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import type { EventLog, EventRecord, StoredPosition } from "@cordon/event-log";
import { decodeRawBatch, encodeRawBatch, openBatch, rawBatchSchema, TransitKeyCache } from "@cordon/transit";
import { BatchPublisher, type PublishSlot } from "./batch-publisher.ts";
import { createGatewayMetrics } from "./metrics.ts";

/** An in-memory stand-in for Kafka whose acknowledgements the test releases by hand. */
function heldEventLog() {
  const waiting: { record: EventRecord; acknowledge: () => void; fail: (error: Error) => void }[] = [];
  const eventLog = {
    publish: (topic: string, records: EventRecord[]) =>
      new Promise<StoredPosition[]>((resolve, reject) => {
        const [record] = records;
        if (record === undefined) throw new Error("one record per batch");
        waiting.push({
          record,
          acknowledge: () => resolve([{ topic, partition: 0, offset: String(waiting.length) }]),
          fail: reject,
        });
      }),
  } as Pick<EventLog, "publish"> as EventLog;
  return { eventLog, waiting };
}

const dataKey = { plaintext: randomBytes(32), wrapped: randomBytes(48), keyId: "test-key" };

function publisherWith(maxInFlight: number, maxInFlightBytes = 1024 * 1024) {
  const { eventLog, waiting } = heldEventLog();
  const metrics = createGatewayMetrics();
  const publisher = new BatchPublisher({
    eventLog,
    topic: "raw",
    transitKeys: new TransitKeyCache({ generate: async () => dataKey, ttlMs: 60_000, maxUses: 100 }),
    metrics,
    maxInFlight,
    maxInFlightBytes,
  });
  return { publisher, waiting, metrics };
}

function batchOf(owner: { batchId: string; collectorId: string; orgId: string; subjectId: string }): Buffer {
  return encodeRawBatch({
    schema: rawBatchSchema,
    ...owner,
    receivedAt: 1,
    sentAt: 1,
    collector: { version: "1", os: "test" },
    events: [{ type: "pointer.move", text: "CANARY-content" }],
  });
}

const owner = () => ({
  batchId: randomUUID(),
  collectorId: randomUUID(),
  orgId: "org",
  subjectId: "subject-1",
});

function reserved(publisher: BatchPublisher): PublishSlot {
  const slot = publisher.reserve(100);
  assert.ok(slot !== undefined, "a slot should be free");
  return slot;
}

describe("BatchPublisher", () => {
  it("gives no slot once MAX_IN_FLIGHT produces wait for Kafka", async () => {
    const { publisher } = publisherWith(2);
    assert.ok(publisher.reserve(100) !== undefined);
    assert.ok(publisher.reserve(100) !== undefined);
    assert.equal(publisher.reserve(100), undefined);
  });

  it("gives no slot once the batches in flight hold MAX_IN_FLIGHT_BYTES, but always one when none are", async () => {
    const { publisher } = publisherWith(10, 1000);
    const large = publisher.reserve(5000);
    assert.ok(large !== undefined, "a batch larger than the bound still goes alone");
    assert.equal(publisher.reserve(1), undefined);
    large.release();
    const first = publisher.reserve(600);
    assert.ok(first !== undefined);
    assert.equal(publisher.reserve(500), undefined);
    const second = publisher.reserve(400);
    assert.ok(second !== undefined);
    assert.equal(publisher.inFlightBytes, 1000);
    first.release();
    second.release();
    assert.equal(publisher.inFlightBytes, 0);
  });

  it("keeps a slot taken until Kafka settles the produce, even after the request let go of it", async () => {
    const { publisher, waiting, metrics } = publisherWith(1);
    const slot = reserved(publisher);
    const who = owner();
    const produced = slot.publish(who, batchOf(who));
    slot.release(); // what a request that timed out does
    while (waiting.length === 0) await new Promise((resolve) => setImmediate(resolve));

    assert.equal(publisher.inFlight, 1);
    assert.equal(publisher.reserve(100), undefined);
    assert.equal((await metrics.producesInFlight.get()).values[0]?.value, 1);

    waiting[0]?.acknowledge();
    await produced;
    assert.equal(publisher.inFlight, 0);
    assert.equal(publisher.inFlightBytes, 0);
    reserved(publisher).release();
  });

  it("frees the slot of a failed produce", async () => {
    const { publisher, waiting } = publisherWith(1);
    const slot = reserved(publisher);
    const who = owner();
    const produced = slot.publish(who, batchOf(who));
    while (waiting.length === 0) await new Promise((resolve) => setImmediate(resolve));
    waiting[0]?.fail(new Error("broker gone"));
    await assert.rejects(produced, /broker gone/);
    assert.equal(publisher.inFlight, 0);
  });

  it("sends one sealed record keyed by collector, with ids but no content and no subject id in the clear", async () => {
    const { publisher, waiting } = publisherWith(1);
    const who = owner();
    const produced = reserved(publisher).publish(who, batchOf(who));
    while (waiting.length === 0) await new Promise((resolve) => setImmediate(resolve));
    waiting[0]?.acknowledge();
    await produced;

    const record = waiting[0]?.record;
    assert.ok(record !== undefined);
    assert.equal(record.key, who.collectorId);
    assert.equal(record.value.indexOf("CANARY"), -1);
    assert.equal(record.value.indexOf("subject-1"), -1, "the subject id is in the envelope in the clear");
    assert.ok(!JSON.stringify(record.headers).includes("subject-1"));
    assert.ok(!JSON.stringify(record.headers).includes("CANARY"));
    assert.equal(record.headers?.["cordon-batch-id"], who.batchId);
    const opened = await openBatch(record.value, async () => dataKey.plaintext);
    assert.deepEqual(opened.aad, { collectorId: who.collectorId, orgId: who.orgId, batchId: who.batchId });
    // Compressed before it was sealed: the content is there once inflated.
    assert.ok(JSON.stringify(decodeRawBatch(opened.plaintext)).includes("CANARY-content"));
  });
});
