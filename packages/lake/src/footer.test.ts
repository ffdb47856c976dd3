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
      period: "2026-01-12",
      keyVersion: 1,
      kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k",
      encryptionContext: { purpose: "lake", org: "o", subject: "s", category: "pii" },
      wrappedKey: Buffer.from([1, 2, 3, 250]),
    },
    {
      subject: "s",
      category: "text",
      period: "2026-01-12",
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
      keyPeriods: ["2026-01-12"],
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

  it("reads a footer from before key periods as naming the legacy period", () => {
    const entries = encodeFooter(footer).map((entry) => {
      if (entry.key === "cordon.lake.keys") {
        const keys = JSON.parse(entry.value ?? "[]") as Record<string, unknown>[];
        return { key: entry.key, value: JSON.stringify(keys.map(({ period: _, ...key }) => key)) };
      }
      if (entry.key === "cordon.lake.slices") {
        const slices = JSON.parse(entry.value ?? "[]") as Record<string, unknown>[];
        return { key: entry.key, value: JSON.stringify(slices.map(({ keyPeriods: _, ...slice }) => slice)) };
      }
      return entry;
    });
    const decoded = decodeFooter(entries);
    assert.deepEqual(
      decoded.keys.map((key) => key.period),
      ["legacy", "legacy"],
    );
    assert.deepEqual(decoded.slices[0]?.keyPeriods, ["legacy"]);
    assert.throws(
      () =>
        decodeFooter(
          encodeFooter({ ...footer, keys: footer.keys.map((key) => ({ ...key, period: "2026-01-13" })) }),
        ),
      LakeFooterError,
      "a period that is not a Monday is not a key period",
    );
  });
});
