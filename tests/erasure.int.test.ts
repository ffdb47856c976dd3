import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { lakeFileGeneration } from "@cordon/lake";
import { advanceErasures, deletionRecordDigest, lifecycleSteps } from "@cordon/lifecycle-worker";
import { type LifecycleTestStack, lifecycleTestStack, subjectRows } from "@cordon/lifecycle-worker/testing";
import { stackStateDir } from "@cordon/testkit";
import { parquetReadObjects } from "hyparquet";
import { filesContaining } from "./lib/canaries.ts";

const hour = new Date(Date.UTC(2026, 10, 3, 14, 20));
const stateDir = stackStateDir();

/** Every other subject's rows, as event id -> what a reader gets (plaintext and decrypted text). */
async function rowsOfOthers(stack: LifecycleTestStack, erased: string): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const { rows: read } of await stack.readCatalogue()) {
    for (const row of read.rows) {
      if (row.plain.subject === erased) continue;
      rows.set(String(row.plain.event_id), JSON.stringify([row.plain.event_type, row.plain.ts, row.text]));
    }
  }
  return rows;
}

/** The ciphertext cells of one subject in a stored lake file. */
async function cellsOf(bytes: Uint8Array, subject: string): Promise<Uint8Array[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const records = await parquetReadObjects({
    file: buffer,
    columns: ["subject", "key_char", "prompt_text"],
    utf8: false,
  });
  return records
    .filter((record) => Buffer.from(record.subject as Uint8Array).toString("utf8") === subject)
    .flatMap((record) => [record.key_char, record.prompt_text])
    .filter((cell): cell is Uint8Array => cell instanceof Uint8Array);
}

describe("erasure: keys destroyed, deletion record signed, lake files compacted, surviving SIGKILL", () => {
  let stack: LifecycleTestStack;
  const alice = "pseudo-alice";
  const canary = {
    alice: `ALICE${randomBytes(5).toString("hex")}`,
    others: `OTHER${randomBytes(5).toString("hex")}`,
  };
  let othersBefore: Map<string, string>;
  let aliceCells: Uint8Array[];

  before(async () => {
    stack = await lifecycleTestStack("erasure_e2e");
    const rows = (subject: string, count: number, offsetMs = 0) =>
      subjectRows({
        org: stack.org,
        subject,
        count,
        canary: subject === alice ? canary.alice : canary.others,
        startMs: hour.getTime() + offsetMs,
      });
    const mixed = await stack.writeFile(
      [...rows(alice, 40), ...rows("pseudo-bob", 30), ...rows("pseudo-carol", 20)],
      hour,
    );
    await stack.writeFile([...rows(alice, 12, 60_000), ...rows("pseudo-bob", 12, 60_000)], hour);
    await stack.writeFile(rows("pseudo-carol", 16, 120_000), hour);
    await stack.writeFile(rows(alice, 8, 180_000), hour);
    othersBefore = await rowsOfOthers(stack, alice);
    aliceCells = await cellsOf(mixed.bytes, alice);
    assert.ok(aliceCells.length > 10);
    await stack.eraseSubject("alice", alice);
  });
  after(async () => {
    await stack.close();
  });

  it("right after the request nothing of the subject decrypts from any lake file, and everyone else still does", async () => {
    let aliceCellsRead = 0;
    for (const { rows: read } of await stack.readCatalogue()) {
      for (const row of read.rows) {
        if (row.plain.subject === alice) assert.deepEqual(row.text, {});
      }
      const aliceRows = new Set(read.rows.filter((row) => row.plain.subject === alice).map((row) => row.row));
      for (const cell of read.unreadable) {
        assert.ok(aliceRows.has(cell.row), "only the erased subject's cells are unreadable");
        assert.equal(cell.reason, "key-unavailable");
        aliceCellsRead += 1;
      }
    }
    assert.ok(aliceCellsRead > 0);
    assert.deepEqual(await rowsOfOthers(stack, alice), othersBefore);
  });

  it("resumes after a SIGKILL at every step and loses no one else's row", async () => {
    // Four files hold alice: each crash lands in a later file or step.
    for (const step of lifecycleSteps.filter((name) => !name.startsWith("retention."))) {
      const run = stack.spawnWorker(["--once", "lifecycle.erasures"], {
        CORDON_TEST_HOOKS: "1",
        LIFECYCLE_CRASH_AT: step,
      });
      assert.equal(await run.exited, "SIGKILL", `${step}: ${run.output.join("")}`);
      assert.deepEqual(await rowsOfOthers(stack, alice), othersBefore, `after a crash at ${step}`);
    }
    const finish = stack.spawnWorker(["--once", "lifecycle.erasures"]);
    assert.equal(await finish.exited, 0, finish.output.join(""));
  });

  it("ends compacted: no file holds a row of the subject, the catalogue matches the bucket, others intact", async () => {
    const { rows } = await stack.admin.query("SELECT state FROM cordon.erasures WHERE org_id = $1", [
      stack.org,
    ]);
    assert.deepEqual(rows, [{ state: "compacted" }]);
    const slices = await stack.admin.query(
      "SELECT count(*)::int AS n FROM cordon.lake_slices WHERE subject_id = $1",
      [alice],
    );
    assert.equal(slices.rows[0].n, 0);
    for (const { fileKey, rows: read } of await stack.readCatalogue()) {
      assert.ok(!read.rows.some((row) => row.plain.subject === alice), fileKey);
      assert.deepEqual(read.unreadable, [], fileKey);
    }
    assert.deepEqual(await stack.catalogueProblems(), []);
    assert.deepEqual(await rowsOfOthers(stack, alice), othersBefore);
    // Alice's only file went entirely; the carol-only file was never touched.
    const compactions = await stack.admin.query<{ new_file_key: string | null }>(
      "SELECT new_file_key FROM cordon.lake_file_compactions WHERE org_id = $1 ORDER BY old_file_key",
      [stack.org],
    );
    assert.equal(compactions.rows.length, 3);
    assert.equal(compactions.rows.filter((row) => row.new_file_key === null).length, 1);
    for (const row of compactions.rows)
      if (row.new_file_key !== null) assert.equal(lakeFileGeneration(row.new_file_key), 1);
  });

  it("a second pass finds nothing to do", async () => {
    const progress = await advanceErasures(stack.deps());
    assert.deepEqual(progress, { recorded: 0, filesCompacted: 0, completed: 0 });
  });

  it("keeps a deletion record signed by the audit key, and its signature fails for a changed record", async () => {
    const { rows } = await stack.admin.query<{ deletion_record_object_key: string }>(
      "SELECT deletion_record_object_key FROM cordon.erasures WHERE org_id = $1",
      [stack.org],
    );
    const objectKey = rows[0]?.deletion_record_object_key;
    assert.ok(objectKey !== undefined);
    const stored = JSON.parse((await stack.store.get(objectKey)).toString("utf8"));
    assert.equal(stored.record.subjectPseudonym, alice);
    assert.equal(stored.record.destroyedKeys.length, 2);
    const digest = deletionRecordDigest(stored.record);
    assert.equal(digest.toString("hex"), stored.digest);
    const signature = Buffer.from(stored.signature, "base64");
    assert.equal(await stack.keys.verifyAuditSignature(digest, signature), true);
    const changed = deletionRecordDigest({ ...stored.record, requestedBy: "someone-else" });
    assert.equal(await stack.keys.verifyAuditSignature(changed, signature), false);
  });

  it("audits the deletion record and every compaction", async () => {
    const { rows } = await stack.admin.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM cordon.audit_records
        WHERE org_id = $1 AND action IN ('subject.deletion_record', 'lake.compact') GROUP BY action ORDER BY action`,
      [stack.org],
    );
    assert.deepEqual(rows, [
      { action: "lake.compact", n: 3 },
      { action: "subject.deletion_record", n: 1 },
    ]);
  });

  it("leaves no ciphertext or plaintext of the subject in the S3 store's folder, nor plaintext in Postgres's", async () => {
    const s3Folder = join(stateDir, "data", "s3");
    assert.deepEqual(
      filesContaining(s3Folder, [canary.alice, ...aliceCells]),
      [],
      "in the S3 store's folder",
    );
    const { rows } = await stack.admin.query<{ data_directory: string }>("SHOW data_directory");
    await stack.admin.query("CHECKPOINT");
    assert.deepEqual(
      filesContaining(rows[0]?.data_directory ?? "", [canary.alice]),
      [],
      "in the Postgres data folder",
    );
    // The scan works: the other subjects' cells are still in the store's folder.
    const withBob = (await stack.readCatalogue()).find(({ rows: read }) =>
      read.rows.some((row) => row.plain.subject === "pseudo-bob"),
    );
    assert.ok(withBob !== undefined);
    const bobCells = await cellsOf(await stack.store.get(withBob.fileKey), "pseudo-bob");
    assert.ok(bobCells.length > 0);
    assert.ok(filesContaining(s3Folder, bobCells.slice(0, 1)).length > 0);
  });
});
