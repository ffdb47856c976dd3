import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import { applyRetention } from "./retention.ts";
import { type LifecycleTestStack, lifecycleTestStack } from "./testing/lifecycle-stack.ts";
import { subjectRows } from "./testing/rows.ts";

const dayMs = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 10);

describe("retention per category, on a controlled clock", () => {
  let stack: LifecycleTestStack;
  let oldKey: string;
  let youngKey: string;

  /** What the catalogue holds now: per event type, how many rows and how many carry text. */
  async function contents() {
    const byFile = new Map<string, Record<string, { rows: number; withText: number }>>();
    for (const { rows: read } of await stack.readCatalogue()) {
      const fileKeyOf = String(read.footer.fileKey);
      const counts: Record<string, { rows: number; withText: number }> = {};
      for (const row of read.rows) {
        const type = String(row.plain.event_type);
        counts[type] ??= { rows: 0, withText: 0 };
        counts[type].rows += 1;
        if (Object.keys(row.text).length > 0) counts[type].withText += 1;
      }
      assert.deepEqual(read.unreadable, []);
      byFile.set(fileKeyOf.replace(/\.c\d+\.parquet$/, ".parquet"), counts);
    }
    return byFile;
  }

  function at(days: number) {
    return stack.deps({ now: () => t0 + days * dayMs });
  }

  before(async () => {
    stack = await lifecycleTestStack("retention");
    const rows = (startMs: number) =>
      subjectRows({ org: stack.org, subject: "pseudo-ann", count: 40, canary: "R", startMs });
    oldKey = (await stack.writeFile(rows(t0), new Date(t0))).key;
    youngKey = (await stack.writeFile(rows(t0 + 100 * dayMs), new Date(t0 + 100 * dayMs))).key;
    // The organisation keeps prompts for 10 days instead of the default 30.
    await withIdentity(
      stack.controlPool,
      { orgId: stack.org, principalId: "admin", roles: ["admin"] },
      (client) =>
        client.query(
          "INSERT INTO cordon.retention_policies (org_id, data_class, retain_days, changed_by) VALUES ($1, 'prompt', 10, 'admin')",
          [stack.org],
        ),
    );
  });
  after(async () => {
    await stack.close();
  });

  it("before anything is old enough, nothing changes", async () => {
    const before = await contents();
    const outcome = await applyRetention(at(9), stack.org);
    assert.equal(outcome.filesRewritten + outcome.filesDeleted, 0);
    assert.deepEqual(await contents(), before);
  });

  it("prompts expire at the organisation's 10 days; keystrokes and titles stay", async () => {
    const outcome = await applyRetention(at(11), stack.org);
    assert.equal(outcome.filesRewritten, 1);
    assert.equal(outcome.rowsRemoved, 0);
    assert.equal(outcome.textsRemoved, 10);
    const old = (await contents()).get(oldKey);
    assert.deepEqual(old?.["ai.prompt"], { rows: 10, withText: 0 });
    assert.deepEqual(old?.["key.press"], { rows: 10, withText: 10 });
    assert.deepEqual(old?.["window.focus"], { rows: 10, withText: 10 });
    const young = (await contents()).get(youngKey);
    assert.deepEqual(young?.["ai.prompt"], { rows: 10, withText: 10 });
  });

  it("text expires at 90 days: rows stay (their timing is kept 180), their text goes; the younger file is untouched", async () => {
    const youngBefore = (await contents()).get(youngKey);
    await applyRetention(at(91), stack.org);
    const old = (await contents()).get(oldKey);
    assert.deepEqual(old?.["key.press"], { rows: 10, withText: 0 });
    assert.deepEqual(old?.["window.focus"], { rows: 10, withText: 0 });
    assert.deepEqual(old?.["pointer.move"], { rows: 10, withText: 0 });
    assert.deepEqual((await contents()).get(youngKey), youngBefore);
  });

  it("at 180 days every row of the old file has expired and the file is gone; the younger one keeps its rows", async () => {
    const outcome = await applyRetention(at(181), stack.org);
    assert.equal(outcome.filesDeleted, 1);
    const now = await contents();
    assert.equal(now.has(oldKey), false);
    assert.deepEqual(now.get(youngKey)?.["pointer.move"], { rows: 10, withText: 0 });
    assert.deepEqual(now.get(youngKey)?.["key.press"], { rows: 10, withText: 10 });
    assert.deepEqual(await stack.catalogueProblems(), []);
  });

  it("audits each run with its counts", async () => {
    const { rows } = await stack.admin.query<{ detail: Record<string, number> }>(
      "SELECT detail FROM cordon.audit_records WHERE org_id = $1 AND action = 'retention.expire' ORDER BY sequence",
      [stack.org],
    );
    assert.equal(rows.length, 4);
    assert.equal(rows[1]?.detail.textsRemoved, 10);
    assert.equal(rows[3]?.detail.filesDeleted, 1);
  });
});
