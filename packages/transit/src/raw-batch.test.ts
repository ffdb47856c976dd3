import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import {
  compressRawBatch,
  decodeRawBatch,
  encodeRawBatch,
  encodeRawBatchAround,
  type RawBatch,
  rawBatchSchema,
} from "./raw-batch.ts";

function batchOf(eventCount: number): RawBatch {
  return {
    schema: rawBatchSchema,
    batchId: randomUUID(),
    orgId: "acme",
    subjectId: `employee-${randomUUID().slice(0, 8)}`,
    collectorId: randomUUID(),
    receivedAt: 1_767_225_700_000,
    sentAt: 1_767_225_690_000,
    collector: { version: "1.0.0", os: "macos" },
    events: Array.from({ length: eventCount }, (_, index) => ({
      type: "pointer.move",
      eventId: randomUUID(),
      seq: index,
      ts: 1_767_225_600_000 + index * 16,
      x: 400 + (index % 37),
      y: 300 + (index % 23),
    })),
  };
}

describe("raw batch encoding", () => {
  it("a compressed batch decodes to the same batch, several times smaller than its JSON", async () => {
    const batch = batchOf(200);
    const json = encodeRawBatch(batch);
    const compressed = await compressRawBatch(json, "gzip");
    assert.deepEqual(decodeRawBatch(compressed), batch);
    assert.ok(compressed.length * 3 < json.length, `${compressed.length} B compressed from ${json.length} B`);
  });

  it("still decodes plain JSON, as gateways without compression (or older ones) sealed it", async () => {
    const batch = batchOf(3);
    assert.deepEqual(decodeRawBatch(await compressRawBatch(encodeRawBatch(batch), "none")), batch);
    assert.deepEqual(decodeRawBatch(encodeRawBatch(batch)), batch);
  });

  it("writes the same document around events that are JSON already", () => {
    const { events, ...header } = batchOf(5);
    const eventsJson = Buffer.from(` [ ${events.map((event) => JSON.stringify(event)).join(" ,\n")} ] `);
    const around = encodeRawBatchAround(header, eventsJson);
    assert.deepEqual(decodeRawBatch(around), { ...header, events });
    assert.deepEqual(
      JSON.parse(around.toString("utf8")),
      JSON.parse(encodeRawBatch({ ...header, events }).toString("utf8")),
    );
  });

  it("refuses a compressed record that inflates beyond the bound, instead of filling memory", () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    assert.throws(() => decodeRawBatch(bomb, { maxBytes: 1024 * 1024 }), RangeError);
  });
});
