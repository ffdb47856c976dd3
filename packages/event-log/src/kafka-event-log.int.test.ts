import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { stackEnv, testId } from "@cordon/testkit";
import type { ConsumedBatch, EventConsumer, EventLog, PartitionOffset } from "./event-log.ts";
import { createKafkaEventLog } from "./kafka-event-log.ts";
import { cordonTopics } from "./topics.ts";

const brokers = () => (stackEnv().KAFKA_BROKERS ?? "").split(",");

interface Delivered {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * Consumes until `enough` says so, then stops. A guard ends a test that would
 * otherwise hang; it is a fail-safe, not a timing assertion.
 */
async function consumeUntil(
  eventLog: EventLog,
  options: {
    groupId: string;
    topic: string;
    enough: (delivered: Delivered[]) => boolean;
    startAt?: PartitionOffset;
    onBatch?: (batch: ConsumedBatch, consumer: EventConsumer) => Promise<void>;
  },
): Promise<Delivered[]> {
  const delivered: Delivered[] = [];
  const abort = new AbortController();
  let consumer: EventConsumer | undefined;
  consumer = await eventLog.consume({
    groupId: options.groupId,
    topics: [options.topic],
    signal: abort.signal,
    handleBatch: async (batch) => {
      for (const record of batch.records) {
        delivered.push({ topic: batch.topic, partition: batch.partition, ...record });
      }
      if (consumer !== undefined) await options.onBatch?.(batch, consumer);
      if (options.enough(delivered)) abort.abort();
    },
  });
  if (options.startAt !== undefined) consumer.seek(options.startAt);
  const guard = setTimeout(() => abort.abort(), 60_000);
  try {
    await consumer.stopped;
  } finally {
    clearTimeout(guard);
  }
  assert.ok(options.enough(delivered), `consumer stopped after ${delivered.length} records`);
  return delivered;
}

describe("kafka event log", () => {
  let eventLog: EventLog;

  before(() => {
    eventLog = createKafkaEventLog({ brokers: brokers(), clientId: "event-log-test" });
  });

  after(async () => {
    await eventLog.close();
  });

  it("takes a record of several MiB on a topic made from cordonTopics, past Kafka's 1 MiB default", async () => {
    const [raw] = cordonTopics({ rawPartitions: 1 });
    assert.ok(raw);
    const topic = testId("large");
    await eventLog.ensureTopics([{ ...raw, topic }]);
    const value = randomBytes(3 * 1024 * 1024);
    const [position] = await eventLog.publish(topic, [{ key: "subject-1", value }]);
    assert.equal(position?.offset, "0");
    const delivered = await consumeUntil(eventLog, {
      groupId: testId("large"),
      topic,
      enough: (d) => d.length >= 1,
    });
    assert.ok(delivered[0]?.value.equals(value), "the large record comes back byte-exact");
  });

  it("gives every caller of concurrent publishes the positions of its own records", async () => {
    const topic = testId("concurrent");
    const other = testId("concurrent_other");
    await eventLog.ensureTopics([
      { topic, partitions: 3 },
      { topic: other, partitions: 2 },
    ]);
    // Forty callers at once, over two topics: they share produce requests, and
    // each must still get back exactly where its own records were stored.
    const calls = Array.from({ length: 40 }, (_, i) => {
      const target = i % 4 === 0 ? other : topic;
      const records = [0, 1].map((j) => ({
        key: `subject-${i % 7}`,
        value: Buffer.from(`call-${i}-record-${j}`),
      }));
      return eventLog.publish(target, records).then((positions) => ({ target, records, positions }));
    });
    const results = await Promise.all(calls);
    const stored = new Map<string, string>();
    for (const target of [topic, other]) {
      const expected = results.filter((r) => r.target === target).length * 2;
      const delivered = await consumeUntil(eventLog, {
        groupId: testId("concurrent"),
        topic: target,
        enough: (d) => d.length >= expected,
      });
      for (const d of delivered) stored.set(`${d.topic}/${d.partition}/${d.offset}`, d.value.toString());
    }
    for (const { records, positions } of results) {
      assert.equal(positions.length, records.length);
      records.forEach((record, j) => {
        const at = positions[j];
        assert.ok(at);
        assert.equal(stored.get(`${at.topic}/${at.partition}/${at.offset}`), record.value.toString());
      });
    }
  });

  it("delivers published records byte-exact with key and headers, at the positions publish returned", async () => {
    const topic = testId("roundtrip");
    await eventLog.ensureTopics([{ topic, partitions: 3 }]);
    // Bytes that are not valid UTF-8 catch any accidental string conversion.
    const records = Array.from({ length: 12 }, (_, i) => ({
      key: `subject-${i % 5}`,
      value: Buffer.concat([Buffer.from([0xff, 0x00, 0xfe]), randomBytes(64)]),
      headers: { "content-type": "application/vnd.cordon.batch", "batch-id": `b-${i}` },
    }));

    const positions = await eventLog.publish(topic, records);

    assert.equal(positions.length, records.length);
    assert.ok(new Set(positions.map((p) => p.partition)).size > 1, "keys spread over partitions");
    const delivered = await consumeUntil(eventLog, {
      groupId: testId("roundtrip"),
      topic,
      enough: (d) => d.length >= records.length,
    });
    assert.equal(delivered.length, records.length);
    records.forEach((record, i) => {
      const position = positions[i];
      assert.ok(position !== undefined);
      const got = delivered.find((d) => d.partition === position.partition && d.offset === position.offset);
      assert.ok(got, `record ${i} found at ${position.partition}/${position.offset}`);
      assert.equal(got.topic, topic);
      assert.equal(got.key, record.key);
      assert.ok(got.value.equals(record.value), `record ${i} value is byte-exact`);
      assert.deepEqual(got.headers, record.headers);
    });
  });

  it("a restarted consumer group resumes at the offset it committed, not after what it consumed", async () => {
    const topic = testId("resume");
    const groupId = testId("resume");
    await eventLog.ensureTopics([{ topic, partitions: 1 }]);
    await eventLog.publish(
      topic,
      Array.from({ length: 6 }, (_, i) => ({ key: "k", value: Buffer.from(`event-${i}`) })),
    );

    const first = await consumeUntil(eventLog, {
      groupId,
      topic,
      enough: (d) => d.length >= 6,
      // Records 0-2 are done: the next one to read is offset 3.
      onBatch: (batch, consumer) => consumer.commit([{ topic, partition: batch.partition, offset: "3" }]),
    });
    assert.deepEqual(
      first.map((d) => d.offset),
      ["0", "1", "2", "3", "4", "5"],
    );

    const second = await consumeUntil(eventLog, { groupId, topic, enough: (d) => d.length >= 3 });
    assert.deepEqual(
      second.map((d) => d.value.toString()),
      ["event-3", "event-4", "event-5"],
    );
  });

  it("a consumer started at an offset the caller stored reads from that offset", async () => {
    const topic = testId("startat");
    await eventLog.ensureTopics([{ topic, partitions: 1 }]);
    await eventLog.publish(
      topic,
      Array.from({ length: 5 }, (_, i) => ({ key: "k", value: Buffer.from(`event-${i}`) })),
    );

    const delivered = await consumeUntil(eventLog, {
      groupId: testId("startat"),
      topic,
      startAt: { topic, partition: 0, offset: "2" },
      enough: (d) => d.length >= 3,
    });

    assert.deepEqual(
      delivered.map((d) => d.offset),
      ["2", "3", "4"],
    );
  });

  it("seeking back to a stored offset delivers the records from there again", async () => {
    const topic = testId("seek");
    await eventLog.ensureTopics([{ topic, partitions: 1 }]);
    await eventLog.publish(
      topic,
      Array.from({ length: 4 }, (_, i) => ({ key: "k", value: Buffer.from(`event-${i}`) })),
    );

    let sought = false;
    const delivered = await consumeUntil(eventLog, {
      groupId: testId("seek"),
      topic,
      enough: (d) => d.length >= 7,
      onBatch: async (batch, consumer) => {
        if (!sought && batch.lastOffset === "3") {
          sought = true;
          consumer.seek({ topic, partition: 0, offset: "1" });
        }
      },
    });

    assert.deepEqual(
      delivered.map((d) => d.offset),
      ["0", "1", "2", "3", "1", "2", "3"],
    );
  });

  it("ensureTopics creates a missing topic once and leaves it alone afterwards", async () => {
    const topic = testId("ensure");

    const firstCall = await eventLog.ensureTopics([{ topic, partitions: 2 }]);
    const secondCall = await eventLog.ensureTopics([{ topic, partitions: 2 }]);

    assert.deepEqual(firstCall, [topic]);
    assert.deepEqual(secondCall, []);
    const [position] = await eventLog.publish(topic, [{ key: "k", value: Buffer.from("x") }]);
    assert.equal(position?.topic, topic);
  });

  it("publishing to a topic that does not exist fails instead of creating it", async () => {
    const topic = testId("missing");
    const canary = `canary-${randomBytes(8).toString("hex")}`;
    const logged: string[] = [];
    const observed = createKafkaEventLog({
      brokers: brokers(),
      clientId: "event-log-test",
      logger: (entry) => logged.push(JSON.stringify(entry)),
    });
    try {
      await assert.rejects(observed.publish(topic, [{ key: canary, value: Buffer.from(canary) }]));
    } finally {
      await observed.close();
    }

    const created = await eventLog.ensureTopics([{ topic, partitions: 1 }]);
    assert.deepEqual(created, [topic], "the failed publish did not create the topic");
    assert.ok(logged.length > 0, "the client's errors reached the logger");
    assert.ok(!logged.some((line) => line.includes(canary)), "no log line carries the record");
  });

  it("reports Kafka as reachable when the broker answers and unreachable when none does", async () => {
    const nowhere = createKafkaEventLog({ brokers: ["127.0.0.1:1"], clientId: "nowhere", logger: () => {} });
    try {
      assert.equal(await eventLog.isReachable(), true);
      assert.equal(await nowhere.isReachable(1_000), false);
    } finally {
      await nowhere.close();
    }
  });
});
