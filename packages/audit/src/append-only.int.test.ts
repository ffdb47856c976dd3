import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import {
  type AuditTestStack,
  appendAsActor,
  auditTestStack,
  sampleInput,
  securityIdentity,
} from "./testing/audit-stack.ts";

describe("the audit tables are append-only and readable by security only", () => {
  let stack: AuditTestStack;
  before(async () => {
    stack = await auditTestStack("audit_append_only");
    for (let n = 0; n < 3; n++) await appendAsActor(stack.pool, sampleInput({ requestId: `r${n}` }));
  });
  after(() => stack?.close());

  for (const identity of [securityIdentity, { principalId: "admin-1", orgId: "org-a", roles: ["admin"] }]) {
    it(`refuses UPDATE, DELETE and TRUNCATE of records to the control API's login (roles ${identity.roles})`, async () => {
      for (const sql of [
        "UPDATE cordon.audit_records SET actor_id = 'someone-else'",
        "DELETE FROM cordon.audit_records",
        "TRUNCATE cordon.audit_records",
        "UPDATE cordon.audit_chain_head SET last_sequence = 0",
        "DELETE FROM cordon.audit_checkpoints",
      ]) {
        await assert.rejects(
          withIdentity(stack.pool, identity, (client) => client.query(sql)),
          /permission denied/,
          sql,
        );
      }
    });
  }

  it("refuses UPDATE, DELETE and TRUNCATE even to the owner role and the superuser, through the parent and a partition", async () => {
    const { rows } = await stack.admin.query<{ partition: string }>(
      `SELECT inhrelid::regclass::text AS partition FROM pg_inherits
        WHERE inhparent = 'cordon.audit_records'::regclass ORDER BY 1 LIMIT 1`,
    );
    const partition = rows[0]?.partition;
    assert.ok(partition !== undefined);
    const statements = [
      "UPDATE cordon.audit_records SET actor_id = 'someone-else'",
      `UPDATE ${partition} SET actor_id = 'someone-else'`,
      "DELETE FROM cordon.audit_records",
      "TRUNCATE cordon.audit_records",
      `TRUNCATE ${partition}`,
      "TRUNCATE cordon.audit_records_default",
      "DELETE FROM cordon.audit_chain_head",
      "TRUNCATE cordon.audit_checkpoints",
    ];
    for (const role of ["cordon_owner", "the superuser"]) {
      for (const sql of statements) {
        await stack.admin.query("BEGIN");
        try {
          if (role === "cordon_owner") {
            await stack.admin.query("SET LOCAL ROLE cordon_owner");
            await stack.admin.query("SELECT set_config('cordon.roles', '{security}', true)");
          }
          // The trigger refuses; for the owner, forced row-level security (no UPDATE or
          // DELETE policy on records) may already have left no row to change.
          const outcome = await stack.admin.query(sql).then(
            (result) => `changed ${result.rowCount ?? 0} rows`,
            (error: Error) => error.message,
          );
          assert.match(outcome, /append-only|changed 0 rows/, `${sql} as ${role}`);
        } finally {
          await stack.admin.query("ROLLBACK");
        }
      }
    }
    const { rows: count } = await stack.admin.query("SELECT count(*)::int AS n FROM cordon.audit_records");
    assert.equal(count[0]?.n, 3);
  });

  it("has the superuser refused by the trigger itself, not only by row-level security", async () => {
    await assert.rejects(stack.admin.query("UPDATE cordon.audit_records SET actor_id = 'x'"), /append-only/);
    await assert.rejects(stack.admin.query("DELETE FROM cordon.audit_records"), /append-only/);
    await assert.rejects(stack.admin.query("TRUNCATE cordon.audit_records"), /append-only/);
  });

  it("shows records to the security role only", async () => {
    const read = (identity: { roles: string[]; principalId?: string; orgId?: string }) =>
      withIdentity(
        stack.pool,
        identity,
        async (client) => (await client.query("SELECT 1 FROM cordon.audit_records")).rowCount,
      );
    assert.equal(await read(securityIdentity), 3);
    for (const roles of [
      ["admin"],
      ["steward"],
      ["ml_engineer"],
      ["subject"],
      ["gateway"],
      ["audit_writer"],
      [],
    ]) {
      assert.equal(await read({ principalId: "p", orgId: "org-a", roles }), 0, `roles ${roles}`);
    }
  });

  it("gives the control API's login SELECT on the records and no other login anything: appends go through the function", async () => {
    const { rows } = await stack.admin.query<{ grantee: string; privilege_type: string }>(
      `SELECT grantee, privilege_type FROM information_schema.role_table_grants
        WHERE grantee LIKE 'cordon\\_%' AND grantee <> 'cordon_owner'
          AND table_schema = 'cordon' AND table_name = 'audit_records'
        ORDER BY 1, 2`,
    );
    assert.deepEqual(
      rows.map((row) => `${row.grantee} ${row.privilege_type}`),
      ["cordon_control SELECT"],
    );
  });
});
