import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BatchedIdentityWrites } from "./batched-writes.ts";
import { withIdentity } from "./identity.ts";
import type { Pool } from "./pool.ts";
import { type ProbeDatabase, probeDatabase } from "./testing/probe-database.ts";

// Org-scoped rows behind forced RLS; `who` records the settings a write ran under.
const probeTable = `
  SET ROLE cordon_owner;
  CREATE TABLE cordon.batched_probe (org_id text NOT NULL, note text NOT NULL UNIQUE, who text NOT NULL);
  ALTER TABLE cordon.batched_probe ENABLE ROW LEVEL SECURITY;
  ALTER TABLE cordon.batched_probe FORCE ROW LEVEL SECURITY;
  CREATE POLICY batched_probe_same_org ON cordon.batched_probe USING (org_id = cordon.current_org_id());
  GRANT SELECT, INSERT ON cordon.batched_probe TO cordon_control;
  RESET ROLE;
`;

const insertAs =
  (orgId: string, note: string) =>
  (literal: (value: string) => string): string =>
    `INSERT INTO cordon.batched_probe
       VALUES (${literal(orgId)}, ${literal(note)},
               current_setting('cordon.principal_id') || ' ' || current_setting('cordon.roles'))
     ON CONFLICT (note) DO NOTHING`;

describe("batched identity writes", () => {
  let probe: ProbeDatabase;
  let app: Pool;

  before(async () => {
    // One connection, so writes queue behind each other and share round trips.
    probe = await probeDatabase("batched_writes", probeTable);
    app = probe.app;
  });

  after(() => probe?.close());

  async function rowsOf(orgId: string): Promise<{ note: string; who: string }[]> {
    return withIdentity(app, { orgId }, async (client) => {
      const { rows } = await client.query<{ note: string; who: string }>(
        "SELECT note, who FROM cordon.batched_probe ORDER BY note",
      );
      return rows;
    });
  }

  it("runs each write under its own identity, with its own row count", async () => {
    const writes = new BatchedIdentityWrites(app, { maxRoundTripsInFlight: 1 });
    const counts = await Promise.all([
      writes.write({ orgId: "org-a", principalId: "alice", roles: ["gateway"] }, insertAs("org-a", "a1")),
      writes.write(
        { orgId: "org-b", principalId: "bob", roles: ["admin", "security"] },
        insertAs("org-b", "b1"),
      ),
      writes.write({ orgId: "org-a", principalId: "alice", roles: ["gateway"] }, insertAs("org-a", "a1")),
    ]);
    assert.deepEqual(counts, [1, 1, 0]);
    assert.deepEqual(await rowsOf("org-a"), [{ note: "a1", who: 'alice {"gateway"}' }]);
    assert.deepEqual(await rowsOf("org-b"), [{ note: "b1", who: 'bob {"admin","security"}' }]);
  });

  it("refuses a write for another organisation without failing the writes sent with it", async () => {
    const writes = new BatchedIdentityWrites(app, { maxRoundTripsInFlight: 1 });
    const [own, smuggled, other] = await Promise.allSettled([
      writes.write({ orgId: "org-a" }, insertAs("org-a", "a2")),
      writes.write({ orgId: "org-a" }, insertAs("org-b", "smuggled")),
      writes.write({ orgId: "org-b" }, insertAs("org-b", "b2")),
    ]);
    assert.deepEqual(own, { status: "fulfilled", value: 1 });
    assert.equal(smuggled?.status, "rejected");
    assert.match(String((smuggled as PromiseRejectedResult).reason), /row-level security/);
    assert.deepEqual(other, { status: "fulfilled", value: 1 });
    assert.deepEqual(
      (await rowsOf("org-b")).map((row) => row.note),
      ["b1", "b2"],
    );
  });

  it("quotes a value so it cannot end the literal and run its own statement", async () => {
    const writes = new BatchedIdentityWrites(app);
    const hostile = "x'); DELETE FROM cordon.batched_probe; --";
    assert.equal(await writes.write({ orgId: "org-c", principalId: hostile }, insertAs("org-c", hostile)), 1);
    assert.deepEqual(await rowsOf("org-c"), [{ note: hostile, who: `${hostile} ` }]);
    assert.ok((await rowsOf("org-a")).length > 0);
  });

  it("leaves no identity on the pooled connection afterwards", async () => {
    const writes = new BatchedIdentityWrites(app);
    await writes.write({ orgId: "org-a" }, insertAs("org-a", "a3"));
    const { rows } = await app.query("SELECT * FROM cordon.batched_probe");
    assert.equal(rows.length, 0);
  });
});
