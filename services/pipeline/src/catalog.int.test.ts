import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createPool, type Pool } from "@cordon/db";
import { type IsolatedDatabase, isolatedDatabase } from "@cordon/testkit";
import { createLakeCatalog, type LakeCatalog } from "./catalog.ts";

describe("lake catalog commits", () => {
  let db: IsolatedDatabase;
  let pool: Pool;
  let catalog: LakeCatalog;
  const partition = { groupId: "cordon-pipeline", topic: "cordon.events.raw.v1", partition: 2 };

  before(async () => {
    db = await isolatedDatabase("catalog");
    pool = createPool(db.urls.pipeline, { max: 4 });
    catalog = createLakeCatalog(pool);
  });

  after(async () => {
    await pool?.end();
    await db?.drop();
  });

  it("moves the stored offset on a commit that starts where the last one ended", async () => {
    const first = await catalog.commit({ ...partition, firstOffset: 0n, nextOffset: 10n, files: [] });
    assert.equal(first.fenced, false);
    const second = await catalog.commit({ ...partition, firstOffset: 10n, nextOffset: 25n, files: [] });
    assert.equal(second.fenced, false);
    assert.equal((await catalog.offsetsOf(partition.groupId, partition.topic)).get(2), 25n);
  });

  it("fences a stale instance whose buffer starts before the stored offset, and leaves the offset alone", async () => {
    // Another instance held the partition and already catalogued up to 25.
    const stale = await catalog.commit({ ...partition, firstOffset: 12n, nextOffset: 40n, files: [] });
    assert.deepEqual(stale, { fenced: true, storedOffset: 25n });
    assert.equal((await catalog.offsetsOf(partition.groupId, partition.topic)).get(2), 25n);
  });

  it("lets only one of two instances racing for the same offsets catalogue them", async () => {
    const race = await Promise.all([
      catalog.commit({ ...partition, firstOffset: 25n, nextOffset: 30n, files: [] }),
      catalog.commit({ ...partition, firstOffset: 25n, nextOffset: 33n, files: [] }),
    ]);
    assert.equal(race.filter((outcome) => !outcome.fenced).length, 1);
  });

  it("claims a fetch's batch ids in one call: the first copy holds, later copies are duplicates, a replay holds again", async () => {
    const at = (batchId: string, offset: bigint, orgId = "org-claims") => ({
      orgId,
      batchId,
      topic: partition.topic,
      partition: partition.partition,
      offset,
    });
    const [a, b] = [randomUUID(), randomUUID()];
    const first = await catalog.claimBatches([
      at(a, 100n),
      at(b, 101n),
      at(a, 102n),
      at(a, 103n, "org-other"),
    ]);
    assert.deepEqual(first, ["first", "first", "duplicate", "first"]);
    // The same records read again after a crash keep their claims; a copy produced later does not.
    const replay = await catalog.claimBatches([at(a, 100n), at(b, 101n), at(a, 102n), at(b, 250n)]);
    assert.deepEqual(replay, ["first", "first", "duplicate", "duplicate"]);
    assert.deepEqual(await catalog.claimBatches([at(b.toUpperCase(), 101n)]), ["first"]);
    assert.deepEqual(await catalog.claimBatches([]), []);
  });
});
