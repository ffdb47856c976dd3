import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type pg from "pg";
import { type RequestIdentity, withIdentity } from "./identity.ts";
import type { Pool } from "./pool.ts";
import { type LoginDatabase, loginDatabase } from "./testing/login-database.ts";

// Organisation roles see their organisation only; what spans organisations
// belongs to the platform operator, who carries no organisation. Checked as
// the control API's login writing SQL of its own, so only Postgres decides.
describe("organisation scoping in Postgres", () => {
  let logins: LoginDatabase;
  let admin: pg.Client;
  let control: Pool;
  const securityA: RequestIdentity = { orgId: "org-a", principalId: "sec-a", roles: ["security"] };
  const securityB: RequestIdentity = { orgId: "org-b", principalId: "sec-b", roles: ["security"] };
  const operator: RequestIdentity = { principalId: "ops-1", roles: ["platform_operator"] };
  const collectorOfB = randomUUID();

  const append = (identity: RequestIdentity, orgId: string) =>
    withIdentity(control, identity, (client) =>
      client.query(
        `SELECT * FROM cordon.append_audit_record('principal', $1, 'jwt', 'collector.enrol', 'collector', 'c',
           'allowed', NULL, NULL, NULL, 'r', $2, '{}')`,
        [identity.principalId, orgId],
      ),
    );
  const auditOrgsSeenBy = (identity: RequestIdentity) =>
    withIdentity(control, identity, async (client) => {
      const { rows } = await client.query<{ org_id: string }>(
        "SELECT DISTINCT org_id FROM cordon.audit_records ORDER BY org_id",
      );
      return rows.map((row) => row.org_id);
    });
  const insertPause = (identity: RequestIdentity, scope: string, scopeId: string, orgId: string | null) =>
    withIdentity(control, identity, (client) =>
      client.query(
        `INSERT INTO cordon.ingest_pauses (scope, scope_id, org_id, reason, paused_by)
         VALUES ($1, $2, $3, 'test', $4)`,
        [scope, scopeId, orgId, identity.principalId],
      ),
    );

  before(async () => {
    logins = await loginDatabase("org_scoping");
    admin = logins.admin;
    control = logins.pools.control;
    await admin.query(
      `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, secret_hash, enrolled_by)
       VALUES ($1, 'org-b', 'subject-b', 'hmac-sha256$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'seed')`,
      [collectorOfB],
    );
    await append(securityA, "org-a");
    await append(securityB, "org-b");
  });

  after(() => logins?.close());

  it("shows a security officer the access log of their own organisation only", async () => {
    assert.deepEqual(await auditOrgsSeenBy(securityA), ["org-a"]);
    assert.deepEqual(await auditOrgsSeenBy(securityB), ["org-b"]);
  });

  it("shows the platform operator the whole log, but not when the identity also names an organisation", async () => {
    assert.deepEqual(await auditOrgsSeenBy(operator), ["org-a", "org-b"]);
    assert.deepEqual(await auditOrgsSeenBy({ ...operator, orgId: "org-a" }), []);
  });

  it("refuses a security officer the global pause switch; the platform operator may flip it", async () => {
    await assert.rejects(insertPause(securityA, "global", "", null), /row-level security/);
    await insertPause(operator, "global", "", null);
    const removed = await withIdentity(control, securityA, (client) =>
      client.query("DELETE FROM cordon.ingest_pauses WHERE scope = 'global'"),
    );
    assert.equal(removed.rowCount, 0);
    const lifted = await withIdentity(control, operator, (client) =>
      client.query("DELETE FROM cordon.ingest_pauses WHERE scope = 'global'"),
    );
    assert.equal(lifted.rowCount, 1);
  });

  it("refuses an organisation pause whose scope id names another organisation", async () => {
    await assert.rejects(insertPause(securityA, "org", "org-b", "org-a"), /ingest_pauses_org_scope_is_org/);
  });

  it("refuses a collector pause for a collector of another organisation, filed under one's own", async () => {
    await assert.rejects(insertPause(securityA, "collector", collectorOfB, "org-a"), /row-level security/);
    await insertPause(securityB, "collector", collectorOfB, "org-b");
  });

  it("refuses to store an organisation id the lake could not name, whoever writes it", async () => {
    await assert.rejects(
      admin.query(
        `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, secret_hash, enrolled_by)
         VALUES ($1, 'org/../x', 's', 'hmac-sha256$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'seed')`,
        [randomUUID()],
      ),
      /collectors_org_id_shape/,
    );
  });
});
