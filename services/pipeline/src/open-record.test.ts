import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { exampleEvents } from "@cordon/events";
import { createSubjectPseudonymizer } from "@cordon/lake";
import { encodeRawBatch, rawBatchSchema, sealBatch } from "@cordon/transit";
import { openRecord } from "./open-record.ts";

const dataKey = { plaintext: randomBytes(32), wrapped: randomBytes(40), keyId: "arn:aws:kms:test" };
const deps = {
  unwrapTransitKey: async () => dataKey.plaintext,
  pseudonymize: createSubjectPseudonymizer(randomBytes(32)),
};

function sealedRecord(orgId: string) {
  const ids = { collectorId: randomUUID(), orgId, batchId: randomUUID() };
  const raw = encodeRawBatch({
    schema: rawBatchSchema,
    ...ids,
    subjectId: "maria@example.com",
    receivedAt: 1_767_225_700_000,
    sentAt: 1_767_225_690_000,
    collector: { version: "1.0.0", os: "macos" },
    events: [{ ...exampleEvents["pointer.move"], eventId: randomUUID() }],
  });
  return {
    offset: "0",
    key: ids.collectorId,
    value: sealBatch(raw, dataKey, ids),
    headers: {},
    timestamp: "0",
  };
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
});
