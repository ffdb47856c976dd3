import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { testId } from "@cordon/testkit";
import { DuckDBInstance } from "@duckdb/node-api";
import { parquetMetadata } from "hyparquet";
import { LakeFooterError } from "./footer.ts";
import { inspectLakeFile } from "./inspect.ts";
import { footerKmsKeySource, keyringKeySource } from "./key-sources.ts";
import { createSubjectKeyring, destroySubjectKeys, type SubjectKeyring } from "./keyring.ts";
import { categoryColumn, refColumn, type TextField, textFieldNames } from "./layout.ts";
import { type LakeReadResult, readLakeFile, readLakeObject } from "./read.ts";
import { storeLakeFile } from "./store.ts";
import { type LakeTestStack, lakeTestStack } from "./testing/lake-stack.ts";
import { type LakeColumns, readColumns, rewriteLakeFile } from "./testing/rewrite.ts";
import { sampleRows } from "./testing/sample-rows.ts";
import { type LakeFile, type LakeRow, writeLakeFile } from "./write.ts";

const topic = "cordon.events.raw.v1";
const hour = new Date(Date.UTC(2026, 0, 15, 9, 30));
const security = { principalId: "sec-1", roles: ["security"] as const };

describe("lake files against the local stack", () => {
  let stack: LakeTestStack;
  let org: string;
  let canary: string;
  let rows: LakeRow[];
  let pipeline: SubjectKeyring;
  let exporter: SubjectKeyring;
  let file: LakeFile;

  before(async () => {
    stack = await lakeTestStack("lake_file");
    // The org is this file's own prefix in the bucket: lake/events/v1/org=<org>/.
    org = testId("org");
    canary = `CANARY${randomBytes(6).toString("hex")}`;
    rows = sampleRows({
      org,
      subjects: ["subject-alice", "subject-bob"],
      rowsPerSubject: 60,
      canary,
      categories: ["text", "pii", "health"],
    });
    pipeline = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    exporter = createSubjectKeyring({ pool: stack.exporterPool, keys: stack.keys, role: "exporter" });
    file = await writeLakeFile({
      org,
      hour,
      topic,
      partition: 3,
      firstOffset: "1200",
      lastOffset: "1319",
      rows: [...rows].reverse(),
      keyring: pipeline,
      footerWrappedKeys: true,
    });
    await storeLakeFile(stack.store, file);
  });

  after(async () => {
    for await (const key of stack.store.listKeys(`lake/events/v1/org=${org}/`)) await stack.store.delete(key);
    await stack?.close();
  });

  const byEventId = () => new Map(rows.map((row) => [row.eventId, row]));

  function assertDecryptsAll(result: LakeReadResult, expectedRows: number) {
    const source = byEventId();
    assert.deepEqual(result.unreadable, []);
    assert.equal(result.rows.length, expectedRows);
    for (const read of result.rows) {
      const row = source.get(read.plain.event_id as string);
      assert.ok(row, "a row that was written");
      assert.equal(read.plain.subject, row.subject);
      for (const field of textFieldNames) assert.equal(read.text[field], row.text[field]?.value, field);
    }
  }

  it("names the file after its org, hour, topic, partition and offsets", () => {
    assert.equal(
      file.key,
      `lake/events/v1/org=${org}/date=2026-01-15/hour=09/cordon.events.raw.v1-3-1200-1319.parquet`,
    );
    assert.equal(file.rowCount, 120);
  });

  it("round-trips every text field of two subjects through the object store", async () => {
    const result = await readLakeObject(stack.store, file.key, {
      keys: keyringKeySource(exporter),
      textFields: textFieldNames,
    });
    assertDecryptsAll(result, 120);
    // Sorted by subject, then time.
    const order = result.rows.map(
      (read) => [read.plain.subject as string, (read.plain.ts as Date).getTime()] as const,
    );
    const sorted = [...order].sort(([a, at], [b, bt]) => (a < b ? -1 : a > b ? 1 : at - bt));
    assert.deepEqual(order, sorted);
  });

  it("reads chosen rows, subjects and fields only", async () => {
    const result = await readLakeFile({
      file: file.bytes,
      keys: keyringKeySource(exporter),
      columns: ["event_id", "subject", "event_type"],
      textFields: ["window_title", "typed_text"],
      rowStart: 50,
      rowEnd: 70,
      subjects: ["subject-bob"],
    });
    assert.deepEqual(
      result.rows.map((read) => read.row),
      [60, 61, 62, 63, 64, 65, 66, 67, 68, 69],
    );
    const source = byEventId();
    for (const read of result.rows) {
      assert.deepEqual(Object.keys(read.plain).sort(), ["event_id", "event_type", "subject"]);
      const row = source.get(read.plain.event_id as string);
      assert.equal(read.plain.subject, "subject-bob");
      assert.equal(read.text.window_title, row?.text.window_title?.value);
      assert.equal(read.text.typed_text, row?.text.typed_text?.value);
      assert.equal(read.text.url, undefined, "a field not asked for is not decrypted");
    }
  });

  it("returns one slice per subject with its rows, categories and highest tier", () => {
    assert.deepEqual(
      file.slices.map(({ subject, firstRow, rowCount, categories, highestTier }) => ({
        subject,
        firstRow,
        rowCount,
        categories,
        highestTier,
      })),
      [
        {
          subject: "subject-alice",
          firstRow: 0,
          rowCount: 60,
          categories: ["health", "pii", "text"],
          highestTier: "confidential",
        },
        {
          subject: "subject-bob",
          firstRow: 60,
          rowCount: 60,
          categories: ["health", "pii", "text"],
          highestTier: "confidential",
        },
      ],
    );
    assert.ok(file.cellCount < file.textValueCount, "repeating values are encrypted once");
  });

  /** Rows of alice holding their own cell of `field`, first two. */
  function ownCells(columns: LakeColumns, field: TextField): [number, number] {
    const refs = columns.get(refColumn(field)) as (number | null)[];
    const subjects = columns.get("subject") as string[];
    const own = refs.flatMap((ref, row) => (ref === row && subjects[row] === "subject-alice" ? [row] : []));
    assert.ok(own.length >= 2, `alice has two ${field} cells`);
    return [own[0] as number, own[1] as number];
  }

  async function unreadableAfter(tamper: (columns: LakeColumns) => void, fields: TextField[]) {
    const tampered = await rewriteLakeFile(file.bytes, tamper);
    return readLakeFile({ file: tampered, keys: keyringKeySource(exporter), textFields: fields });
  }

  it("fails to decrypt a ciphertext cell copied into another row", async () => {
    let rowsSwapped: [number, number] = [0, 0];
    const result = await unreadableAfter(
      (columns) => {
        rowsSwapped = ownCells(columns, "typed_text");
        const cells = columns.get("typed_text") as unknown[];
        const [a, b] = rowsSwapped;
        [cells[a], cells[b]] = [cells[b], cells[a]];
      },
      ["typed_text"],
    );
    assert.deepEqual(
      result.unreadable.map(({ row, reason }) => [row, reason]),
      rowsSwapped.map((row) => [row, "tampered"]),
    );
    assert.equal(result.rows.filter((read) => read.text.typed_text !== undefined).length, 12 - 2);
  });

  it("fails to decrypt when a row's reference is pointed at another row's value", async () => {
    let victim = -1;
    const result = await unreadableAfter(
      (columns) => {
        const refs = columns.get(refColumn("window_title")) as (number | null)[];
        const [first, second] = ownCells(columns, "window_title");
        // A later row that shows the first title is made to show the second.
        victim = refs.findIndex((ref, row) => ref === first && row > second);
        refs[victim] = second;
        const categories = columns.get(categoryColumn("window_title")) as unknown[];
        categories[victim] = categories[second];
      },
      ["window_title"],
    );
    const victimRead = result.rows.find((read) => read.row === victim);
    assert.equal(victimRead?.text.window_title, undefined);
    assert.ok(result.unreadable.some((cell) => cell.row === victim && cell.reason === "tampered"));
  });

  it("fails to decrypt a ciphertext cell copied into another column", async () => {
    let row = -1;
    const result = await unreadableAfter(
      (columns) => {
        [row] = ownCells(columns, "typed_text");
        (columns.get("clipboard_text") as unknown[])[row] = (columns.get("typed_text") as unknown[])[row];
        (columns.get(refColumn("clipboard_text")) as unknown[])[row] = row;
        (columns.get(categoryColumn("clipboard_text")) as unknown[])[row] = (
          columns.get(categoryColumn("typed_text")) as unknown[]
        )[row];
      },
      ["clipboard_text", "typed_text"],
    );
    assert.deepEqual(result.unreadable, [{ row, field: "clipboard_text", reason: "tampered" }]);
  });

  it("fails to decrypt a ciphertext cell copied into another file of the same subject", async () => {
    const other = await writeLakeFile({
      org,
      hour,
      topic,
      partition: 3,
      firstOffset: "1320",
      lastOffset: "1439",
      rows,
      keyring: pipeline,
    });
    const otherColumns = await readColumns(other.bytes);
    let row = -1;
    const result = await unreadableAfter(
      (columns) => {
        [row] = ownCells(columns, "prompt_text");
        // The same event, subject, column and key: only the file differs.
        (columns.get("prompt_text") as unknown[])[row] = (otherColumns.get("prompt_text") as unknown[])[row];
      },
      ["prompt_text"],
    );
    assert.deepEqual(result.unreadable, [{ row, field: "prompt_text", reason: "tampered" }]);
  });

  it("refuses a file stored under another key than it was written for", async () => {
    const moved = `lake/events/v1/org=${org}/date=2026-01-15/hour=09/moved.parquet`;
    await stack.store.put(moved, file.bytes);
    await assert.rejects(
      readLakeObject(stack.store, moved, { keys: keyringKeySource(exporter), textFields: ["url"] }),
      LakeFooterError,
    );
  });

  it("decrypts with KMS alone, using the wrapped keys in the footer", async () => {
    const kms = stack.kmsOnly();
    const result = await readLakeFile({
      file: await stack.store.get(file.key),
      keys: footerKmsKeySource(kms.keys),
      textFields: textFieldNames,
    });
    assertDecryptsAll(result, 120);
    assert.deepEqual(kms.calls, new Array(6).fill("Decrypt"), "one unwrap per subject × category");
  });

  it("leaves no plaintext canary in the file bytes or in any Postgres row", async () => {
    const stored = await stack.store.get(file.key);
    assert.equal(stored.indexOf(canary), -1);
    assert.equal(Buffer.from(file.bytes).indexOf(canary), -1);
    const { rows: tables } = await stack.admin.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'cordon'",
    );
    assert.ok(tables.some((table) => table.table_name === "subject_keys"));
    for (const { table_name } of tables) {
      const { rows: dumped } = await stack.admin.query<{ row: string }>(
        `SELECT t::text AS row FROM cordon.${table_name} t`,
      );
      for (const { row } of dumped)
        assert.equal(row.includes(canary), false, `canary in cordon.${table_name}`);
    }
  });

  it("writes no statistics, index, bloom filter or dictionary for ciphertext columns", async () => {
    const metadata = parquetMetadata(
      file.bytes.buffer.slice(
        file.bytes.byteOffset,
        file.bytes.byteOffset + file.bytes.byteLength,
      ) as ArrayBuffer,
    );
    const ciphertext = new Set<string>(textFieldNames);
    let checked = 0;
    for (const group of metadata.row_groups) {
      for (const chunk of group.columns) {
        const name = chunk.meta_data?.path_in_schema.join(".") ?? "";
        if (!ciphertext.has(name)) continue;
        checked += 1;
        assert.equal(chunk.meta_data?.statistics, undefined, name);
        assert.equal(chunk.meta_data?.encoding_stats, undefined, name);
        assert.equal(chunk.meta_data?.size_statistics, undefined, name);
        assert.equal(chunk.meta_data?.dictionary_page_offset, undefined, name);
        assert.equal(chunk.meta_data?.bloom_filter_offset, undefined, name);
        assert.equal(chunk.column_index_offset, undefined, name);
        assert.deepEqual(chunk.meta_data?.encodings, ["PLAIN"], name);
      }
    }
    assert.equal(checked, textFieldNames.length * metadata.row_groups.length);
    // The plaintext time column keeps its statistics: files are pruned by time without keys.
    const ts = metadata.row_groups[0]?.columns.find((chunk) => chunk.meta_data?.path_in_schema[0] === "ts");
    assert.ok(ts?.meta_data?.statistics?.min_value !== undefined);
  });

  it("tells inspect which columns are encrypted under which category", async () => {
    const inspection = await inspectLakeFile(file.bytes);
    assert.equal(inspection.rowCount, 120);
    assert.equal(inspection.fileKey, file.key);
    const typed = inspection.encryptedFields.find((entry) => entry.field === "typed_text");
    assert.deepEqual(typed, {
      field: "typed_text",
      rows: 12,
      cells: 12,
      categories: { text: 4, pii: 4, health: 4 },
    });
    const titles = inspection.encryptedFields.find((entry) => entry.field === "window_title");
    assert.equal(titles?.rows, 120);
    assert.ok((titles?.cells ?? 0) < 120);
    assert.ok(inspection.columns.filter((column) => column.encrypted).every((column) => !column.statistics));
    assert.equal(inspection.keys.length, 6);
    assert.ok(inspection.keys.every((key) => key.wrappedInFooter));
  });

  it("opens in DuckDB with the plaintext columns readable", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "cordon-lake-"));
    const local = path.join(dir, "file.parquet");
    await writeFile(local, file.bytes);
    const duckdb = await DuckDBInstance.create(":memory:");
    const connection = await duckdb.connect();
    try {
      const reader = await connection.runAndReadAll(
        `SELECT event_id, event_type, epoch_ms(ts) AS ts_ms, seq, subject, org, x, tier, categories,
                typed_text_category, octet_length(window_title) AS title_bytes
           FROM read_parquet('${local}') ORDER BY subject, ts_ms`,
      );
      const duckRows = reader.getRowObjectsJson();
      assert.equal(duckRows.length, 120);
      const source = byEventId();
      for (const duckRow of duckRows) {
        const row = source.get(String(duckRow.event_id));
        assert.ok(row);
        assert.equal(duckRow.event_type, row.eventType);
        assert.equal(Number(duckRow.ts_ms), row.ts);
        assert.equal(Number(duckRow.seq), row.seq);
        assert.equal(duckRow.subject, row.subject);
        assert.equal(duckRow.org, org);
        assert.equal(duckRow.x ?? undefined, row.x);
        assert.equal(duckRow.tier, row.tier);
        assert.deepEqual(duckRow.categories, row.categories);
        assert.equal(duckRow.typed_text_category ?? undefined, row.text.typed_text?.category);
      }
      const counted = await connection.runAndReadAll(
        `SELECT count(*) AS n FROM read_parquet('${local}') WHERE subject = 'subject-bob' AND event_type = 'key.press'`,
      );
      assert.equal(Number(counted.getRowObjectsJson()[0]?.n), 12);
    } finally {
      connection.closeSync();
      duckdb.closeSync();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("calls KMS six times for 10k rows of 3 subjects × 2 categories written as five files", async () => {
    const busyOrg = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    const before = stack.kmsCalls.length;
    const busy = sampleRows({
      org: busyOrg,
      subjects: ["s-1", "s-2", "s-3"],
      rowsPerSubject: 3334,
      canary,
      categories: ["text", "prompt"],
    }).slice(0, 10_000);
    const written: LakeFile[] = [];
    for (let part = 0; part < 5; part++) {
      written.push(
        await writeLakeFile({
          org: busyOrg,
          hour,
          topic,
          partition: 0,
          firstOffset: String(part * 2000),
          lastOffset: String(part * 2000 + 1999),
          rows: busy.filter((_, index) => index % 5 === part),
          keyring,
        }),
      );
    }
    for (const written_ of written) {
      const result = await readLakeFile({
        file: written_.bytes,
        keys: keyringKeySource(keyring),
        textFields: ["window_title", "key_char"],
      });
      assert.deepEqual(result.unreadable, []);
    }
    assert.equal(
      written.reduce((sum, entry) => sum + entry.rowCount, 0),
      10_000,
    );
    assert.deepEqual(stack.kmsCalls.slice(before), new Array(6).fill("GenerateDataKey"));
    assert.equal(keyring.kmsCalls, 6);
  });

  describe("after one subject's keys are destroyed", () => {
    let erasureOrg: string;
    let withFooterKeys: LakeFile;
    let withoutFooterKeys: LakeFile;
    let erasureRows: LakeRow[];

    before(async () => {
      erasureOrg = testId("org");
      erasureRows = sampleRows({
        org: erasureOrg,
        subjects: ["subject-erased", "subject-kept"],
        rowsPerSubject: 30,
        canary,
      });
      const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
      const common = { org: erasureOrg, hour, topic, partition: 1, rows: erasureRows, keyring };
      withFooterKeys = await writeLakeFile({
        ...common,
        firstOffset: "0",
        lastOffset: "59",
        footerWrappedKeys: true,
      });
      withoutFooterKeys = await writeLakeFile({
        ...common,
        firstOffset: "60",
        lastOffset: "119",
      });
      // The exporter has both subjects' keys cached from before the erasure.
      const warm = await readLakeFile({
        file: withFooterKeys.bytes,
        keys: keyringKeySource(exporter),
        textFields: ["typed_text"],
      });
      assert.deepEqual(warm.unreadable, []);
      assert.equal(
        await destroySubjectKeys(stack.controlPool, { org: erasureOrg, subject: "subject-erased" }, security),
        2,
      );
    });

    function bySubject(result: LakeReadResult) {
      const decrypted = new Map<string, number>();
      for (const read of result.rows) {
        const subject = read.plain.subject as string;
        decrypted.set(subject, (decrypted.get(subject) ?? 0) + Object.keys(read.text).length);
      }
      return decrypted;
    }

    it("an erased subject's fields can no longer be decrypted, while another subject's still can", async () => {
      const result = await readLakeFile({
        file: withFooterKeys.bytes,
        keys: keyringKeySource(exporter),
        textFields: textFieldNames,
      });
      const decrypted = bySubject(result);
      assert.equal(decrypted.get("subject-erased"), 0);
      assert.ok((decrypted.get("subject-kept") ?? 0) > 0);
      const erasedValues = erasureRows
        .filter((row) => row.subject === "subject-erased")
        .reduce((sum, row) => sum + Object.keys(row.text).length, 0);
      assert.equal(result.unreadable.length, erasedValues);
      assert.ok(result.unreadable.every((cell) => cell.reason === "key-unavailable"));
      const kept = result.rows.filter((read) => read.plain.subject === "subject-kept");
      const source = new Map(erasureRows.map((row) => [row.eventId, row]));
      for (const read of kept) {
        assert.equal(
          read.text.window_title,
          source.get(read.plain.event_id as string)?.text.window_title?.value,
        );
      }
    });

    it("leaves a file written without footer keys unreadable with KMS alone too", async () => {
      const result = await readLakeFile({
        file: withoutFooterKeys.bytes,
        keys: footerKmsKeySource(stack.kmsOnly().keys),
        textFields: ["typed_text"],
      });
      assert.equal(bySubject(result).get("subject-erased"), 0);
      assert.equal(bySubject(result).get("subject-kept"), 0, "nothing in the footer to unwrap");
    });

    it("still opens through a footer copy of the destroyed key until the file is rewritten (README: erasure and the footer)", async () => {
      const result = await readLakeFile({
        file: withFooterKeys.bytes,
        keys: footerKmsKeySource(stack.kmsOnly().keys),
        textFields: ["typed_text"],
      });
      // Pinned so nobody mistakes the opt-in for immediate erasure: with
      // footerWrappedKeys the erasure job must also rewrite the files.
      assert.ok((bySubject(result).get("subject-erased") ?? 0) > 0);
    });

    it("refuses to encrypt anything more for the erased subject", async () => {
      const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
      await assert.rejects(
        writeLakeFile({
          org: erasureOrg,
          hour,
          topic,
          partition: 1,
          firstOffset: "120",
          lastOffset: "179",
          rows: erasureRows,
          keyring,
        }),
        { name: "SubjectKeysDestroyedError" },
      );
    });
  });
});
