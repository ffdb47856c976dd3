import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { type ServiceLogin, serviceLogins } from "@cordon/stack-settings";
import pg from "pg";
import { withIdentity } from "./identity.ts";
import { assertSchemaCurrent, expectedMigrations, SchemaBehindError } from "./schema-version.ts";
import { type LoginDatabase, loginDatabase } from "./testing/login-database.ts";

// What each service's own login may not do, whatever identity it sets for its
// transactions: identity settings narrow a login's reach, never widen it.
describe("service database logins", () => {
  let logins: LoginDatabase;
  let db: LoginDatabase["db"];
  let admin: pg.Client;
  let pools: LoginDatabase["pools"];
  const orgB = "org-b";
  const collectorOfB = randomUUID();

  before(async () => {
    logins = await loginDatabase("logins");
    ({ db, admin, pools } = logins);
    await admin.query(
      `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, secret_hash, enrolled_by)
       VALUES ($1, $2, 'subject-b', 'hmac-sha256$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'seed')`,
      [collectorOfB, orgB],
    );
  });

  after(() => logins?.close());

  it("gives every login no superuser, no BYPASSRLS, no role creation and no membership of the owner", async () => {
    const { rows } = await admin.query<{ rolname: string; escalates: boolean; owner_member: boolean }>(
      `SELECT rolname, rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb OR rolinherit AS escalates,
              pg_has_role(rolname, 'cordon_owner', 'MEMBER') AS owner_member
         FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname`,
      [Object.values(serviceLogins).map((login) => login.role)],
    );
    assert.equal(rows.length, 5);
    for (const row of rows) {
      assert.equal(row.escalates, false, `${row.rolname} has an escalating attribute`);
      assert.equal(row.owner_member, false, `${row.rolname} may act as cordon_owner`);
    }
  });

  it("refuses every login the owner role, DDL on the tables, and running migrations", async () => {
    for (const login of Object.keys(serviceLogins) as ServiceLogin[]) {
      const pool = pools[login];
      await assert.rejects(pool.query("SET ROLE cordon_owner"), /permission denied/, login);
      await assert.rejects(
        pool.query("ALTER TABLE cordon.collectors DISABLE ROW LEVEL SECURITY"),
        /must be owner/,
        login,
      );
      await assert.rejects(
        pool.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER USER"),
        /must be owner/,
        login,
      );
      await assert.rejects(pool.query("CREATE TABLE cordon.smuggled (x int)"), /permission denied/, login);
      await assert.rejects(pool.query("CREATE TABLE public.smuggled (x int)"), /permission denied/, login);
      await assert.rejects(
        pool.query("INSERT INTO public.pgmigrations (name, run_on) VALUES ('9999_evil', now())"),
        /permission denied/,
        login,
      );
    }
  });

  it("lets the retired shared login cordon_app connect no more", async () => {
    const url = new URL(db.urls.control);
    url.username = "cordon_app";
    const client = new pg.Client({ connectionString: url.toString() });
    await assert.rejects(client.connect(), /password authentication failed|not permitted to log in/);
  });

  it("keeps a gateway that claims security or admin out of the control API's tables", async () => {
    const staff = { orgId: orgB, principalId: "mallory", roles: ["security", "admin"] };
    await assert.rejects(
      withIdentity(pools.gateway, staff, (client) =>
        client.query(
          `INSERT INTO cordon.ingest_pauses (scope, scope_id, org_id, reason, paused_by)
           VALUES ('org', $1, $1, 'x', 'mallory')`,
          [orgB],
        ),
      ),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(pools.gateway, staff, (client) =>
        client.query("UPDATE cordon.collectors SET revoked_at = now(), revoked_by = 'mallory'"),
      ),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(pools.gateway, staff, (client) => client.query("SELECT * FROM cordon.audit_records")),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(pools.gateway, { roles: ["pipeline"] }, (client) =>
        client.query("SELECT * FROM cordon.subject_keys"),
      ),
      /permission denied/,
    );
  });

  it("lets the gateway read enrolments but never write them, and reads no label or enrolling person", async () => {
    const gateway = { principalId: "cordon-gateway", roles: ["gateway"] };
    const seen = await withIdentity(pools.gateway, gateway, async (client) => {
      const { rows } = await client.query("SELECT org_id FROM cordon.collectors WHERE collector_id = $1", [
        collectorOfB,
      ]);
      return rows.length;
    });
    assert.equal(seen, 1);
    await assert.rejects(
      withIdentity(pools.gateway, gateway, (client) =>
        client.query("SELECT label, enrolled_by FROM cordon.collectors"),
      ),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(pools.gateway, gateway, (client) =>
        client.query(
          `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, secret_hash, enrolled_by)
           VALUES ($1, 'org-a', 's', 'h', 'gateway')`,
          [randomUUID()],
        ),
      ),
      /permission denied/,
    );
  });

  it("keeps the control API from reading collector secret hashes and from the lake catalog", async () => {
    const admin = { orgId: orgB, principalId: "alice", roles: ["admin", "security"] };
    await assert.rejects(
      withIdentity(pools.control, admin, (client) =>
        client.query("SELECT secret_hash FROM cordon.collectors"),
      ),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(pools.control, { roles: ["pipeline"] }, (client) =>
        client.query("SELECT * FROM cordon.consumer_offsets"),
      ),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(pools.control, { roles: ["pipeline"] }, (client) =>
        client.query("INSERT INTO cordon.lake_files (file_key) VALUES ('x')"),
      ),
      /permission denied/,
    );
  });

  it("keeps the pipeline out of enrolments (but their ids), consent, pauses, the batch ledger and the access log", async () => {
    const pipeline = { principalId: "cordon-pipeline", roles: ["pipeline", "gateway", "security"] };
    for (const sql of [
      "SELECT secret_hash FROM cordon.collectors",
      "SELECT label, enrolled_by, revoked_by FROM cordon.collectors",
      "UPDATE cordon.collectors SET org_id = 'x'",
      ...["subjects", "ingest_pauses", "ingest_batches", "audit_records"].map(
        (table) => `SELECT 1 FROM cordon.${table}`,
      ),
    ]) {
      await assert.rejects(
        withIdentity(pools.pipeline, pipeline, (client) => client.query(sql)),
        /permission denied/,
        sql,
      );
    }
    // What it checks a sealed batch against: the enrolment's three ids, under its own role only.
    const own = await withIdentity(
      pools.pipeline,
      { principalId: "cordon-pipeline", roles: ["pipeline"] },
      (client) =>
        client.query(
          "SELECT collector_id, org_id, subject_id FROM cordon.collectors WHERE collector_id = $1",
          [collectorOfB],
        ),
    );
    assert.equal(own.rows.length, 1);
    const claimed = await withIdentity(
      pools.pipeline,
      { orgId: orgB, roles: ["security", "admin"] },
      (client) => client.query("SELECT collector_id FROM cordon.collectors"),
    );
    assert.equal(claimed.rows.length, 0, "no other role shows the pipeline an enrolment");
  });

  it("lets neither the exporter nor the lifecycle login read the access log, and the exporter no key change", async () => {
    for (const login of ["exporter", "lifecycle"] as const) {
      const identity = { orgId: orgB, roles: ["security", "admin", "pipeline", login] };
      await assert.rejects(
        withIdentity(pools[login], identity, (client) => client.query("SELECT 1 FROM cordon.audit_records")),
        /permission denied/,
        login,
      );
    }
    // The lifecycle worker destroys expired keys (retention), so only the exporter is refused outright.
    await assert.rejects(
      withIdentity(pools.exporter, { orgId: orgB, roles: ["security", "admin", "exporter"] }, (client) =>
        client.query("UPDATE cordon.subject_keys SET wrapped_key = NULL"),
      ),
      /permission denied/,
    );
  });

  it("lets no login insert into the access log directly, only through the append function", async () => {
    for (const login of Object.keys(serviceLogins) as ServiceLogin[]) {
      await assert.rejects(
        withIdentity(pools[login], { principalId: "p", roles: ["security"] }, (client) =>
          client.query(
            `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
               actor_auth, action, resource_type, resource_id, outcome, request_id, prev_hash, hash)
             VALUES (1, now(), 'x', 'service', 'p', 'service', 'audit.query', 'r', 'r', 'allowed', 'r',
                     '\\x00'::bytea, '\\x00'::bytea)`,
          ),
        ),
        /permission denied/,
        login,
      );
    }
  });

  it("finds the schema current after migrating, and reports the missing migrations otherwise", async () => {
    await assertSchemaCurrent(pools.gateway);
    const future = [...expectedMigrations(), "9999_not_yet_run"];
    await assert.rejects(
      assertSchemaCurrent(pools.gateway, future),
      (error: unknown) => error instanceof SchemaBehindError && error.missing.join() === "9999_not_yet_run",
    );
  });
});
