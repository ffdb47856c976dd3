import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type RequestIdentity, withIdentity } from "@cordon/db";
import { AuditWriteError, appendAuditRecord } from "./append.ts";
import { chainHash, genesisHash } from "./canonical.ts";
import { queryAuditRecords } from "./query.ts";
import type { AuditRecord } from "./record.ts";
import {
  type AuditTestStack,
  appendAsActor,
  auditTestStack,
  platformOperatorIdentity,
  sampleInput,
  securityIdentity,
} from "./testing/audit-stack.ts";

const appendFunction =
  "cordon.append_audit_record(text, text, text, text, text, text, text, text, text, text, text, text, jsonb)";

const appendGroupFunction =
  "cordon.append_audit_records(text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], jsonb[])";

const adminIdentity = { principalId: "admin-1", orgId: "org-a", roles: ["admin"] };

async function allRecords(
  stack: AuditTestStack,
  identity: RequestIdentity = securityIdentity,
): Promise<AuditRecord[]> {
  return withIdentity(stack.pool, identity, async (client) => {
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
    const first = await appendAsActor(stack.pool, sampleInput({ requestId: "chain-1" }));
    const second = await appendAsActor(stack.pool, sampleInput({ requestId: "chain-2" }));
    assert.equal(second.sequence, first.sequence + 1);
    assert.equal(second.prevHash, first.hash);
    assert.ok(second.time >= first.time);
    assertUnbrokenChain(await allRecords(stack));
  });

  it("hashes in the database exactly as the verifier does, for details with quotes, escapes, unicode and mixed key order", async () => {
    const record = await appendAsActor(
      stack.pool,
      sampleInput({
        requestId: 'quote " and \\ backslash',
        detail: { zeta: "ünïcödé ✓ 𝄞", B: true, a: null, aa: -9007199254740991, quote: '"\\/' },
      }),
    );
    // appendAuditRecord throws when the hashes differ; the stored chain must verify too.
    assert.ok(record.sequence > 0);
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
    const next = await appendAsActor(stack.pool, sampleInput({ requestId: "after-rollback" }));
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
          await appendAsActor(stack.pool, sampleInput({ requestId: `w${writer}-${n}` }));
        }
      }),
    );
    const records = await allRecords(stack);
    assert.equal(records.length, before + 1600);
    assertUnbrokenChain(records);
  });

  it("fails the action when the audit table cannot be written, and the action does not happen", async () => {
    await stack.admin.query(`REVOKE EXECUTE ON FUNCTION ${appendFunction} FROM cordon_control`);
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
      await stack.admin.query(`GRANT EXECUTE ON FUNCTION ${appendFunction} TO cordon_control`);
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

  // What the superuser (or anyone who got the owner's rights) could try by
  // inserting rows past the append function: the trigger still checks them.
  interface ForgedRecord {
    sequence: number;
    time: string;
    storedTime?: string;
    prevHash: string;
    hash?: string;
  }
  /** The row's values, hashed as the verifier would unless `hash` is given. */
  const forgedValues = (record: ForgedRecord) => {
    const hashed = {
      sequence: record.sequence,
      time: record.time,
      actor: { type: "principal" as const, id: "mallory", authMethod: "jwt" as const },
      action: "collector.enrol" as const,
      resource: { type: "collector", id: "c" },
      outcome: "allowed" as const,
      requestId: "forged",
      detail: {},
    };
    const hash = record.hash ?? chainHash(Buffer.from(record.prevHash, "hex"), hashed).toString("hex");
    return [record.sequence, record.storedTime ?? record.time, record.time, record.prevHash, hash];
  };
  /** One INSERT statement of all `records`, into the parent table unless `table` names a partition. */
  const insertRowsAsSuperuser = (records: ForgedRecord[], table = "cordon.audit_records") =>
    stack.admin.query(
      `INSERT INTO ${table} (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
         actor_auth, action, resource_type, resource_id, outcome, request_id, prev_hash, hash)
       VALUES ${records
         .map((_, index) => {
           const [sequence, stored, time, prev, hash] = [1, 2, 3, 4, 5].map((n) => `$${5 * index + n}`);
           return `(${sequence}, ${stored}::text::timestamptz, ${time}, 'principal', 'mallory', 'jwt',
             'collector.enrol', 'collector', 'c', 'allowed', 'forged', decode(${prev}, 'hex'), decode(${hash}, 'hex'))`;
         })
         .join(",\n")}`,
      records.flatMap(forgedValues),
    );
  const insertAsSuperuser = (record: ForgedRecord) => insertRowsAsSuperuser([record]);
  /** The newest stored record as the superuser sees it (forged rows carry no organisation). */
  const storedHead = async () => {
    const { rows } = await stack.admin.query<{
      sequence: number;
      hash: string;
      time: string;
      partition: string;
    }>(
      `SELECT sequence::int, encode(hash, 'hex') AS hash, recorded_at_text AS time,
              tableoid::regclass::text AS partition
         FROM cordon.audit_records ORDER BY sequence DESC LIMIT 1`,
    );
    assert.ok(rows[0] !== undefined);
    return rows[0];
  };
  const lastRecord = async () => {
    const [last] = (await allRecords(stack)).slice(-1);
    assert.ok(last !== undefined);
    return last;
  };

  it("refuses, in the database, a record that does not extend the chain head (no fork even without the lock)", async () => {
    const last = await lastRecord();
    const time = new Date().toISOString();
    // A second record after the same predecessor (a fork), and one that skips a sequence.
    await assert.rejects(
      insertAsSuperuser({ sequence: last.sequence, time, prevHash: last.prevHash }),
      /does not extend the chain head/,
    );
    await assert.rejects(
      insertAsSuperuser({ sequence: last.sequence + 2, time, prevHash: last.hash }),
      /does not extend the chain head/,
    );
  });

  it("refuses a record whose stored time differs from the hashed time", async () => {
    const last = await lastRecord();
    await assert.rejects(
      insertAsSuperuser({
        sequence: last.sequence + 1,
        time: new Date().toISOString(),
        storedTime: "2020-01-01T00:00:00.000Z",
        prevHash: last.hash,
      }),
      /differing from the hashed time/,
    );
  });

  it("refuses a record whose hash is not the hash of its content, even from the superuser", async () => {
    const last = await lastRecord();
    await assert.rejects(
      insertAsSuperuser({
        sequence: last.sequence + 1,
        time: new Date().toISOString(),
        prevHash: last.hash,
        hash: "ab".repeat(32),
      }),
      /does not carry the hash of its content/,
    );
  });

  it("refuses a time text that is not an ISO instant, so `infinity` cannot block later appends", async () => {
    const last = await lastRecord();
    await assert.rejects(
      insertAsSuperuser({ sequence: last.sequence + 1, time: "infinity", prevHash: last.hash }),
      /audit_records_time_text_is_iso/,
    );
    // The chain still takes records after the attempt.
    const next = await appendAsActor(stack.pool, sampleInput({ requestId: "after-infinity" }));
    assert.equal(next.sequence, last.sequence + 1);
  });

  it("checks an insert that names a partition as it checks one through the parent", async () => {
    const last = await storedHead();
    const partition = last.partition;
    assert.ok(partition !== "cordon.audit_records");
    // A record that skips a sequence, then one with a false hash; the predecessor's
    // time keeps each inside that partition's month.
    await assert.rejects(
      insertRowsAsSuperuser(
        [{ sequence: last.sequence + 2, time: last.time, prevHash: last.hash }],
        partition,
      ),
      /does not extend the chain head/,
    );
    await assert.rejects(
      insertRowsAsSuperuser(
        [{ sequence: last.sequence + 1, time: last.time, prevHash: last.hash, hash: "cd".repeat(32) }],
        partition,
      ),
      /does not carry the hash of its content/,
    );
    assert.equal((await storedHead()).sequence, last.sequence);
  });

  it("checks every row of a multi-row insert: rows that skip or fork among themselves are refused", async () => {
    const last = await storedHead();
    const time = new Date().toISOString();
    const first = { sequence: last.sequence + 1, time, prevHash: last.hash };
    const [, , , , firstHash] = forgedValues(first);
    assert.ok(typeof firstHash === "string");
    await assert.rejects(
      insertRowsAsSuperuser([first, { sequence: last.sequence + 3, time, prevHash: firstHash }]),
      /does not extend the chain head/,
    );
    await assert.rejects(
      insertRowsAsSuperuser([first, { sequence: last.sequence + 2, time, prevHash: last.hash }]),
      /does not extend the chain head/,
    );
    await assert.rejects(
      insertRowsAsSuperuser([
        first,
        { sequence: last.sequence + 2, time, prevHash: firstHash, hash: "ef".repeat(32) },
      ]),
      /does not carry the hash of its content/,
    );
    // Nothing of the refused statements stayed; a well-chained one moves the head to its last row.
    assert.equal((await storedHead()).sequence, last.sequence);
    await insertRowsAsSuperuser([first, { sequence: last.sequence + 2, time, prevHash: firstHash }]);
    const next = await appendAsActor(stack.pool, sampleInput({ requestId: "after-two-rows" }));
    assert.equal(next.sequence, last.sequence + 3);
    // The forged rows carry no organisation: only the platform operator reads the whole chain.
    assertUnbrokenChain(await allRecords(stack, platformOperatorIdentity));
  });

  it("lets exactly the logins that may append one record append a group", async () => {
    const { rows } = await stack.admin.query<{ login: string; one: boolean; several: boolean }>(
      `SELECT r.rolname AS login,
              has_function_privilege(r.rolname, '${appendFunction}', 'EXECUTE') AS one,
              has_function_privilege(r.rolname, '${appendGroupFunction}', 'EXECUTE') AS several
         FROM pg_roles r
        WHERE r.rolname LIKE 'cordon\\_%' AND r.rolname <> 'cordon_owner'
        ORDER BY 1`,
    );
    assert.ok(rows.some((row) => row.several) && rows.some((row) => !row.several), JSON.stringify(rows));
    for (const row of rows) assert.equal(row.several, row.one, row.login);
  });

  it("refuses a whole group when one of its records breaks the identity rules, and writes none of it", async () => {
    const before = (await allRecords(stack)).length;
    const orgs = ["org-a", "org-b", "org-a"];
    const column = (value: string | null) => orgs.map(() => value);
    await assert.rejects(
      withIdentity(stack.pool, adminIdentity, (client) =>
        client.query(
          `SELECT * FROM cordon.append_audit_records($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
             $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::jsonb[])`,
          [
            column("principal"),
            column("admin-1"),
            column("jwt"),
            column("collector.enrol"),
            column("collector"),
            column("c-1"),
            column("allowed"),
            column(null),
            column(null),
            column(null),
            orgs.map((_, index) => `group-${index}`),
            orgs,
            column("{}"),
          ],
        ),
      ),
      /another organisation/,
    );
    assert.equal((await allRecords(stack)).length, before);
  });

  it("binds the actor to the transaction's principal: nobody records an action as someone else", async () => {
    await assert.rejects(
      withIdentity(stack.pool, adminIdentity, (client) =>
        appendAuditRecord(
          client,
          sampleInput({ actor: { type: "principal", id: "bob", authMethod: "jwt" } }),
        ),
      ),
      (error: unknown) =>
        error instanceof AuditWriteError && /the transaction's principal/.test(String(error.cause)),
    );
    await assert.rejects(
      withIdentity(stack.pool, adminIdentity, (client) =>
        appendAuditRecord(
          client,
          sampleInput({ actor: { type: "service", id: "cordon-x", authMethod: "service" } }),
        ),
      ),
      (error: unknown) => error instanceof AuditWriteError && /records as itself/.test(String(error.cause)),
    );
    await assert.rejects(
      withIdentity(stack.pool, adminIdentity, (client) =>
        appendAuditRecord(
          client,
          sampleInput({ actor: { type: "collector", id: "c-1", authMethod: "collector_token" } }),
        ),
      ),
      (error: unknown) => error instanceof AuditWriteError && /by the gateway/.test(String(error.cause)),
    );
  });

  it("refuses a record of another organisation than the transaction's", async () => {
    await assert.rejects(
      withIdentity(stack.pool, adminIdentity, (client) =>
        appendAuditRecord(client, sampleInput({ orgId: "org-b" })),
      ),
      (error: unknown) =>
        error instanceof AuditWriteError && /another organisation/.test(String(error.cause)),
    );
  });

  it("lets the audit writer record refusals of other callers, and nothing else", async () => {
    const refusal = sampleInput({ action: "auth.denied", outcome: "denied", reason: "forbidden" });
    const recorded = await appendAuditRecord(stack.pool, refusal);
    assert.equal(recorded.outcome, "denied");
    await assert.rejects(
      appendAuditRecord(stack.pool, sampleInput()),
      (error: unknown) => error instanceof AuditWriteError && /refusals only/.test(String(error.cause)),
    );
  });
});
