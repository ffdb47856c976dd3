import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { testId } from "@cordon/testkit";
import { compactLakeFile, LakeCompactionError } from "./compact.ts";
import { lakeFileGeneration } from "./file-key.ts";
import { keyringKeySource } from "./key-sources.ts";
import { createSubjectKeyring, destroySubjectKeys, type SubjectKeyring } from "./keyring.ts";
import { textFieldNames } from "./layout.ts";
import { type LakeReadRow, readLakeFile } from "./read.ts";
import { type LakeTestStack, lakeTestStack } from "./testing/lake-stack.ts";
import { rewriteLakeFile } from "./testing/rewrite.ts";
import { sampleRows } from "./testing/sample-rows.ts";
import { type LakeFile, writeLakeFile } from "./write.ts";

const topic = "cordon.events.raw.v1";
const hour = new Date(Date.UTC(2026, 0, 15, 9, 30));

/** A row as a reader sees it, without its position (which a compaction changes). */
function comparable(row: LakeReadRow): string {
  return JSON.stringify({ plain: row.plain, text: row.text }, (_key, value) =>
    typeof value === "bigint" ? value.toString() : value,
  );
}

describe("compacting a lake file", () => {
  let stack: LakeTestStack;
  let org: string;
  let keyring: SubjectKeyring;
  let lifecycle: SubjectKeyring;
  let file: LakeFile;
  const subjects = ["subject-ada", "subject-bo", "subject-cy"];

  async function readAll(bytes: Uint8Array, key: string) {
    return readLakeFile({
      file: bytes,
      expectedKey: key,
      keys: keyringKeySource(
        createSubjectKeyring({ pool: stack.exporterPool, keys: stack.keys, role: "exporter" }),
      ),
      textFields: textFieldNames,
    });
  }

  before(async () => {
    stack = await lakeTestStack("lake_compact");
    org = testId("org");
    keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    lifecycle = createSubjectKeyring({ pool: stack.lifecyclePool, keys: stack.keys, role: "lifecycle" });
    file = await writeLakeFile({
      org,
      hour,
      topic,
      partition: 1,
      firstOffset: "10",
      lastOffset: "99",
      rows: sampleRows({
        org,
        subjects,
        rowsPerSubject: 40,
        canary: `CANARY${randomBytes(4).toString("hex")}`,
        categories: ["text", "pii", "prompt"],
      }),
      keyring,
    });
  });
  after(async () => {
    await stack.close();
  });

  it("keeps every other subject's rows, decrypting to the same values, under the next generation's key", async () => {
    const original = await readAll(file.bytes, file.key);
    const result = await compactLakeFile({
      file: file.bytes,
      fileKey: file.key,
      keyring: lifecycle,
      dropSubjects: new Set(["subject-bo"]),
    });
    assert.equal(result.kind, "rewritten");
    if (result.kind !== "rewritten") return;
    assert.equal(result.droppedRows, 40);
    assert.equal(lakeFileGeneration(result.file.key), 1);
    assert.notEqual(result.file.key, file.key);
    assert.deepEqual(
      result.file.slices.map((slice) => slice.subject),
      ["subject-ada", "subject-cy"],
    );
    const rewritten = await readAll(result.file.bytes, result.file.key);
    assert.deepEqual(rewritten.unreadable, []);
    assert.deepEqual(
      rewritten.rows.map(comparable),
      original.rows.filter((row) => row.plain.subject !== "subject-bo").map(comparable),
    );
    assert.ok(rewritten.rows.some((row) => Object.keys(row.text).length > 0));
  });

  it("drops the text values a filter names and keeps their rows", async () => {
    const result = await compactLakeFile({
      file: file.bytes,
      fileKey: file.key,
      keyring: lifecycle,
      dropText: (_row, _field, category) => category === "prompt",
    });
    assert.equal(result.kind, "rewritten");
    if (result.kind !== "rewritten") return;
    assert.equal(result.droppedRows, 0);
    assert.ok(result.droppedTexts > 0);
    const rewritten = await readAll(result.file.bytes, result.file.key);
    assert.equal(rewritten.rows.length, file.rowCount);
    assert.ok(!result.file.keys.some((key) => key.category === "prompt"));
  });

  it("answers unchanged when nothing is dropped, and emptied when every row is", async () => {
    const unchanged = await compactLakeFile({ file: file.bytes, fileKey: file.key, keyring: lifecycle });
    assert.equal(unchanged.kind, "unchanged");
    const emptied = await compactLakeFile({
      file: file.bytes,
      fileKey: file.key,
      keyring: lifecycle,
      dropSubjects: new Set(subjects),
    });
    assert.equal(emptied.kind, "emptied");
  });

  it("refuses to rewrite a file whose kept cells do not authenticate, instead of losing them", async () => {
    const tampered = await rewriteLakeFile(file.bytes, (columns) => {
      const cells = columns.get("window_title") as (Uint8Array | null)[];
      const first = cells.findIndex((cell) => cell !== null);
      const cell = cells[first] as Uint8Array;
      const flipped = Uint8Array.from(cell);
      flipped[20] = (flipped[20] ?? 0) ^ 1;
      cells[first] = flipped;
    });
    await assert.rejects(
      compactLakeFile({ file: tampered, fileKey: file.key, keyring: lifecycle }),
      LakeCompactionError,
    );
  });

  it("refuses to keep a subject whose keys were destroyed without naming them to drop", async () => {
    const other = await writeLakeFile({
      org,
      hour,
      topic,
      partition: 2,
      firstOffset: "0",
      lastOffset: "9",
      rows: sampleRows({ org, subjects: ["subject-dee", "subject-eli"], rowsPerSubject: 5, canary: "X" }),
      keyring,
    });
    await destroySubjectKeys(
      stack.controlPool,
      { org, subject: "subject-dee" },
      { principalId: "sec", roles: ["security"] },
    );
    await assert.rejects(
      compactLakeFile({ file: other.bytes, fileKey: other.key, keyring: lifecycle }),
      LakeCompactionError,
    );
    const dropped = await compactLakeFile({
      file: other.bytes,
      fileKey: other.key,
      keyring: lifecycle,
      dropSubjects: new Set(["subject-dee"]),
    });
    assert.equal(dropped.kind, "rewritten");
  });
});
