import assert from "node:assert/strict";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { BatchSpool } from "./spool.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "batch-spool-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ids = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"] as const;

describe("batch spool", () => {
  it("replays batches oldest first after reopening, with their bytes and batch ids", async () => {
    const spool = await BatchSpool.open(dir, { maxRejectedBatches: 10 });
    await spool.append(ids[0], Buffer.from("first"));
    await spool.append(ids[1], Buffer.from("second!"));
    const reopened = await BatchSpool.open(dir, { maxRejectedBatches: 10 });
    assert.equal(reopened.count, 2);
    assert.equal(reopened.bytes, 12);
    const oldest = reopened.oldest();
    assert.equal(oldest?.batchId, ids[0]);
    assert.ok(oldest);
    assert.equal((await reopened.read(oldest)).toString(), "first");
    await reopened.remove(oldest);
    const next = await reopened.append(ids[0], Buffer.from("third"));
    assert.ok(next.name > (reopened.oldest()?.name ?? ""), "new batches sort after old ones");
  });

  it("drops a write a crash left unfinished", async () => {
    const spool = await BatchSpool.open(dir, { maxRejectedBatches: 10 });
    await spool.append(ids[0], Buffer.from("whole"));
    const torn = join(dir, "pending", `0000000000000002-${ids[1]}.json.gz.tmp`);
    await writeFile(torn, "half");
    const reopened = await BatchSpool.open(dir, { maxRejectedBatches: 10 });
    assert.equal(reopened.count, 1);
    assert.deepEqual(await readdir(join(dir, "pending")), [`0000000000000001-${ids[0]}.json.gz`]);
  });

  it("keeps only the newest refused batches", async () => {
    const spool = await BatchSpool.open(dir, { maxRejectedBatches: 1 });
    for (const id of ids) {
      const batch = await spool.append(id, Buffer.from(id));
      await spool.reject(batch, { status: 400, body: { error: { code: "invalid_batch" } }, rejectedAt: 0 });
    }
    assert.equal(spool.count, 0);
    assert.equal(spool.bytes, 0);
    const names = await spool.rejectedBatchNames();
    assert.equal(names.length, 1);
    assert.match(names[0] ?? "", new RegExp(ids[1]));
  });
});
