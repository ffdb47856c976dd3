import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import { testId } from "@cordon/testkit";
import { keyringKeySource } from "./key-sources.ts";
import { createSubjectKeyring, type SubjectKeyring, SubjectKeysDestroyedError } from "./keyring.ts";
import { textFieldNames } from "./layout.ts";
import { readLakeFile } from "./read.ts";
import { type LakeTestStack, lakeTestStack } from "./testing/lake-stack.ts";
import { rewriteLakeFile } from "./testing/rewrite.ts";
import { type LakeFile, type LakeRow, writeLakeFile } from "./write.ts";

// Sunday 2026-01-11 23:59:50 UTC: ten seconds before week B (from Monday 2026-01-12) begins.
const startMs = Date.UTC(2026, 0, 11, 23, 59, 50);
const weekA = "2026-01-05";
const weekB = "2026-01-12";

/** Twenty rows a second apart: ten in week A, ten in week B, every one with the same window title. */
function rowsAcrossWeeks(org: string, subject: string, count = 20): LakeRow[] {
  const sessionId = randomUUID();
  return Array.from({ length: count }, (_, seq) => ({
    eventId: randomUUID(),
    eventType: "text.input",
    ts: startMs + seq * 1000,
    seq,
    sessionId,
    org,
    subject,
    tier: "confidential",
    categories: ["text"],
    text: {
      window_title: { value: "Quarterly report", category: "text" },
      typed_text: { value: `line ${seq} of ${subject}`, category: "text" },
    },
  }));
}

describe("a lake file whose events span two key periods", () => {
  let stack: LakeTestStack;
  let org: string;
  let pipeline: SubjectKeyring;
  let file: LakeFile;

  const read = (bytes: Uint8Array) =>
    readLakeFile({ file: bytes, keys: keyringKeySource(pipeline), textFields: textFieldNames });

  before(async () => {
    stack = await lakeTestStack("lake_key_periods");
    org = testId("org");
    pipeline = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    file = await writeLakeFile({
      org,
      hour: new Date(startMs),
      topic: "cordon.events.raw.v1",
      partition: 0,
      firstOffset: "0",
      lastOffset: "24",
      rows: [...rowsAcrossWeeks(org, "subject-a"), ...rowsAcrossWeeks(org, "subject-b", 5)],
      keyring: pipeline,
    });
  });
  after(async () => {
    await stack.close();
  });

  it("seals each row under its event's week, names every key in the footer and each slice's weeks", () => {
    assert.deepEqual(
      file.keys.map((key) => `${key.subject} ${key.category} ${key.period} v${key.keyVersion}`).sort(),
      [`subject-a text ${weekA} v1`, `subject-a text ${weekB} v1`, `subject-b text ${weekA} v1`],
    );
    assert.deepEqual(
      file.slices.map((slice) => [slice.subject, slice.keyPeriods]),
      [
        ["subject-a", [weekA, weekB]],
        ["subject-b", [weekA]],
      ],
    );
    // The repeated title is stored once per subject and WEEK: 2 for a, 1 for b; typed text once per row.
    assert.equal(file.cellCount, 3 + 25);
  });

  it("after week A of one subject is shredded, only that week's cells are unreadable, the repeated title too", async () => {
    const before = await read(file.bytes);
    assert.deepEqual(before.unreadable, []);
    assert.equal(before.rows.filter((row) => row.text.window_title === "Quarterly report").length, 25);

    const shredded = await withIdentity(
      stack.lifecyclePool,
      { principalId: "lifecycle-worker", roles: ["lifecycle"] },
      async (client) =>
        (
          await client.query(
            `UPDATE cordon.subject_keys
                SET wrapped_key = NULL, destroyed_at = now(), destroyed_by = 'lifecycle-worker',
                    shredded_by_retention = true
              WHERE org_id = $1 AND subject_id = 'subject-a' AND key_period = $2`,
            [org, weekA],
          )
        ).rowCount,
    );
    assert.equal(shredded, 1);

    const after = await read(file.bytes);
    const subjectOf = new Map(after.rows.map((row) => [row.row, String(row.plain.subject)]));
    const weekOf = (row: number) => {
      const ts = after.rows.find((entry) => entry.row === row)?.plain.ts;
      return (ts instanceof Date ? ts.getTime() : Number(ts)) < Date.UTC(2026, 0, 12) ? weekA : weekB;
    };
    assert.equal(after.unreadable.length, 20, "ten rows of subject-a, two fields each");
    for (const cell of after.unreadable) {
      assert.equal(cell.reason, "key-unavailable");
      assert.equal(subjectOf.get(cell.row), "subject-a");
      assert.equal(weekOf(cell.row), weekA);
    }
    const readable = after.rows.filter((row) => row.text.window_title === "Quarterly report");
    assert.equal(readable.length, 15, "subject-a's week B and all of subject-b");
    assert.ok(readable.every((row) => row.plain.subject === "subject-b" || weekOf(row.row) === weekB));
  });

  it("a row whose time was moved into another week no longer authenticates", async () => {
    const tampered = await rewriteLakeFile(file.bytes, (columns) => {
      const ts = columns.get("ts") as unknown[];
      const subjects = columns.get("subject") as Uint8Array[];
      // subject-b's last row (week A) pretends to be a week later.
      const last = subjects.map((bytes) => Buffer.from(bytes).toString("utf8")).lastIndexOf("subject-b");
      const moved =
        Number(ts[last] instanceof Date ? (ts[last] as Date).getTime() : ts[last]) + 7 * 86_400_000;
      ts[last] = typeof ts[last] === "bigint" ? BigInt(moved) : new Date(moved);
    });
    const result = await read(tampered);
    const moved = result.rows.find((row) => row.row === 24);
    assert.equal(moved?.plain.subject, "subject-b");
    assert.deepEqual(moved?.text, {}, "neither of its values decrypts");
    // Its title refers to a value stored in week A: a reference across weeks is refused.
    assert.ok(result.unreadable.some((cell) => cell.row === 24 && cell.reason === "tampered"));
    // Besides it, only subject-a's week A (shredded above) is unreadable.
    assert.ok(result.unreadable.every((cell) => cell.row === 24 || cell.row < 10));
  });

  it("the lifecycle login may only mark its destroys as retention's, and creates no key for an erased subject", async () => {
    const lifecycle = { principalId: "lifecycle-worker", roles: ["lifecycle"] as string[] };
    await assert.rejects(
      withIdentity(stack.lifecyclePool, lifecycle, (client) =>
        client.query(
          `UPDATE cordon.subject_keys SET wrapped_key = NULL, destroyed_at = now(), destroyed_by = 'x'
            WHERE org_id = $1 AND subject_id = 'subject-b'`,
          [org],
        ),
      ),
      /row-level security/,
      "a destroy not marked as retention's would pass for an erasure",
    );
    const compacting = createSubjectKeyring({
      pool: stack.lifecyclePool,
      keys: stack.keys,
      role: "lifecycle",
    });
    const [created] = await compacting.keysForWriting(org, [
      { subject: "subject-b", category: "pii", period: weekB },
    ]);
    assert.equal(created?.keyVersion, 1);
    await stack.admin.query(
      `INSERT INTO cordon.erasures (erasure_id, org_id, subject_id, subject_pseudonym, requested_by, reason, state, keys_destroyed)
       VALUES (gen_random_uuid(), $1, 'b', 'subject-b', 'privacy-office', 'test', 'keys_destroyed', 0)`,
      [org],
    );
    await assert.rejects(
      compacting.keysForWriting(org, [{ subject: "subject-b", category: "hr", period: weekB }]),
      SubjectKeysDestroyedError,
      "an erasure row alone (e.g. every key already shredded) blocks new keys",
    );
    // And the policy, for a writer that skips the keyring's check.
    await assert.rejects(
      withIdentity(stack.pool, { orgId: org, roles: ["pipeline"] }, (client) =>
        client.query(
          `INSERT INTO cordon.subject_keys (org_id, subject_id, category, key_period, period_ends_at, key_version, wrapped_key, kms_key_id)
           VALUES ($1, 'subject-b', 'hr', $2, '2026-01-19', 1, '\\x00', 'arn:aws:kms:local')`,
          [org, weekB],
        ),
      ),
      /row-level security/,
    );
  });
});
