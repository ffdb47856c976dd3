import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type pg from "pg";
import { withIdentity } from "./identity.ts";
import type { Pool } from "./pool.ts";
import { type ProbeDatabase, probeDatabase } from "./testing/probe-database.ts";

// A table shaped like the ones later issues add: org-scoped rows behind
// ENABLE + FORCE ROW LEVEL SECURITY, owned by cordon_owner.
const probeTable = `
  SET ROLE cordon_owner;
  CREATE TABLE cordon.probe (org_id text NOT NULL, note text NOT NULL);
  ALTER TABLE cordon.probe ENABLE ROW LEVEL SECURITY;
  ALTER TABLE cordon.probe FORCE ROW LEVEL SECURITY;
  CREATE POLICY probe_same_org ON cordon.probe USING (org_id = cordon.current_org_id());
  GRANT SELECT, INSERT ON cordon.probe TO cordon_control;
  RESET ROLE;
  INSERT INTO cordon.probe VALUES ('org-a', 'a1'), ('org-a', 'a2'), ('org-b', 'b1');
`;

describe("row-level security as a service login", () => {
  let probe: ProbeDatabase;
  let admin: pg.Client;
  let app: Pool;

  before(async () => {
    probe = await probeDatabase("rls", probeTable);
    ({ admin, app } = probe);
  });

  after(() => probe?.close());

  it("returns no rows when no identity is set", async () => {
    const { rows } = await app.query("SELECT * FROM cordon.probe");
    assert.equal(rows.length, 0);
  });

  it("returns only the rows of the organisation set for the transaction", async () => {
    const notes = await withIdentity(app, { orgId: "org-a" }, async (client) => {
      const { rows } = await client.query<{ note: string }>("SELECT note FROM cordon.probe ORDER BY note");
      return rows.map((row) => row.note);
    });
    assert.deepEqual(notes, ["a1", "a2"]);
  });

  it("does not carry an identity over to the next use of a pooled connection", async () => {
    await withIdentity(app, { orgId: "org-b" }, (client) => client.query("SELECT 1"));
    const { rows } = await app.query("SELECT * FROM cordon.probe");
    assert.equal(rows.length, 0);
  });

  it("refuses to insert a row for another organisation", async () => {
    await assert.rejects(
      withIdentity(app, { orgId: "org-a" }, (client) =>
        client.query("INSERT INTO cordon.probe VALUES ('org-b', 'smuggled')"),
      ),
      /row-level security/,
    );
  });

  it("cannot switch row-level security off, because a service login owns nothing", async () => {
    await assert.rejects(app.query("ALTER TABLE cordon.probe DISABLE ROW LEVEL SECURITY"), /must be owner/);
    await assert.rejects(app.query("ALTER TABLE cordon.probe NO FORCE ROW LEVEL SECURITY"), /must be owner/);
  });

  it("cannot assume the owner role or bypass RLS", async () => {
    await assert.rejects(app.query("SET ROLE cordon_owner"), /permission denied/);
    const { rows } = await admin.query<{ rolbypassrls: boolean; rolsuper: boolean; rolinherit: boolean }>(
      "SELECT rolbypassrls, rolsuper, rolinherit FROM pg_roles WHERE rolname = 'cordon_control'",
    );
    assert.deepEqual(rows, [{ rolbypassrls: false, rolsuper: false, rolinherit: false }]);
  });

  it("has every table of schema cordon owned by cordon_owner, with RLS forced", async () => {
    const { rows } = await admin.query<{ relname: string; owner: string; forced: boolean }>(
      `SELECT c.relname, pg_get_userbyid(c.relowner) AS owner, c.relforcerowsecurity AS forced
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'cordon' AND c.relkind IN ('r', 'p')`,
    );
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.equal(row.owner, "cordon_owner", `${row.relname} is owned by ${row.owner}`);
      assert.equal(row.forced, true, `${row.relname} does not FORCE ROW LEVEL SECURITY`);
    }
  });
});
