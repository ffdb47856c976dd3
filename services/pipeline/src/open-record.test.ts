import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { exampleEvents } from "@cordon/events";
import { createSubjectPseudonymizer } from "@cordon/lake";
import { compressRawBatch, encodeRawBatch, rawBatchSchema, sealBatch } from "@cordon/transit";
import { openRecord } from "./open-record.ts";

const dataKey = { plaintext: randomBytes(32), wrapped: randomBytes(40), keyId: "arn:aws:kms:test" };
const deps = {
  unwrapTransitKey: async () => dataKey.plaintext,
  pseudonymize: createSubjectPseudonymizer(randomBytes(32)),
};

function rawBatch(orgId: string, events = 1) {
  const ids = { collectorId: randomUUID(), orgId, batchId: randomUUID() };
  const json = encodeRawBatch({
    schema: rawBatchSchema,
    ...ids,
    subjectId: "maria@example.com",
    receivedAt: 1_767_225_700_000,
    sentAt: 1_767_225_690_000,
    collector: { version: "1.0.0", os: "macos" },
    events: Array.from({ length: events }, () => ({
      ...exampleEvents["pointer.move"],
      eventId: randomUUID(),
    })),
  });
  return { ids, json };
}

function recordOf(ids: { collectorId: string; orgId: string; batchId: string }, plaintext: Buffer) {
  return {
    offset: "0",
    key: ids.collectorId,
    value: sealBatch(plaintext, dataKey, ids),
    headers: {},
    timestamp: "0",
  };
}

function sealedRecord(orgId: string) {
  const { ids, json } = rawBatch(orgId);
  return recordOf(ids, json);
}

describe("openRecord", () => {
  it("opens a record of a well-formed organisation, ready for its rows", async () => {
    const opened = await openRecord(sealedRecord("org-acme.eu_1"), deps);
    assert.equal(opened.kind, "decoded");
  });

  it("dead-letters a record whose organisation id the lake cannot name, before it is buffered", async () => {
    for (const orgId of ["org/../../other", "org=x", "org a", "", "x".repeat(129)]) {
      const opened = await openRecord(sealedRecord(orgId), deps);
      assert.deepEqual(opened, { kind: "poison", reason: "org-id-invalid" }, JSON.stringify(orgId));
    }
  });

  it("counts a compressed batch by its JSON, so buffer limits bound the memory its rows take", async () => {
    const { ids, json } = rawBatch("org-acme", 200);
    const compressed = await compressRawBatch(json, "gzip");
    assert.ok(compressed.length * 4 < json.length, "the batch compresses well");
    const opened = await openRecord(recordOf(ids, compressed), deps);
    assert.equal(opened.kind, "decoded");
    assert.equal(opened.kind === "decoded" && opened.bytes, json.length);
  });
});
