import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { lifecycleSteps } from "@cordon/lifecycle-worker";
import { type LifecycleTestStack, lifecycleTestStack, subjectRows } from "@cordon/lifecycle-worker/testing";

const dayMs = 86_400_000;

/** Per file age, per event type: rows, and rows whose text decrypts. */
type Contents = Record<string, Record<string, { rows: number; withText: number }>>;

describe("retention: keys shredded by week, files compacted, surviving SIGKILL at every step", () => {
  let stack: LifecycleTestStack;
  let eventIdsBefore: string[];
  /** The worker runs on the real clock: the files' ages are set relative to it. */
  const ages = { old: 120, mid: 50, young: 2 } as const;
  const fileAge = new Map<string, keyof typeof ages>();

  async function eventIds(): Promise<string[]> {
    const ids: string[] = [];
    for (const { rows: read } of await stack.readCatalogue()) {
      for (const row of read.rows) ids.push(String(row.plain.event_id));
    }
    return ids.sort();
  }

  async function contents(): Promise<Contents> {
    const { rows: compactions } = await stack.admin.query<{ old_file_key: string; new_file_key: string }>(
      "SELECT old_file_key, new_file_key FROM cordon.lake_file_compactions WHERE new_file_key IS NOT NULL",
    );
    const successor = new Map(compactions.map((row) => [row.new_file_key, row.old_file_key]));
    const ageOf = (fileKey: string): string => {
      let key = fileKey;
      while (!fileAge.has(key) && successor.has(key)) key = successor.get(key) as string;
      return fileAge.get(key) ?? "unknown";
    };
    const result: Contents = {};
    for (const { fileKey, rows: read } of await stack.readCatalogue()) {
      assert.deepEqual(read.unreadable, [], `${fileKey} holds cells no key opens`);
      const counts: Record<string, { rows: number; withText: number }> = {};
      for (const row of read.rows) {
        const type = String(row.plain.event_type);
        const entry = counts[type] ?? { rows: 0, withText: 0 };
        entry.rows += 1;
        if (Object.keys(row.text).length > 0) entry.withText += 1;
        counts[type] = entry;
      }
      result[ageOf(fileKey)] = counts;
    }
    return result;
  }

  before(async () => {
    stack = await lifecycleTestStack("retention_e2e");
    const nowMs = Date.now();
    for (const [age, days] of Object.entries(ages) as [keyof typeof ages, number][]) {
      const startMs = nowMs - days * dayMs;
      const file = await stack.writeFile(
        ["pseudo-ann", "pseudo-bob"].flatMap((subject) =>
          subjectRows({ org: stack.org, subject, count: 40, canary: "S", startMs }),
        ),
        new Date(startMs),
      );
      fileAge.set(file.key, age);
    }
    eventIdsBefore = await eventIds();
  });
  after(async () => {
    await stack.close();
  });

  it("resumes after a SIGKILL at every step and never loses a row", async () => {
    // Two files change (old and mid): each crash lands in a later file or step.
    for (const step of lifecycleSteps.filter((name) => name !== "erasure.recorded")) {
      const run = stack.spawnWorker(["--once", "lifecycle.retention"], {
        CORDON_TEST_HOOKS: "1",
        LIFECYCLE_CRASH_AT: step,
      });
      assert.equal(await run.exited, "SIGKILL", `${step}: ${run.output.join("")}`);
      // Nothing here is old enough to lose whole rows (pointer and key timing keep 180 days).
      assert.deepEqual(await eventIds(), eventIdsBefore, `after a crash at ${step}`);
    }
    const finish = stack.spawnWorker(["--once", "lifecycle.retention"]);
    assert.equal(await finish.exited, 0, finish.output.join(""));
  });

  it("ends with each age's texts expired by its category and nothing younger touched", async () => {
    const all = { rows: 20, withText: 20 };
    const none = { rows: 20, withText: 0 };
    assert.deepEqual(await contents(), {
      old: { "pointer.move": none, "key.press": none, "window.focus": none, "ai.prompt": none },
      mid: { "pointer.move": none, "key.press": all, "window.focus": all, "ai.prompt": none },
      young: { "pointer.move": none, "key.press": all, "window.focus": all, "ai.prompt": all },
    });
    assert.deepEqual(await stack.catalogueProblems(), []);
  });

  it("leaves no live key of an expired week, and audits each shredded key exactly once", async () => {
    const { rows: keys } = await stack.admin.query<{ category: string; age: number; state: string }>(
      `SELECT category, extract(day FROM now() - period_ends_at)::int AS age,
              CASE WHEN destroyed_at IS NULL THEN 'live' WHEN shredded_by_retention THEN 'shredded' ELSE 'erased' END AS state
         FROM cordon.subject_keys WHERE org_id = $1`,
      [stack.org],
    );
    const retainDays: Record<string, number> = { prompt: 30, text: 90 };
    for (const key of keys) {
      const expired = key.age >= (retainDays[key.category] ?? Number.POSITIVE_INFINITY);
      assert.equal(key.state, expired ? "shredded" : "live", JSON.stringify(key));
    }
    const shredded = keys.filter((key) => key.state === "shredded").length;
    assert.ok(shredded >= 6, "old: prompt and text of two subjects; mid: prompt of two");
    const { rows: audits } = await stack.admin.query<{ detail: Record<string, number> }>(
      "SELECT detail FROM cordon.audit_records WHERE org_id = $1 AND action = 'retention.shred'",
      [stack.org],
    );
    assert.equal(
      audits.reduce((sum, record) => sum + (record.detail.keysShredded ?? 0), 0),
      shredded,
    );
  });
});
