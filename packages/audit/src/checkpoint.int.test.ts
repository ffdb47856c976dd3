import assert from "node:assert/strict";
import { verify } from "node:crypto";
import { after, before, describe, it } from "node:test";
import {
  type AuditCheckpointerOptions,
  CheckpointConflictError,
  canonicalCheckpoint,
  checkpointHash,
  checkpointObjectKey,
  createAuditCheckpointer,
  signedCheckpointSchema,
} from "./checkpoint.ts";
import { type AuditTestStack, appendAsActor, auditTestStack, sampleInput } from "./testing/audit-stack.ts";

describe("signed checkpoints of the access log", () => {
  let stack: AuditTestStack;
  let clock = Date.parse("2026-06-01T00:00:00.000Z");
  const now = () => clock;
  const checkpointer = (overrides: Partial<AuditCheckpointerOptions> = {}) =>
    createAuditCheckpointer({
      pool: stack.pool,
      keys: stack.keys,
      store: stack.store,
      keyPrefix: stack.keyPrefix,
      everyRecords: 5,
      everyMs: 60_000,
      now,
      ...overrides,
    });
  const append = async (count: number) => {
    for (let n = 0; n < count; n++) await appendAsActor(stack.pool, sampleInput());
  };
  const objectCount = async () => {
    let count = 0;
    for await (const _key of stack.store.listKeys(stack.keyPrefix)) count++;
    return count;
  };

  before(async () => {
    stack = await auditTestStack("audit_checkpoint");
  });
  after(() => stack?.close());

  it("takes the first checkpoint at once, the next once N records are uncovered, signed so the public key verifies it", async () => {
    const byCount = checkpointer();
    await append(1);
    assert.equal((await byCount.checkpointIfDue())?.lastSequence, 1);
    await append(4);
    assert.equal(await byCount.checkpointIfDue(), undefined);
    await append(1);
    const checkpoint = await byCount.checkpointIfDue();
    assert.ok(checkpoint !== undefined);
    assert.equal(checkpoint.lastSequence, 6);
    assert.equal(checkpoint.count, 5);
    const first = signedCheckpointSchema.parse(
      JSON.parse((await stack.store.get(checkpointObjectKey(stack.keyPrefix, 1))).toString()),
    );
    assert.equal(first.checkpoint.previousCheckpointHash, null);
    assert.equal(checkpoint.previousCheckpointHash, checkpointHash(first.checkpoint).toString("hex"));

    const object = signedCheckpointSchema.parse(
      JSON.parse((await stack.store.get(checkpointObjectKey(stack.keyPrefix, 6))).toString()),
    );
    assert.deepEqual(object.checkpoint, checkpoint);
    const { pem } = await stack.keys.getAuditPublicKey();
    assert.ok(
      verify(
        "sha256",
        Buffer.from(canonicalCheckpoint(checkpoint)),
        pem,
        Buffer.from(object.signature, "base64"),
      ),
    );
    assert.equal(
      await stack.keys.verifyAuditSignature(
        checkpointHash(checkpoint),
        Buffer.from(object.signature, "base64"),
      ),
      true,
    );

    const { rows } = await stack.admin.query(
      "SELECT last_sequence::int, record_count::int FROM cordon.audit_checkpoints",
    );
    assert.deepEqual(rows, [
      { last_sequence: 1, record_count: 1 },
      { last_sequence: 6, record_count: 5 },
    ]);
  });

  it("takes a checkpoint after M minutes when records came after the last one, chained to it", async () => {
    const byTime = checkpointer({ everyRecords: 1_000 });
    await append(2);
    clock += 30_000;
    assert.equal(await byTime.checkpointIfDue(), undefined);
    clock += 30_000;
    const checkpoint = await byTime.checkpointIfDue();
    assert.equal(checkpoint?.lastSequence, 8);
    assert.equal(checkpoint?.count, 2);
    const previous = signedCheckpointSchema.parse(
      JSON.parse((await stack.store.get(checkpointObjectKey(stack.keyPrefix, 6))).toString()),
    );
    assert.equal(checkpoint?.previousCheckpointHash, checkpointHash(previous.checkpoint).toString("hex"));
  });

  it("takes no checkpoint when no record came after the last one, however long ago it was", async () => {
    clock += 10 * 60_000;
    assert.equal(await checkpointer().checkpointIfDue(), undefined);
  });

  it("writes one checkpoint when several instances try at the same moment", async () => {
    await append(5);
    const results = await Promise.all(Array.from({ length: 6 }, () => checkpointer().checkpointIfDue()));
    assert.equal(results.filter((result) => result !== undefined).length, 1);
    const { rows } = await stack.admin.query(
      "SELECT last_sequence::int FROM cordon.audit_checkpoints ORDER BY 1",
    );
    assert.deepEqual(
      rows.map((row) => row.last_sequence),
      [1, 6, 8, 13],
    );
    assert.equal(await objectCount(), 4);
  });

  it("adopts the object an attempt stored but could not record, instead of signing a second one", async () => {
    await append(5);
    await stack.admin.query("REVOKE INSERT ON cordon.audit_checkpoints FROM cordon_control");
    try {
      await assert.rejects(checkpointer().checkpointIfDue(), /permission denied/);
    } finally {
      await stack.admin.query("GRANT INSERT ON cordon.audit_checkpoints TO cordon_control");
    }
    const left = (await stack.store.get(checkpointObjectKey(stack.keyPrefix, 18))).toString();
    clock += 1_000;
    const adopted = await checkpointer().checkpointIfDue();
    assert.equal(adopted?.lastSequence, 18);
    assert.equal((await stack.store.get(checkpointObjectKey(stack.keyPrefix, 18))).toString(), left);
    assert.deepEqual(adopted, signedCheckpointSchema.parse(JSON.parse(left)).checkpoint);
  });

  it("refuses to replace a different object found at the checkpoint's key, and leaves it as it was", async () => {
    await append(5);
    const key = checkpointObjectKey(stack.keyPrefix, 23);
    await stack.store.put(key, Buffer.from('{"forged":true}'));
    await assert.rejects(checkpointer().checkpointIfDue(), CheckpointConflictError);
    assert.equal((await stack.store.get(key)).toString(), '{"forged":true}');
    await stack.store.delete(key);
  });

  it("checks on its own every poll interval until stopped", async () => {
    await append(5);
    const stop = new AbortController();
    const running = checkpointer().run(stop.signal, 10);
    try {
      for (;;) {
        const { rows } = await stack.admin.query(
          "SELECT max(last_sequence)::int AS last FROM cordon.audit_checkpoints",
        );
        if (rows[0]?.last === 28) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      stop.abort();
      await running;
    }
  });
});
