import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import { AuditWriteError, appendAuditRecord } from "./append.ts";
import { chainHash, genesisHash } from "./canonical.ts";
import { queryAuditRecords } from "./query.ts";
import type { AuditRecord } from "./record.ts";
import { type AuditTestStack, auditTestStack, sampleInput, securityIdentity } from "./testing/audit-stack.ts";

const adminIdentity = { principalId: "admin-1", orgId: "org-a", roles: ["admin"] };

async function allRecords(stack: AuditTestStack): Promise<AuditRecord[]> {
  return withIdentity(stack.pool, securityIdentity, async (client) => {
    const page = await queryAuditRecords(client, {}, { limit: 100_000, order: "asc" });
    return page.records;
  });
}

/** Sequences 1..n without a hole, each record chained to the one before. */
function assertUnbrokenChain(records: AuditRecord[]) {
  let previous = genesisHash;
  records.forEach((record, index) => {
    assert.equal(record.sequence, index + 1);
    assert.equal(record.prevHash, previous.toString("hex"), `prev hash of ${record.sequence}`);
    const recomputed = chainHash(previous, record);
    assert.equal(record.hash, recomputed.toString("hex"), `hash of ${record.sequence}`);
    previous = recomputed;
  });
}

describe("appending to the access log", () => {
  let stack: AuditTestStack;
  before(async () => {
    stack = await auditTestStack("audit_append", { poolSize: 20 });
  });
  after(() => stack?.close());

  it("chains each record to the previous one with consecutive sequences and never-decreasing times", async () => {
    const first = await appendAuditRecord(stack.pool, sampleInput({ requestId: "chain-1" }));
    // A clock behind the previous record's time must not make time go backwards.
    const second = await appendAuditRecord(stack.pool, sampleInput({ requestId: "chain-2" }), {
      now: () => 0,
    });
    assert.equal(second.sequence, first.sequence + 1);
    assert.equal(second.prevHash, first.hash);
    assert.ok(second.time >= first.time);
    assertUnbrokenChain(await allRecords(stack));
  });

  it("commits the record with the action in the caller's transaction", async () => {
    const before = (await allRecords(stack)).length;
    const appended = await withIdentity(stack.pool, adminIdentity, async (client) => {
      await client.query(
        `INSERT INTO cordon.subjects (org_id, subject_id, opted_out, consent_changed_by)
         VALUES ('org-a', 'emp-commit', true, 'admin-1')`,
      );
      return appendAuditRecord(
        client,
        sampleInput({ action: "consent.change", resource: { type: "subject", id: "emp-commit" } }),
      );
    });
    const records = await allRecords(stack);
    assert.equal(records.length, before + 1);
    assert.deepEqual(records.at(-1), appended);
  });

  it("leaves no hole and no fork when the caller's transaction rolls back after appending", async () => {
    const before = await allRecords(stack);
    await assert.rejects(
      withIdentity(stack.pool, adminIdentity, async (client) => {
        await appendAuditRecord(client, sampleInput({ requestId: "rolled-back" }));
        throw new Error("the action failed after its record was written");
      }),
      /the action failed/,
    );
    const next = await appendAuditRecord(stack.pool, sampleInput({ requestId: "after-rollback" }));
    assert.equal(next.sequence, before.length + 1);
    const records = await allRecords(stack);
    assert.ok(!records.some((record) => record.requestId === "rolled-back"));
    assertUnbrokenChain(records);
  });

  it("leaves an unbroken chain when 8 writers append 200 records each at the same time", async () => {
    const before = (await allRecords(stack)).length;
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let n = 0; n < 200; n++) {
          await appendAuditRecord(stack.pool, sampleInput({ requestId: `w${writer}-${n}` }));
        }
      }),
    );
    const records = await allRecords(stack);
    assert.equal(records.length, before + 1600);
    assertUnbrokenChain(records);
  });

  it("fails the action when the audit table cannot be written, and the action does not happen", async () => {
    await stack.admin.query("REVOKE INSERT ON cordon.audit_records FROM cordon_app");
    try {
      await assert.rejects(
        withIdentity(stack.pool, adminIdentity, async (client) => {
          await client.query(
            `INSERT INTO cordon.subjects (org_id, subject_id, opted_out, consent_changed_by)
             VALUES ('org-a', 'emp-unaudited', true, 'admin-1')`,
          );
          await appendAuditRecord(client, sampleInput({ action: "consent.change" }));
        }),
        (error: unknown) => error instanceof AuditWriteError && /permission denied/.test(String(error.cause)),
      );
    } finally {
      await stack.admin.query("GRANT INSERT ON cordon.audit_records TO cordon_app");
    }
    const { rows } = await stack.admin.query(
      "SELECT 1 FROM cordon.subjects WHERE subject_id = 'emp-unaudited'",
    );
    assert.equal(rows.length, 0);
  });

  it("refuses to append in a transaction that carries no identity", async () => {
    const client = await stack.pool.connect();
    try {
      await client.query("BEGIN");
      await assert.rejects(appendAuditRecord(client, sampleInput()), AuditWriteError);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });

  it("refuses, in the database, a record that does not extend the chain head (no fork even without the lock)", async () => {
    const [last] = (await allRecords(stack)).slice(-1);
    assert.ok(last !== undefined);
    const insert = (sequence: number, prevHash: string) =>
      withIdentity(stack.pool, adminIdentity, (client) =>
        client.query(
          `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
             actor_auth, action, resource_type, resource_id, outcome, request_id, prev_hash, hash)
           VALUES ($1, $2::text::timestamptz, $2::text, 'principal', 'mallory', 'jwt', 'collector.enrol', 'collector', 'c', 'allowed',
             'forged', decode($3, 'hex'), decode(repeat('ab', 32), 'hex'))`,
          [sequence, new Date().toISOString(), prevHash],
        ),
      );
    // A second record after the same predecessor (a fork), and one that skips a sequence.
    await assert.rejects(insert(last.sequence, last.prevHash), /does not extend the chain head/);
    await assert.rejects(insert(last.sequence + 2, last.hash), /does not extend the chain head/);
  });

  it("refuses a record whose stored time differs from the hashed time", async () => {
    const [last] = (await allRecords(stack)).slice(-1);
    assert.ok(last !== undefined);
    await assert.rejects(
      withIdentity(stack.pool, adminIdentity, (client) =>
        client.query(
          `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
             actor_auth, action, resource_type, resource_id, outcome, request_id, prev_hash, hash)
           VALUES ($1, '2020-01-01T00:00:00Z', $2, 'principal', 'mallory', 'jwt', 'collector.enrol',
             'collector', 'c', 'allowed', 'forged', decode($3, 'hex'), decode(repeat('ab', 32), 'hex'))`,
          [last.sequence + 1, new Date().toISOString(), last.hash],
        ),
      ),
      /differing from the hashed time/,
    );
  });
});
