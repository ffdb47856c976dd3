import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import { AuditWriteError } from "./append.ts";
import { chainHash, genesisHash } from "./canonical.ts";
import { createAuditLog } from "./log.ts";
import { queryAuditRecords } from "./query.ts";
import type { AuditRecord } from "./record.ts";
import {
  type AuditTestStack,
  auditTestStack,
  platformOperatorIdentity,
  sampleInput,
  securityIdentity,
} from "./testing/audit-stack.ts";
import { verifyAuditChain } from "./verify.ts";

const adminIdentity = { principalId: "admin-1", orgId: "org-a", roles: ["admin"] };

async function storedChain(stack: AuditTestStack): Promise<AuditRecord[]> {
  return withIdentity(stack.pool, securityIdentity, async (client) => {
    const page = await queryAuditRecords(client, {}, { limit: 100_000, order: "asc" });
    return page.records;
  });
}

function assertUnbrokenChain(records: AuditRecord[]) {
  let previous = genesisHash;
  records.forEach((record, index) => {
    assert.equal(record.sequence, index + 1);
    assert.equal(record.prevHash, previous.toString("hex"), `prev hash of ${record.sequence}`);
    previous = chainHash(previous, record);
    assert.equal(record.hash, previous.toString("hex"), `hash of ${record.sequence}`);
  });
}

describe("group commit of appends without a transaction of their own", () => {
  let stack: AuditTestStack;
  before(async () => {
    stack = await auditTestStack("audit_group", { poolSize: 10 });
  });
  after(() => stack?.close());

  it("appends made while a group commits form the next group, and the chain is the one separate appends would make", async () => {
    const groups: number[] = [];
    const log = createAuditLog({
      pool: stack.pool,
      identity: adminIdentity,
      onGroupCommitted: (records) => groups.push(records),
    });
    const before = (await storedChain(stack)).length;
    const appended = await Promise.all(
      Array.from({ length: 200 }, (_, index) => log.append(sampleInput({ requestId: `group-${index}` }))),
    );
    assert.equal(
      groups.reduce((sum, size) => sum + size, 0),
      200,
    );
    assert.ok(groups.length < 200 && Math.max(...groups) > 1, `groups of ${groups.join(", ")}`);
    // Each caller got its own record, in the order the appends were made.
    appended.forEach((record, index) => {
      assert.equal(record.requestId, `group-${index}`);
      if (index > 0) assert.equal(record.sequence, (appended[index - 1]?.sequence ?? 0) + 1);
    });
    const stored = await storedChain(stack);
    assert.equal(stored.length, before + 200);
    assertUnbrokenChain(stored);
    assert.deepEqual(
      stored.slice(before).map((record) => record.hash),
      appended.map((record) => record.hash),
    );
  });

  it("a record the database refuses fails only its own append, never the rest of its group", async () => {
    const log = createAuditLog({ pool: stack.pool, identity: adminIdentity });
    const before = (await storedChain(stack)).length;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, index) =>
        log.append(
          // An admin of org-a may not write a record of org-b: the database refuses that one.
          sampleInput({ requestId: `mixed-${index}`, orgId: index === 17 ? "org-b" : "org-a" }),
        ),
      ),
    );
    const refused = outcomes.flatMap((outcome, index) => (outcome.status === "rejected" ? [index] : []));
    assert.deepEqual(refused, [17]);
    const failure = outcomes[17];
    assert.ok(failure?.status === "rejected" && failure.reason instanceof AuditWriteError);
    const stored = await storedChain(stack);
    assert.equal(stored.length, before + 29);
    assert.ok(!stored.some((record) => record.requestId === "mixed-17"));
    // Every other record landed exactly once, in the order the appends were made.
    assert.deepEqual(
      stored.slice(before).map((record) => record.requestId),
      outcomes.flatMap((outcome, index) => (outcome.status === "fulfilled" ? [`mixed-${index}`] : [])),
    );
    assertUnbrokenChain(stored);
  });

  it("16 writers appending in a loop get each their own record, stored once, in each writer's order, on one chain", async () => {
    const groups: number[] = [];
    const log = createAuditLog({
      pool: stack.pool,
      identity: adminIdentity,
      onGroupCommitted: (records) => groups.push(records),
    });
    const before = (await storedChain(stack)).length;
    const returned = await Promise.all(
      Array.from({ length: 16 }, async (_, writer) => {
        const records: AuditRecord[] = [];
        for (let n = 0; n < 40; n++)
          records.push(await log.append(sampleInput({ requestId: `w${writer}-${n}` })));
        return records;
      }),
    );
    for (const records of returned) {
      records.forEach((record, n) => {
        if (n > 0) assert.ok(record.sequence > (records[n - 1]?.sequence ?? 0), record.requestId);
      });
    }
    const stored = (await storedChain(stack)).slice(before);
    assert.equal(stored.length, 16 * 40);
    assert.equal(new Set(stored.map((record) => record.requestId)).size, 16 * 40);
    const bySequence = new Map(stored.map((record) => [record.sequence, record]));
    for (const record of returned.flat()) {
      assert.deepEqual(bySequence.get(record.sequence), record, `record ${record.sequence}`);
    }
    assert.ok(Math.max(...groups) > 1, `groups of ${groups.join(", ")}`);
    assertUnbrokenChain(await storedChain(stack));
    const verdict = await withIdentity(stack.pool, platformOperatorIdentity, (client) =>
      verifyAuditChain(client, { keys: stack.keys, store: stack.store, keyPrefix: stack.keyPrefix }),
    );
    assert.equal(verdict.ok, true, JSON.stringify(verdict));
  });

  describe("when a group's commit fails", () => {
    // A deferred check that refuses, at COMMIT, a transaction holding a marked record:
    // the append statement succeeds, the commit does not.
    before(async () => {
      await stack.admin.query(`
        CREATE FUNCTION public.refuse_marked_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.request_id LIKE 'refused-at-commit%' THEN
            IF NEW.request_id LIKE '%-slow' THEN PERFORM pg_sleep(30); END IF;
            RAISE EXCEPTION 'the test refuses this commit';
          END IF;
          RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER refuse_marked_commit AFTER INSERT ON cordon.audit_records
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.refuse_marked_commit();`);
    });
    after(async () => {
      await stack.admin.query(`
        DROP TRIGGER refuse_marked_commit ON cordon.audit_records;
        DROP FUNCTION public.refuse_marked_commit();`);
    });

    /** Callers that were told their record was written, and callers whose record is stored: the same. */
    async function assertNoFalseSuccess(requestIds: string[], outcomes: PromiseSettledResult<AuditRecord>[]) {
      const stored = await storedChain(stack);
      const storedIds = stored.map((record) => record.requestId);
      requestIds.forEach((requestId, index) => {
        const outcome = outcomes[index];
        const copies = storedIds.filter((id) => id === requestId).length;
        if (outcome?.status === "fulfilled") assert.equal(copies, 1, `${requestId} was told it landed`);
        else {
          assert.ok(outcome?.reason instanceof AuditWriteError, `${requestId}: ${String(outcome?.reason)}`);
          assert.equal(copies, 0, `${requestId} failed but is stored`);
        }
      });
      assertUnbrokenChain(stored);
    }

    it("fails every caller of the group and writes none of its records; the log goes on", async () => {
      const groups: number[] = [];
      const log = createAuditLog({
        pool: stack.pool,
        identity: adminIdentity,
        onGroupCommitted: (records) => groups.push(records),
      });
      const head = (await storedChain(stack)).at(-1);
      // Made in one turn of the event loop, so they form one group.
      const requestIds = Array.from({ length: 12 }, (_, index) =>
        index === 5 ? "refused-at-commit" : `commit-group-${index}`,
      );
      const outcomes = await Promise.allSettled(
        requestIds.map((requestId) => log.append(sampleInput({ requestId }))),
      );
      assert.deepEqual(
        outcomes.map((outcome) => outcome.status),
        requestIds.map(() => "rejected"),
      );
      assert.deepEqual(groups, []);
      await assertNoFalseSuccess(requestIds, outcomes);
      const next = await log.append(sampleInput({ requestId: "after-refused-commit" }));
      assert.equal(next.sequence, (head?.sequence ?? 0) + 1);
      assert.equal(next.prevHash, head?.hash);
    });

    it("fails every caller of a group whose connection is lost during COMMIT, and retries none (it might have landed)", async () => {
      const log = createAuditLog({ pool: stack.pool, identity: adminIdentity });
      const requestIds = Array.from({ length: 6 }, (_, index) =>
        index === 2 ? "refused-at-commit-slow" : `lost-group-${index}`,
      );
      const settled = Promise.allSettled(
        requestIds.map((requestId) => log.append(sampleInput({ requestId }))),
      );
      // The commit waits in the deferred check; end its connection there.
      let ended = false;
      for (let attempt = 0; attempt < 200 && !ended; attempt++) {
        const { rows } = await stack.admin.query<{ ended: boolean }>(
          `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'COMMIT' AND wait_event = 'PgSleep'`,
        );
        ended = rows.some((row) => row.ended);
        if (!ended) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.ok(ended, "the committing connection was found");
      const outcomes = await settled;
      assert.deepEqual(
        outcomes.map((outcome) => outcome.status),
        requestIds.map(() => "rejected"),
      );
      await assertNoFalseSuccess(requestIds, outcomes);
      const next = await log.append(sampleInput({ requestId: "after-lost-commit" }));
      assert.equal(next.requestId, "after-lost-commit");
    });
  });
});
