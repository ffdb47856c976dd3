import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { expireIngestLedger, sweepOrphanObjects } from "./housekeeping.ts";
import { type LifecycleTestStack, lifecycleTestStack } from "./testing/lifecycle-stack.ts";
import { subjectRows } from "./testing/rows.ts";

const hourMs = 3_600_000;

describe("housekeeping", () => {
  let stack: LifecycleTestStack;
  let cataloguedKey: string;
  const orphanKey = () =>
    `lake/events/v1/org=${stack.org}/date=2026-01-01/hour=00/orphan-${randomUUID()}.parquet`;

  before(async () => {
    stack = await lifecycleTestStack("housekeeping");
    const file = await stack.writeFile(
      subjectRows({
        org: stack.org,
        subject: "pseudo-x",
        count: 8,
        canary: "H",
        startMs: Date.UTC(2026, 0, 1),
      }),
      new Date(Date.UTC(2026, 0, 1)),
    );
    cataloguedKey = file.key;
  });
  after(async () => {
    await stack.close();
  });

  it("removes a lake object no catalog row names once it is older than the safety window, and never a catalogued one", async () => {
    const orphan = orphanKey();
    await stack.store.put(orphan, Buffer.from("left behind by a crashed writer"));
    const stored = await stack.store.head(orphan);
    assert.ok(stored !== undefined);
    const afterWindow = stack.deps({ now: () => stored.lastModified.getTime() + 25 * hourMs });
    const outcome = await sweepOrphanObjects(afterWindow, {
      prefix: stack.lakePrefix,
      safetyWindowMs: 24 * hourMs,
    });
    assert.equal(outcome.orphansDeleted, 1);
    assert.equal(await stack.store.head(orphan), undefined);
    assert.notEqual(await stack.store.head(cataloguedKey), undefined);
    assert.deepEqual(await stack.catalogueProblems(), []);
  });

  it("leaves an uncatalogued object inside the safety window alone: it may be a commit in flight", async () => {
    const inFlight = orphanKey();
    await stack.store.put(inFlight, Buffer.from("written, not yet catalogued"));
    const stored = await stack.store.head(inFlight);
    assert.ok(stored !== undefined);
    const soon = stack.deps({ now: () => stored.lastModified.getTime() + 23 * hourMs });
    const outcome = await sweepOrphanObjects(soon, { prefix: stack.lakePrefix, safetyWindowMs: 24 * hourMs });
    assert.equal(outcome.orphansDeleted, 0);
    assert.equal(outcome.orphansTooYoung, 1);
    assert.notEqual(await stack.store.head(inFlight), undefined);
    await stack.store.delete(inFlight);
  });

  it("deletes ingest ledger rows past the idempotency window and keeps younger ones", async () => {
    // Seeded as the table owner would see it: the ledger is the gateway's, not this worker's, to write.
    const insert = (claimedAt: Date) =>
      stack.admin.query(
        `INSERT INTO cordon.ingest_batches (batch_id, collector_id, org_id, subject_id, state, claim_id,
            claimed_at, claim_expires_at, answered_at, accepted_count, rejected)
         VALUES ($1, $2, $3, 'emp', 'done', $4, $5, $5, $5, 1, '[]')`,
        [randomUUID(), randomUUID(), stack.org, randomUUID(), claimedAt],
      );
    const nowMs = Date.UTC(2026, 5, 1);
    await insert(new Date(nowMs - 31 * 24 * hourMs));
    await insert(new Date(nowMs - 29 * 24 * hourMs));
    const deleted = await expireIngestLedger(stack.deps({ now: () => nowMs }), {
      olderThanMs: 30 * 24 * hourMs,
    });
    assert.equal(deleted, 1);
    const { rows } = await stack.admin.query("SELECT count(*)::int AS n FROM cordon.ingest_batches");
    assert.equal(rows[0].n, 1);
  });
});
