import assert from "node:assert/strict";
import { after, afterEach, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { chainHash } from "./canonical.ts";
import { checkpointObjectKey, createAuditCheckpointer } from "./checkpoint.ts";
import { type AuditRecordRow, recordColumns, recordFromRow } from "./rows.ts";
import { createAuditSignals } from "./signals.ts";
import {
  type AuditTestStack,
  appendAsActor,
  auditTestStack,
  platformOperatorIdentity,
  sampleInput,
  tamperAsOwner,
} from "./testing/audit-stack.ts";
import { type VerifyRange, type VerifyResult, verifyAuditChain } from "./verify.ts";

const auditTables = ["audit_records", "audit_chain_head", "audit_checkpoints", "audit_checkpoint_head"];

describe("verifying the access log", () => {
  let stack: AuditTestStack;
  const objects = new Map<string, Buffer>();
  const registry = createMetricsRegistry("audit-verify-test");
  const signals = createAuditSignals({
    registry,
    logger: createLogger({ service: "audit-verify-test", level: "silent" }),
  });

  const verify = (range: VerifyRange = {}): Promise<VerifyResult> =>
    withIdentity(stack.pool, platformOperatorIdentity, (client) =>
      verifyAuditChain(
        client,
        { keys: stack.keys, store: stack.store, keyPrefix: stack.keyPrefix, signals, batchSize: 7 },
        range,
      ),
    );

  /** The owner, with every audit trigger off, editing the tables behind the application's back. */
  async function asOwnerWithoutTriggers(sql: string, params: unknown[] = []) {
    await stack.admin.query("BEGIN");
    try {
      for (const table of auditTables)
        await stack.admin.query(`ALTER TABLE cordon.${table} DISABLE TRIGGER USER`);
      await stack.admin.query(sql, params);
      for (const table of auditTables)
        await stack.admin.query(`ALTER TABLE cordon.${table} ENABLE TRIGGER USER`);
      await stack.admin.query("COMMIT");
    } catch (error) {
      await stack.admin.query("ROLLBACK");
      throw error;
    }
  }

  before(async () => {
    stack = await auditTestStack("audit_verify");
    let clock = Date.parse("2026-07-01T00:00:00.000Z");
    const now = () => clock;
    const checkpointer = createAuditCheckpointer({
      pool: stack.pool,
      keys: stack.keys,
      store: stack.store,
      keyPrefix: stack.keyPrefix,
      everyRecords: 10,
      everyMs: 3_600_000,
      now,
    });
    for (let n = 1; n <= 30; n++) {
      clock += 1_000;
      await appendAsActor(stack.pool, sampleInput({ requestId: `v-${n}` }));
      await checkpointer.checkpointIfDue();
    }
    clock += 3_600_000;
    await checkpointer.checkpointIfDue();
    for await (const key of stack.store.listKeys(stack.keyPrefix))
      objects.set(key, await stack.store.get(key));
    for (const table of auditTables) {
      await stack.admin.query(`CREATE TABLE public.backup_${table} AS SELECT * FROM cordon.${table}`);
    }
  });

  afterEach(async () => {
    await asOwnerWithoutTriggers(
      auditTables
        .map(
          (table) =>
            `DELETE FROM cordon.${table}; INSERT INTO cordon.${table} SELECT * FROM public.backup_${table};`,
        )
        .join("\n"),
    );
    for await (const key of stack.store.listKeys(stack.keyPrefix)) {
      if (!objects.has(key)) await stack.store.delete(key);
    }
    for (const [key, body] of objects) await stack.store.put(key, body);
    assert.equal((await verify()).ok, true, "restored");
  });

  after(() => stack?.close());

  it("passes the chain as written, with every checkpoint", async () => {
    assert.deepEqual(await verify(), { ok: true, checked: 30, checkpoints: 4, from: 1, to: 30 });
    assert.deepEqual(
      [...objects.keys()],
      [1, 11, 21, 30].map((sequence) => checkpointObjectKey(stack.keyPrefix, sequence)),
    );
  });

  it("passes a sub-range, anchored on the record before it", async () => {
    assert.deepEqual(await verify({ from: 12, to: 21 }), {
      ok: true,
      checked: 10,
      checkpoints: 1,
      from: 12,
      to: 21,
    });
  });

  it("finds a record the owner changed directly, and names its sequence", async () => {
    await tamperAsOwner(
      stack.admin,
      "UPDATE cordon.audit_records SET actor_id = 'someone-innocent' WHERE sequence = 17",
    );
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 17,
      reason: "hash_mismatch",
      checked: 30,
    });
  });

  it("finds a record the owner removed directly", async () => {
    await tamperAsOwner(stack.admin, "DELETE FROM cordon.audit_records WHERE sequence = 12");
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 12,
      reason: "record_missing",
      checked: 29,
    });
  });

  it("finds two records the owner reordered directly", async () => {
    await tamperAsOwner(
      stack.admin,
      "UPDATE cordon.audit_records SET sequence = CASE sequence WHEN 5 THEN 6 ELSE 5 END WHERE sequence IN (5, 6)",
    );
    // The record now at 5 names the old 5 as its predecessor, not 4.
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 5,
      reason: "prev_hash_mismatch",
      checked: 30,
    });
  });

  it("finds a record whose stored time was moved, which would hide it from time-range queries", async () => {
    await tamperAsOwner(
      stack.admin,
      "UPDATE cordon.audit_records SET recorded_at = recorded_at - interval '1 day' WHERE sequence = 8",
    );
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 8,
      reason: "time_mismatch",
      checked: 30,
    });
  });

  it("finds a change re-hashed to the end of the chain through the signed checkpoint covering it", async () => {
    const { rows } = await stack.admin.query<AuditRecordRow>(
      `SELECT ${recordColumns} FROM cordon.audit_records WHERE sequence >= 14 ORDER BY sequence`,
    );
    // A careful attacker: change record 15, re-hash every record after it, move the head along.
    let previous = rows[0]?.hash ?? assert.fail("record 14 is missing");
    await stack.admin.query("BEGIN");
    try {
      await stack.admin.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER USER");
      for (const row of rows.slice(1)) {
        const record = recordFromRow(row);
        if (record.sequence === 15) record.actor = { ...record.actor, id: "someone-innocent" };
        const hash = chainHash(previous, record);
        await stack.admin.query(
          "UPDATE cordon.audit_records SET actor_id = $1, prev_hash = $2, hash = $3 WHERE sequence = $4",
          [record.actor.id, previous, hash, record.sequence],
        );
        previous = hash;
      }
      await stack.admin.query("UPDATE cordon.audit_chain_head SET last_hash = $1", [previous]);
      await stack.admin.query("ALTER TABLE cordon.audit_records ENABLE TRIGGER USER");
      await stack.admin.query("COMMIT");
    } catch (error) {
      await stack.admin.query("ROLLBACK");
      throw error;
    }
    // The records agree with each other now; the checkpoint at 21 (covering 12..21) does not.
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 12,
      reason: "checkpoint_head_mismatch",
      checked: 30,
    });
  });

  it("finds records removed from the end, even with the chain head wound back to match", async () => {
    await tamperAsOwner(stack.admin, "DELETE FROM cordon.audit_records WHERE sequence >= 29");
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 29,
      reason: "record_missing",
      checked: 28,
    });
    await asOwnerWithoutTriggers(
      `UPDATE cordon.audit_chain_head SET last_sequence = 28,
         last_hash = (SELECT hash FROM cordon.audit_records WHERE sequence = 28)`,
    );
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 29,
      reason: "record_missing",
      checked: 28,
    });
  });

  it("finds a checkpoint file altered in the object store", async () => {
    const key = checkpointObjectKey(stack.keyPrefix, 11);
    const object = JSON.parse((objects.get(key) ?? Buffer.alloc(0)).toString());
    object.checkpoint.count = 9;
    await stack.store.put(key, Buffer.from(JSON.stringify(object)));
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 11,
      reason: "checkpoint_signature_invalid",
      checked: 30,
    });
  });

  it("finds a checkpoint file replaced by garbage", async () => {
    await stack.store.put(checkpointObjectKey(stack.keyPrefix, 21), Buffer.from("not a checkpoint"));
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 21,
      reason: "checkpoint_unreadable",
      checked: 30,
    });
  });

  it("finds a checkpoint file removed from the object store, and one removed from both places", async () => {
    await stack.store.delete(checkpointObjectKey(stack.keyPrefix, 21));
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 21,
      reason: "checkpoint_missing",
      checked: 30,
    });
    await asOwnerWithoutTriggers("DELETE FROM cordon.audit_checkpoints WHERE last_sequence = 21");
    assert.deepEqual(await verify(), {
      ok: false,
      firstBadSequence: 30,
      reason: "checkpoint_chain_broken",
      checked: 30,
    });
  });

  it("counts a failed verification as an alert", async () => {
    await tamperAsOwner(
      stack.admin,
      "UPDATE cordon.audit_records SET action = 'export.download' WHERE sequence = 3",
    );
    assert.equal((await verify()).ok, false);
    const metric = await registry.getSingleMetricAsString("cordon_audit_alerts_total");
    assert.match(metric, /alert="verify_failed".* [1-9]/);
  });
});
