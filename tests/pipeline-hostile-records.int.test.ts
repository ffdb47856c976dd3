import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import {
  encodeRawBatch,
  rawBatchSchema,
  sealBatch,
  type TransitAad,
  type TransitDataKey,
  transitEncryptionContext,
} from "@cordon/transit";
import { exampleBatchEvents, PipelineStack } from "./lib/pipeline-stack.ts";

/**
 * No record of any shape stops a partition: hostile records produced straight
 * to the raw topic (as a compromised producer or a broken gateway could)
 * between good batches. Every good batch must reach the lake, every hostile
 * record must be dead-lettered with a reason, and the partition must move past
 * all of them.
 */
describe("pipeline against hostile records on the raw topic", () => {
  let stack: PipelineStack;
  let running: Awaited<ReturnType<PipelineStack["startPipeline"]>>;
  let transitKey: TransitDataKey;

  before(async () => {
    stack = await PipelineStack.start("e2e-hostile");
    running = await stack.startPipeline();
    const generated = await stack.keyService.generateDataKey("transit", transitEncryptionContext);
    transitKey = { plaintext: generated.plaintext, wrapped: generated.wrapped, keyId: generated.keyId };
  });

  after(async () => {
    if (process.env.DUMP_PIPELINE_LOG === "1") {
      for (const line of running.logLines)
        if (/"level":(40|50|60)/.test(line)) console.log(line.slice(0, 600));
    }
    await running.pipeline.stop();
    await running.pool.end();
    await stack.close();
  });

  /** A batch sealed as the gateway seals one, with whatever ids and events the test wants. */
  const sealed = (
    aad: TransitAad,
    options: { subjectId?: string; events?: unknown[]; key?: TransitDataKey; plaintext?: Buffer } = {},
  ): Buffer => {
    const plaintext =
      options.plaintext ??
      encodeRawBatch({
        schema: rawBatchSchema,
        batchId: aad.batchId,
        orgId: aad.orgId,
        subjectId: options.subjectId ?? "employee-hostile",
        collectorId: aad.collectorId,
        receivedAt: Date.now(),
        sentAt: Date.now(),
        collector: { version: "1.0.0-hostile", os: "macOS 14.5" },
        events: options.events ?? exampleBatchEvents(3),
      });
    return sealBatch(plaintext, options.key ?? transitKey, aad);
  };
  const ids = (orgId = "org-hostile"): TransitAad => ({
    collectorId: randomUUID(),
    orgId,
    batchId: randomUUID(),
  });

  const hostileRecords = (enrolled: {
    collectorId: string;
    orgId: string;
    subjectId: string;
  }): { name: string; value: Buffer; headers?: Record<string, string>; reason?: string }[] => {
    const valid = sealed(ids());
    const wrongVersion = Buffer.from(valid);
    wrongVersion[3] = 99;
    const flipped = Buffer.from(valid);
    flipped[flipped.length - 20] = (flipped[flipped.length - 20] ?? 0) ^ 0xff;
    return [
      { name: "garbage bytes", value: randomBytes(300) },
      { name: "empty value", value: Buffer.alloc(0) },
      { name: "wrong envelope version", value: wrongVersion },
      { name: "envelope header cut short", value: valid.subarray(0, 20) },
      { name: "ciphertext changed after sealing", value: flipped },
      {
        name: "ciphertext under an unknown key",
        value: sealed(ids(), {
          key: { plaintext: randomBytes(32), wrapped: randomBytes(184), keyId: "arn:aws:kms:unknown" },
        }),
      },
      {
        name: "ciphertext under a key wrapped by no KMS key at all",
        value: sealed(ids(), { key: { plaintext: randomBytes(32), wrapped: randomBytes(3), keyId: "x" } }),
      },
      {
        // The local KMS emulator drops the connection on this blob instead of
        // refusing it, as a buggy or hostile KMS front could: it must not be
        // retried for ever.
        name: "a wrapped key whose leading length byte runs past its end",
        reason: "transit-key-unanswered",
        value: sealed(ids(), {
          key: {
            plaintext: randomBytes(32),
            wrapped: Buffer.concat([Buffer.from([0xff]), randomBytes(183)]),
            keyId: "arn:aws:kms:unknown",
          },
        }),
      },
      {
        name: "garbage Kafka headers",
        value: randomBytes(64),
        headers: { "cordon-schema": "\u0000\uffff", "cordon-batch-id": "x".repeat(10_000) },
      },
      { name: "a huge record", value: randomBytes(6 * 1024 * 1024) },
      { name: "an org id the lake cannot name", value: sealed(ids("../../other-tenant")) },
      {
        name: "sealed plaintext that is not JSON",
        value: sealed(ids(), { plaintext: Buffer.from("{not json") }),
      },
      {
        name: "sealed batch of an unknown schema version",
        value: sealed(ids(), { plaintext: Buffer.from(JSON.stringify({ schema: "cordon.raw-batch.v9" })) }),
      },
      {
        name: "sealed batch whose events are not events",
        value: sealed(ids(), { events: [{ type: "no.such.type" }, 42, null] }),
      },
      {
        name: "a batch of an organisation nobody enrolled",
        value: sealed(ids("org-nobody-enrolled")),
      },
      {
        name: "an enrolled collector's batch claiming another organisation",
        value: sealed(
          { collectorId: enrolled.collectorId, orgId: "org-other-tenant", batchId: randomUUID() },
          {
            subjectId: enrolled.subjectId,
          },
        ),
      },
      {
        name: "an enrolled collector's batch claiming another subject",
        value: sealed(
          { collectorId: enrolled.collectorId, orgId: enrolled.orgId, batchId: randomUUID() },
          {
            subjectId: "someone-else",
          },
        ),
      },
      {
        // The batch id is the key of the duplicate claim, a uuid column: a
        // claim that cannot be stored must not stop the partition.
        name: "an enrolled collector's batch whose batch id is not a uuid",
        value: sealed(
          { collectorId: enrolled.collectorId, orgId: enrolled.orgId, batchId: "not-a-uuid" },
          { subjectId: enrolled.subjectId },
        ),
      },
      {
        name: "sealed batch whose ids disagree with its envelope",
        value: (() => {
          const aad = ids();
          return sealBatch(
            encodeRawBatch({
              schema: rawBatchSchema,
              batchId: aad.batchId,
              orgId: "org-someone-else",
              subjectId: "employee-hostile",
              collectorId: aad.collectorId,
              receivedAt: Date.now(),
              sentAt: Date.now(),
              collector: { version: "1", os: "x" },
              events: exampleBatchEvents(1),
            }),
            transitKey,
            aad,
          );
        })(),
      },
    ];
  };

  it("lands every good batch, dead-letters every hostile record with a reason, and moves the partition past them", async () => {
    const collector = await stack.enrol();
    const hostile = hostileRecords(collector);
    let good = 0;
    good += await stack.send(collector, exampleBatchEvents(5));
    for (const record of hostile) {
      await stack.eventLog.publish(stack.topic, [
        {
          key: `hostile-${record.name}`,
          value: record.value,
          ...(record.headers === undefined ? {} : { headers: record.headers }),
        },
      ]);
      good += await stack.send(collector, exampleBatchEvents(2));
    }
    assert.equal(
      good,
      5 + 2 * hostile.length,
      `the gateway accepted every good batch: ${JSON.stringify([...stack.refusals])}`,
    );

    const catalogued = await stack.waitForCatalogued(good);
    assert.equal(catalogued, good, "every good event reached the lake");

    const letters = await stack.readDeadLetters(hostile.length);
    assert.equal(letters.length, hostile.length, "one dead letter per hostile record");
    for (const record of hostile) {
      const letter = letters.find((candidate) => candidate.value.equals(record.value));
      assert.ok(letter !== undefined, `${record.name}: dead-lettered as it came`);
      assert.ok(letter.headers["cordon-dead-letter-reason"], `${record.name}: with a reason`);
      if (record.reason !== undefined)
        assert.equal(letter.headers["cordon-dead-letter-reason"], record.reason);
    }
    // The partition's committed offset is past the last record: nothing is stuck behind any of them.
    const { rows } = await stack.admin.query<{ next_offset: string }>(
      `SELECT next_offset::text FROM cordon.consumer_offsets
        WHERE group_id = $1 AND topic = $2 AND kafka_partition = 0`,
      [stack.groupId, stack.topic],
    );
    const endOffset = 1 + 2 * hostile.length;
    assert.equal(Number(rows[0]?.next_offset), endOffset);
  });

  it("drops events of an excluded app or site that reach the pipeline sealed (an old collector, a gateway that skipped the list)", async () => {
    const collector = await stack.enrol();
    const before = await stack.cataloguedEvents();
    const kept = exampleBatchEvents(3);
    const passwordManager = exampleBatchEvents(4).map((event) => ({
      ...event,
      app: { name: "1Password 7", bundleId: "com.agilebits.onepassword7" },
    }));
    const bankingSite = exampleBatchEvents(2).map((event) => ({
      ...event,
      url: "https://online.examplebank.com/transfer",
    }));
    // Sealed straight onto the topic, as a gateway without the exclusion list would have.
    await stack.eventLog.publish(stack.topic, [
      {
        key: collector.collectorId,
        value: sealed(
          { collectorId: collector.collectorId, orgId: collector.orgId, batchId: randomUUID() },
          { subjectId: collector.subjectId, events: [...passwordManager, ...kept, ...bankingSite] },
        ),
      },
    ]);
    // A marker batch behind it: once it is catalogued, the sealed one was handled.
    const marker = await stack.send(collector, exampleBatchEvents(2));
    const catalogued = await stack.waitForCatalogued(before + kept.length + marker);
    assert.equal(catalogued, before + kept.length + marker, "only the events of other apps were written");
    const metrics = await running.metrics.registry.metrics();
    assert.match(
      metrics,
      /cordon_pipeline_events_dropped_total\{reason="excluded-source:password-manager"[^}]*\} 4/,
    );
    assert.match(metrics, /cordon_pipeline_events_dropped_total\{reason="excluded-source:banking"[^}]*\} 2/);
  });
});
