import assert from "node:assert/strict";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import {
  openBatch,
  peekBatchIds,
  sealBatch,
  type TransitAad,
  type TransitDataKey,
  TransitEnvelopeError,
  transitEncryptionContext,
} from "./envelope.ts";

/**
 * A stand-in for KMS: "wraps" data keys with a local master key and refuses to
 * unwrap under any other encryption context, as KMS does.
 */
function fakeKms() {
  const master = randomBytes(32);
  const contextOf = (context: Readonly<Record<string, string>>) => JSON.stringify(context);
  return {
    generate(context: Readonly<Record<string, string>>): TransitDataKey {
      const plaintext = randomBytes(32);
      const nonce = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", master, nonce);
      cipher.setAAD(Buffer.from(contextOf(context)));
      const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return {
        plaintext,
        wrapped: Buffer.concat([nonce, sealed, cipher.getAuthTag()]),
        keyId: "arn:test:key",
      };
    },
    async unwrap(wrapped: Buffer, context: Readonly<Record<string, string>>): Promise<Buffer> {
      const decipher = createDecipheriv("aes-256-gcm", master, wrapped.subarray(0, 12));
      decipher.setAAD(Buffer.from(contextOf(context)));
      decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
      return Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]);
    },
  };
}

const ids: TransitAad = {
  collectorId: "6b1e4a43-0f4b-4a53-9d38-3a3d1c2d0a11",
  orgId: "org-acme",
  batchId: "0b7a4a52-5d6f-4d3c-8f0e-1b2c3d4e5f60",
};
const canary = "CANARY typed into a chat: my diagnosis is…";

describe("transit envelope", () => {
  it("opens what it sealed, returning the plaintext and the ids it was bound to", async () => {
    const kms = fakeKms();
    const key = kms.generate(transitEncryptionContext);
    const record = sealBatch(Buffer.from(canary), key, ids);

    const opened = await openBatch(record, kms.unwrap);

    assert.equal(opened.plaintext.toString(), canary);
    assert.deepEqual(opened.aad, ids);
    assert.equal(opened.keyId, "arn:test:key");
    assert.deepEqual(peekBatchIds(record), ids);
  });

  it("does not carry the plaintext or the data key in the record", () => {
    const key = fakeKms().generate(transitEncryptionContext);
    const record = sealBatch(Buffer.from(canary), key, ids);
    assert.equal(record.indexOf(Buffer.from("CANARY")), -1);
    assert.equal(record.indexOf(key.plaintext), -1);
  });

  it("uses a fresh nonce per record, so the same batch never seals to the same bytes", () => {
    const key = fakeKms().generate(transitEncryptionContext);
    const first = sealBatch(Buffer.from(canary), key, ids);
    const second = sealBatch(Buffer.from(canary), key, ids);
    assert.notDeepEqual(first, second);
  });

  it("refuses a record whose ciphertext was changed", async () => {
    const kms = fakeKms();
    const record = sealBatch(Buffer.from(canary), kms.generate(transitEncryptionContext), ids);
    const tampered = Buffer.from(record);
    const lastCiphertextByte = tampered.length - 17;
    tampered[lastCiphertextByte] = (tampered[lastCiphertextByte] ?? 0) ^ 0x01;
    await assert.rejects(openBatch(tampered, kms.unwrap), TransitEnvelopeError);
  });

  it("refuses a record whose tag was changed", async () => {
    const kms = fakeKms();
    const record = sealBatch(Buffer.from(canary), kms.generate(transitEncryptionContext), ids);
    const tampered = Buffer.from(record);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 0x80;
    await assert.rejects(openBatch(tampered, kms.unwrap), TransitEnvelopeError);
  });

  it("refuses a record re-labelled as another organisation's (the header ids are authenticated)", async () => {
    const kms = fakeKms();
    const record = sealBatch(Buffer.from(canary), kms.generate(transitEncryptionContext), ids);
    // Same length, so only the authentication can notice.
    const relabelled = Buffer.from(record.toString("latin1").replace("org-acme", "org-acne"), "latin1");
    assert.equal(peekBatchIds(relabelled).orgId, "org-acne");
    await assert.rejects(openBatch(relabelled, kms.unwrap), TransitEnvelopeError);
  });

  it("refuses a record whose header was spliced onto another record's ciphertext", async () => {
    const kms = fakeKms();
    const key = kms.generate(transitEncryptionContext);
    const mine = sealBatch(Buffer.from(canary), key, ids);
    const theirs = sealBatch(Buffer.from(canary), key, {
      ...ids,
      batchId: "another-batch-id-of-same-length!!!!!",
    });
    const headerLength = mine.length - Buffer.byteLength(canary) - 16;
    const otherHeaderLength = theirs.length - Buffer.byteLength(canary) - 16;
    const spliced = Buffer.concat([theirs.subarray(0, otherHeaderLength), mine.subarray(headerLength)]);
    await assert.rejects(openBatch(spliced, kms.unwrap), TransitEnvelopeError);
  });

  it("refuses a record whose wrapped key was swapped for another valid one", async () => {
    const kms = fakeKms();
    const key = kms.generate(transitEncryptionContext);
    const other = kms.generate(transitEncryptionContext);
    const record = sealBatch(Buffer.from(canary), key, ids);
    const swapped = Buffer.from(record);
    swapped.set(other.wrapped, record.indexOf(key.wrapped));
    await assert.rejects(openBatch(swapped, kms.unwrap), TransitEnvelopeError);
  });

  it("cannot be opened with a key unwrapped under another encryption context", async () => {
    const kms = fakeKms();
    const record = sealBatch(Buffer.from(canary), kms.generate({ purpose: "export" }), ids);
    await assert.rejects(openBatch(record, kms.unwrap));
  });

  it("rejects truncated records and foreign bytes with a TransitEnvelopeError", async () => {
    const kms = fakeKms();
    const record = sealBatch(Buffer.from(canary), kms.generate(transitEncryptionContext), ids);
    for (const bad of [record.subarray(0, 20), record.subarray(0, record.length - 30), Buffer.from("{}")]) {
      await assert.rejects(openBatch(bad, kms.unwrap), TransitEnvelopeError);
    }
  });

  it("names no subject in the clear: the header holds collector, organisation and batch ids only", () => {
    const kms = fakeKms();
    const subjectId = "maria.garcia@example.com";
    const record = sealBatch(
      Buffer.from(JSON.stringify({ subjectId })),
      kms.generate(transitEncryptionContext),
      {
        ...ids,
        ...({ subjectId } as object),
      },
    );
    assert.ok(!record.toString("latin1").includes(subjectId));
    assert.deepEqual(Object.keys(peekBatchIds(record)).sort(), ["batchId", "collectorId", "orgId"]);
  });

  it("still opens a version 1 envelope, whose header also named the subject", async () => {
    const kms = fakeKms();
    const key = kms.generate(transitEncryptionContext);
    const field = (text: string) => {
      const bytes = Buffer.from(text, "utf8");
      const length = Buffer.alloc(2);
      length.writeUInt16BE(bytes.length);
      return Buffer.concat([length, bytes]);
    };
    const nonce = randomBytes(12);
    const header = Buffer.concat([
      Buffer.from("CTE", "ascii"),
      Buffer.from([1]),
      field(ids.collectorId),
      field("employee-17"),
      field(ids.orgId),
      field(ids.batchId),
      field(key.keyId),
      Buffer.concat([Buffer.from([0, key.wrapped.length]), key.wrapped]),
      nonce,
    ]);
    const cipher = createCipheriv("aes-256-gcm", key.plaintext, nonce, { authTagLength: 16 });
    cipher.setAAD(header);
    const body = Buffer.concat([cipher.update(Buffer.from(canary)), cipher.final()]);
    const opened = await openBatch(Buffer.concat([header, body, cipher.getAuthTag()]), kms.unwrap);
    assert.equal(opened.plaintext.toString(), canary);
    assert.deepEqual(opened.aad, ids);
  });
});
