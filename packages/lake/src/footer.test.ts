import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeFooter, encodeFooter, type LakeFooter, LakeFooterError } from "./footer.ts";

const footer: LakeFooter = {
  schemaVersion: 1,
  dataset: "events/v1",
  fileKey: "lake/events/v1/org=o/date=2026-01-15/hour=09/t-0-0-9.parquet",
  org: "o",
  source: { topic: "t", partition: 0, firstOffset: "0", lastOffset: "9" },
  keys: [
    {
      subject: "s",
      category: "pii",
      keyVersion: 1,
      kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k",
      encryptionContext: { purpose: "lake", org: "o", subject: "s", category: "pii" },
      wrappedKey: Buffer.from([1, 2, 3, 250]),
    },
    {
      subject: "s",
      category: "text",
      keyVersion: 1,
      kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/t",
      encryptionContext: { purpose: "lake", org: "o", subject: "s", category: "text" },
    },
  ],
  slices: [
    {
      subject: "s",
      firstRow: 0,
      rowCount: 10,
      categories: ["pii", "text"],
      highestTier: "restricted",
      firstTs: new Date(1_000),
      lastTs: new Date(2_000),
    },
  ],
  textFields: ["window_title", "typed_text"],
};

describe("lake footer", () => {
  it("round-trips through Parquet key-value metadata", () => {
    assert.deepEqual(decodeFooter(encodeFooter(footer)), footer);
  });

  it("refuses a file without a Cordon footer, of another schema version, or with a malformed entry", () => {
    assert.throws(() => decodeFooter(undefined), LakeFooterError);
    const entries = encodeFooter(footer);
    const replaced = (key: string, value: string) =>
      entries.map((entry) => (entry.key === `cordon.lake.${key}` ? { key: entry.key, value } : entry));
    assert.throws(() => decodeFooter(replaced("schema_version", "2")), LakeFooterError);
    assert.throws(() => decodeFooter(replaced("keys", "[{}]")), LakeFooterError);
    assert.throws(() => decodeFooter(replaced("keys", "not json")), LakeFooterError);
    assert.throws(() => decodeFooter(replaced("text_fields", '["password"]')), LakeFooterError);
    assert.throws(
      () =>
        decodeFooter(replaced("slices", JSON.stringify([{ ...footer.slices[0], highestTier: "secret" }]))),
      LakeFooterError,
    );
  });
});
