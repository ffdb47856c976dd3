import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { keyringKeySource, type LakeFile, readLakeFile, textFieldNames } from "@cordon/lake";
import { applyRetention, defaultRetentionDays, shredExpiredSubjectKeys } from "./retention.ts";
import { type LifecycleTestStack, lifecycleTestStack } from "./testing/lifecycle-stack.ts";
import { subjectRows } from "./testing/rows.ts";

const dayMs = 86_400_000;
const hourMs = 3_600_000;
// Monday 2026-01-05 10:00 UTC: week A is 2026-01-05 to 2026-01-12, week B the one after.
const t0 = Date.UTC(2026, 0, 5, 10);
const weekA = "2026-01-05";
const weekB = "2026-01-12";
const endOfA = Date.UTC(2026, 0, 12);
const endOfB = Date.UTC(2026, 0, 19);

describe("retention crypto-shreds by key period, on a controlled clock", () => {
  let stack: LifecycleTestStack;
  /** Week A of ann and bob, as first written: a copy (a backup, a cache) that compaction never reaches. */
  let copyOfA: LakeFile;
  let fileB: LakeFile;

  const at = (ms: number) => stack.deps({ now: () => ms });

  /** Keys of the organisation: `category period subject` -> live or shredded. */
  async function keyStates(): Promise<Record<string, string>> {
    const { rows } = await stack.admin.query<{
      category: string;
      key_period: string;
      subject_id: string;
      state: string;
    }>(
      `SELECT category, key_period, subject_id,
              CASE WHEN destroyed_at IS NULL THEN 'live'
                   WHEN shredded_by_retention THEN 'shredded' ELSE 'erased' END AS state
         FROM cordon.subject_keys WHERE org_id = $1`,
      [stack.org],
    );
    return Object.fromEntries(
      rows.map((row) => [`${row.category} ${row.key_period} ${row.subject_id}`, row.state]),
    );
  }

  /** Per text field, how many cells of `bytes` decrypt and how many are unreadable (and why). */
  async function decryptable(bytes: Uint8Array) {
    const read = await readLakeFile({
      file: bytes,
      keys: keyringKeySource(stack.pipelineKeyring),
      textFields: textFieldNames,
    });
    const counts: Record<string, { read: number; unreadable: number }> = {};
    const count = (field: string, outcome: "read" | "unreadable") => {
      const entry = counts[field] ?? { read: 0, unreadable: 0 };
      entry[outcome] += 1;
      counts[field] = entry;
    };
    for (const row of read.rows) {
      for (const field of Object.keys(row.text)) count(field, "read");
    }
    for (const cell of read.unreadable) {
      assert.equal(cell.reason, "key-unavailable");
      count(cell.field, "unreadable");
    }
    return counts;
  }

  before(async () => {
    stack = await lifecycleTestStack("retention_keys");
    const rows = (subject: string, startMs: number) =>
      subjectRows({ org: stack.org, subject, count: 40, canary: "K", startMs });
    copyOfA = await stack.writeFile([...rows("pseudo-ann", t0), ...rows("pseudo-bob", t0)], new Date(t0));
    fileB = await stack.writeFile(rows("pseudo-ann", t0 + 7 * dayMs), new Date(t0 + 7 * dayMs));
    assert.equal(defaultRetentionDays.prompt, 30);
    assert.equal(defaultRetentionDays.text, 90);
  });
  after(async () => {
    await stack.close();
  });

  it("seals each week under keys of its own and names them in the catalogue's slices", async () => {
    assert.deepEqual(await keyStates(), {
      [`prompt ${weekA} pseudo-ann`]: "live",
      [`prompt ${weekA} pseudo-bob`]: "live",
      [`text ${weekA} pseudo-ann`]: "live",
      [`text ${weekA} pseudo-bob`]: "live",
      [`prompt ${weekB} pseudo-ann`]: "live",
      [`text ${weekB} pseudo-ann`]: "live",
    });
    const { rows } = await stack.admin.query<{ file_key: string; key_periods: string[] }>(
      "SELECT file_key, key_periods FROM cordon.lake_slices WHERE org_id = $1 ORDER BY file_key, subject_id",
      [stack.org],
    );
    assert.deepEqual(
      rows.map((row) => [row.file_key, row.key_periods]),
      [
        [copyOfA.key, [weekA]],
        [copyOfA.key, [weekA]],
        [fileB.key, [weekB]],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it("shreds nothing while a week's last day is younger than its category's retention", async () => {
    const shredded = await shredExpiredSubjectKeys(
      at(endOfA + 30 * dayMs - 1),
      stack.org,
      defaultRetentionDays,
    );
    assert.deepEqual(shredded, {});
    assert.ok(Object.values(await keyStates()).every((state) => state === "live"));
  });

  it("prompts of week A die at 30 days past its end: no copy decrypts them, its text and week B still do", async () => {
    const outcome = await applyRetention(at(endOfA + 30 * dayMs + hourMs), stack.org);
    assert.deepEqual(outcome.keysShredded, { prompt: 2 });
    const states = await keyStates();
    assert.equal(states[`prompt ${weekA} pseudo-ann`], "shredded");
    assert.equal(states[`prompt ${weekA} pseudo-bob`], "shredded");
    assert.equal(states[`text ${weekA} pseudo-ann`], "live");
    assert.equal(states[`prompt ${weekB} pseudo-ann`], "live");
    // The file as first written: its prompt cells are unreadable for good.
    assert.deepEqual(await decryptable(copyOfA.bytes), {
      prompt_text: { read: 0, unreadable: 20 },
      key_char: { read: 20, unreadable: 0 },
      window_title: { read: 20, unreadable: 0 },
    });
    assert.deepEqual((await decryptable(fileB.bytes)).prompt_text, { read: 10, unreadable: 0 });
    // The catalogue's files hold nothing unreadable: compaction took the expired prompts out.
    for (const { fileKey, rows: read } of await stack.readCatalogue()) {
      assert.deepEqual(read.unreadable, [], fileKey);
    }
  });

  it("prompts of week B die a week later; text of week A at 90 days past its end, week B's text stays", async () => {
    const promptB = await applyRetention(at(endOfB + 30 * dayMs + hourMs), stack.org);
    assert.deepEqual(promptB.keysShredded, { prompt: 1 });
    const textA = await applyRetention(at(endOfA + 90 * dayMs + hourMs), stack.org);
    assert.deepEqual(textA.keysShredded, { text: 2 });
    const states = await keyStates();
    assert.equal(states[`text ${weekA} pseudo-ann`], "shredded");
    assert.equal(states[`text ${weekB} pseudo-ann`], "live");
    assert.deepEqual(await decryptable(copyOfA.bytes), {
      prompt_text: { read: 0, unreadable: 20 },
      key_char: { read: 0, unreadable: 20 },
      window_title: { read: 0, unreadable: 20 },
    });
    const inB = await decryptable(fileB.bytes);
    assert.deepEqual(inB.key_char, { read: 10, unreadable: 0 });
    assert.deepEqual(inB.prompt_text, { read: 0, unreadable: 10 });
    for (const { fileKey, rows: read } of await stack.readCatalogue()) {
      assert.deepEqual(read.unreadable, [], fileKey);
    }
    assert.deepEqual(await stack.catalogueProblems(), []);
  });

  it("audits every shred with its counts per category", async () => {
    const { rows } = await stack.admin.query<{ detail: Record<string, number> }>(
      "SELECT detail FROM cordon.audit_records WHERE org_id = $1 AND action = 'retention.shred' ORDER BY sequence",
      [stack.org],
    );
    assert.deepEqual(
      rows.map((row) => row.detail),
      [
        { keysShredded: 2, keysShredded_prompt: 2 },
        { keysShredded: 1, keysShredded_prompt: 1 },
        { keysShredded: 2, keysShredded_text: 2 },
      ],
    );
  });

  it("a subject with shredded weeks is not an erased one: new weeks get keys and exports still include them", async () => {
    const [next] = await stack.pipelineKeyring.keysForWriting(stack.org, [
      { subject: "pseudo-ann", category: "prompt", period: "2026-06-01" },
    ]);
    assert.equal(next?.keyVersion, 1);
    const { rows } = await stack.admin.query<{ excluded: string[] }>(
      "SELECT cordon.excluded_subjects($1) AS excluded",
      [stack.org],
    );
    assert.deepEqual(rows[0]?.excluded, []);
  });
});
