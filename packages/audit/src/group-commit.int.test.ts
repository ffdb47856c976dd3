import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import { AuditWriteError } from "./append.ts";
import { chainHash, genesisHash } from "./canonical.ts";
import { createAuditLog } from "./log.ts";
import { queryAuditRecords } from "./query.ts";
import type { AuditRecord } from "./record.ts";
import { type AuditTestStack, auditTestStack, sampleInput, securityIdentity } from "./testing/audit-stack.ts";

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
    assertUnbrokenChain(stored);
  });
});
