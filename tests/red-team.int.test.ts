import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createPool, type Pool, type RequestIdentity, withIdentity } from "@cordon/db";
import { type IsolatedDatabase, isolatedDatabase, type ServiceLogin, serviceLogins } from "@cordon/testkit";
import pg from "pg";

// The attacks an adversarial review ran against the stack, run again: each
// service login is assumed taken over (code execution in that service), so
// the attacker writes SQL of their own and sets whatever identity they like.
// Only Postgres stands in the way, and every attack must be refused.
describe("red team: a compromised service against Postgres", () => {
  let db: IsolatedDatabase;
  let admin: pg.Client;
  const pools = {} as Record<ServiceLogin, Pool>;
  const victimOrg = "org-victim";
  const victimCollector = randomUUID();
  const everyRole = [
    "security",
    "admin",
    "gateway",
    "pipeline",
    "exporter",
    "platform_operator",
    "audit_writer",
  ];
  const asAnyone: RequestIdentity = { principalId: "mallory", roles: everyRole };
  const asVictimStaff: RequestIdentity = { orgId: victimOrg, principalId: "mallory", roles: everyRole };

  before(async () => {
    db = await isolatedDatabase("red_team");
    admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(
      `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, secret_hash, enrolled_by)
       VALUES ($1, $2, 'victim@example.com', 'hmac-sha256$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'seed')`,
      [victimCollector, victimOrg],
    );
    for (const login of Object.keys(serviceLogins) as ServiceLogin[]) {
      pools[login] = createPool(db.urls[login], { max: 2 });
    }
  });

  after(async () => {
    await Promise.all(Object.values(pools).map((pool) => pool.end()));
    await admin?.end();
    await db?.drop();
  });

  const logins = Object.keys(serviceLogins) as ServiceLogin[];

  describe("finding 1: no service holds the owner's power", () => {
    for (const login of logins) {
      it(`${login}: cannot become the owner, switch off row-level security or the audit triggers, or migrate`, async () => {
        const pool = pools[login];
        for (const sql of [
          "SET ROLE cordon_owner",
          "SET ROLE postgres",
          "ALTER TABLE cordon.ingest_pauses DISABLE ROW LEVEL SECURITY",
          "ALTER TABLE cordon.audit_records DISABLE TRIGGER USER",
          "DROP POLICY audit_records_org_security_read ON cordon.audit_records",
          "GRANT ALL ON cordon.collectors TO PUBLIC",
          "CREATE ROLE smuggled LOGIN SUPERUSER",
          "DELETE FROM public.pgmigrations",
        ]) {
          await assert.rejects(
            pool.query(sql),
            /permission denied|must be owner|must be superuser/,
            `${login}: ${sql}`,
          );
        }
      });
    }

    it("gateway: claiming security or admin does not let it pause, revoke or read the access log", async () => {
      for (const sql of [
        `INSERT INTO cordon.ingest_pauses (scope, scope_id, org_id, reason, paused_by)
         VALUES ('org', '${victimOrg}', '${victimOrg}', 'x', 'mallory')`,
        "UPDATE cordon.collectors SET revoked_at = now(), revoked_by = 'mallory'",
        "UPDATE cordon.subjects SET opted_out = false",
        "SELECT * FROM cordon.audit_records",
        "SELECT * FROM cordon.subject_keys",
      ]) {
        await assert.rejects(
          withIdentity(pools.gateway, asVictimStaff, (client) => client.query(sql)),
          /permission denied/,
          sql,
        );
      }
    });

    it("pipeline: claiming gateway or security does not show it enrolments, secrets or consent", async () => {
      for (const table of ["collectors", "subjects", "ingest_pauses", "ingest_batches", "audit_records"]) {
        await assert.rejects(
          withIdentity(pools.pipeline, asVictimStaff, (client) =>
            client.query(`SELECT * FROM cordon.${table}`),
          ),
          /permission denied/,
          table,
        );
      }
    });

    it("control API: claiming the pipeline does not let it write the lake catalog or read secret hashes", async () => {
      for (const sql of [
        "SELECT secret_hash FROM cordon.collectors",
        "INSERT INTO cordon.consumer_offsets (group_id, topic, kafka_partition, next_offset) VALUES ('g', 't', 0, 999)",
        // It reads the catalog to plan exports, and writes none of it.
        "INSERT INTO cordon.lake_files (file_key) VALUES ('x')",
      ]) {
        await assert.rejects(
          withIdentity(pools.control, asVictimStaff, (client) => client.query(sql)),
          /permission denied/,
          sql,
        );
      }
    });

    it("exporter and lifecycle: nothing to write beyond their own work, whatever they claim", async () => {
      const refused = {
        // The exporter writes only its export rows.
        exporter: [
          "UPDATE cordon.subject_keys SET wrapped_key = NULL",
          "INSERT INTO cordon.lake_files (file_key) VALUES ('x')",
          "DELETE FROM cordon.ingest_pauses",
        ],
        // The lifecycle worker destroys keys and swaps catalog rows; it never touches
        // pauses, collectors' secrets or grants.
        lifecycle: [
          "DELETE FROM cordon.ingest_pauses",
          "SELECT secret_hash FROM cordon.collectors",
          "UPDATE cordon.grants SET revoked = true",
        ],
      };
      for (const login of ["exporter", "lifecycle"] as const) {
        for (const sql of refused[login]) {
          await assert.rejects(
            withIdentity(pools[login], asVictimStaff, (client) => client.query(sql)),
            /permission denied/,
            `${login}: ${sql}`,
          );
        }
      }
    });
  });

  describe("finding 2: an organisation's security officer stays in their organisation", () => {
    const securityOfOther: RequestIdentity = {
      orgId: "org-attacker",
      principalId: "eve",
      roles: ["security"],
    };

    it("cannot read another organisation's access log", async () => {
      await withIdentity(
        pools.control,
        { orgId: victimOrg, principalId: "victim-admin", roles: ["admin"] },
        (client) =>
          client.query(
            `SELECT * FROM cordon.append_audit_record('principal', 'victim-admin', 'jwt', 'consent.change', 'subject',
             's', 'allowed', NULL, NULL, NULL, 'r', $1, '{}')`,
            [victimOrg],
          ),
      );
      const seen = await withIdentity(pools.control, securityOfOther, async (client) => {
        const { rows } = await client.query("SELECT 1 FROM cordon.audit_records WHERE org_id = $1", [
          victimOrg,
        ]);
        return rows.length;
      });
      assert.equal(seen, 0);
    });

    it("cannot pause every tenant, or a collector of another organisation", async () => {
      const pause = (scope: string, scopeId: string, orgId: string | null) =>
        withIdentity(pools.control, securityOfOther, (client) =>
          client.query(
            `INSERT INTO cordon.ingest_pauses (scope, scope_id, org_id, reason, paused_by)
             VALUES ($1, $2, $3, 'x', 'eve')`,
            [scope, scopeId, orgId],
          ),
        );
      await assert.rejects(pause("global", "", null), /row-level security/);
      await assert.rejects(pause("collector", victimCollector, "org-attacker"), /row-level security/);
      await assert.rejects(pause("org", victimOrg, "org-attacker"), /ingest_pauses_org_scope_is_org/);
    });

    it("cannot act as the platform operator by also naming an organisation", async () => {
      const seen = await withIdentity(
        pools.control,
        { orgId: "org-attacker", principalId: "eve", roles: ["platform_operator"] },
        async (client) => (await client.query("SELECT 1 FROM cordon.audit_records")).rows.length,
      );
      assert.equal(seen, 0);
    });
  });

  describe("finding 7: the access log trusts nobody who appends", () => {
    it("refuses a direct insert with a chosen sequence, time and hash from every login", async () => {
      for (const login of logins) {
        await assert.rejects(
          withIdentity(pools[login], asAnyone, (client) =>
            client.query(
              `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
                 actor_auth, action, resource_type, resource_id, outcome, request_id, prev_hash, hash)
               VALUES (1, 'infinity', 'infinity', 'principal', 'ceo', 'jwt', 'audit.query', 'r', 'r',
                       'allowed', 'r', '\\x00'::bytea, '\\x00'::bytea)`,
            ),
          ),
          /permission denied/,
          login,
        );
      }
    });

    it("refuses to record an action in someone else's name or organisation through the append function", async () => {
      const attempt = (actorId: string, orgId: string) =>
        withIdentity(
          pools.control,
          { orgId: "org-attacker", principalId: "eve", roles: ["admin"] },
          (client) =>
            client.query(
              `SELECT * FROM cordon.append_audit_record('principal', $1, 'jwt', 'export.approve', 'export', 'e',
               'allowed', NULL, NULL, NULL, 'r', $2, '{}')`,
              [actorId, orgId],
            ),
        );
      await assert.rejects(attempt("victim-admin", "org-attacker"), /the transaction's principal/);
      await assert.rejects(attempt("eve", victimOrg), /another organisation/);
    });

    it("lets the pipeline not append at all, and the exporter and lifecycle logins only as themselves", async () => {
      for (const login of ["pipeline", "exporter", "lifecycle"] as const) {
        await assert.rejects(
          withIdentity(pools[login], asAnyone, (client) =>
            client.query(
              `SELECT * FROM cordon.append_audit_record('service', 'mallory', 'service', 'audit.query', 'r', 'r',
                 'allowed', NULL, NULL, NULL, 'r', NULL, '{}')`,
            ),
          ),
          login === "pipeline"
            ? /permission denied/
            : /permission denied|records refusals only|records as itself/,
          login,
        );
      }
    });
  });

  describe("export policies name their logins: a role claimed by another login matches none of them", () => {
    const exportId = randomUUID();
    const exportRoles = ["steward", "security", "admin", "ml_engineer"];
    // The requester herself, with every export role: what the policies of 0021 gated on.
    const asRequesterAndStaff: RequestIdentity = {
      orgId: victimOrg,
      principalId: "alice",
      roles: exportRoles,
    };

    before(async () => {
      await admin.query(
        `INSERT INTO cordon.exports (export_id, org_id, requester_id, requester_roles, purpose, dataset,
           requested_categories, granted_categories, filter, status, needs_approval, plan, plan_hash,
           grant_versions, policy_version)
         VALUES ($1, $2, 'alice', '{ml_engineer}', 'training', 'events', '{text}', '{text}', '{}',
           'pending_approval', true, '{}', $3, '{}', 1)`,
        [exportId, victimOrg, Buffer.alloc(32, 7)],
      );
      await admin.query(
        `INSERT INTO cordon.export_subjects (org_id, export_id, subject_id, planned_rows)
         VALUES ($1, $2, 'victim-pseudonym', 10)`,
        [victimOrg, exportId],
      );
    });

    it("lifecycle: claiming staff or the requester reads no export, and none of what it planned", async () => {
      for (const table of ["exports", "export_subjects"]) {
        const { rows } = await withIdentity(pools.lifecycle, asRequesterAndStaff, (client) =>
          client.query(`SELECT * FROM cordon.${table}`),
        );
        assert.equal(rows.length, 0, table);
      }
    });

    it("exporter: claiming a steward cannot approve an export waiting for a decision", async () => {
      const asSteward: RequestIdentity = { orgId: victimOrg, principalId: "mallory", roles: ["steward"] };
      const { rowCount } = await withIdentity(pools.exporter, asSteward, (client) =>
        client.query(
          `UPDATE cordon.exports SET status = 'queued', approved_by = 'mallory', approved_at = now(),
                  approved_plan_hash = plan_hash
            WHERE export_id = $1`,
          [exportId],
        ),
      );
      assert.equal(rowCount, 0);
      const stored = await admin.query("SELECT status FROM cordon.exports WHERE export_id = $1", [exportId]);
      assert.equal(stored.rows[0]?.status, "pending_approval");
    });

    it("exporter: claiming staff reads no grant and no other organisation's settings, and writes no grant", async () => {
      const { rows } = await withIdentity(pools.exporter, asRequesterAndStaff, (client) =>
        client.query("SELECT * FROM cordon.export_settings WHERE org_id <> $1", [victimOrg]),
      );
      assert.equal(rows.length, 0);
      for (const sql of [
        "SELECT * FROM cordon.grants",
        `INSERT INTO cordon.grants (org_id, grant_id, version, grantee_type, grantee, categories, purposes, changed_by)
         VALUES ('org-victim', gen_random_uuid(), 1, 'principal', 'mallory', '{text}', '{training}', 'alice')`,
      ]) {
        await assert.rejects(
          withIdentity(pools.exporter, asRequesterAndStaff, (client) => client.query(sql)),
          /permission denied/,
          sql,
        );
      }
    });

    it("policies of the export tables apply to the control API and exporter logins only", async () => {
      const { rows } = await admin.query<{ tablename: string; policyname: string; roles: string[] }>(
        `SELECT tablename, policyname, roles::text[] AS roles FROM pg_policies
          WHERE schemaname = 'cordon'
            AND tablename IN ('exports', 'export_subjects', 'export_slices', 'export_settings', 'grants')`,
      );
      const allowed = new Set(["cordon_control", "cordon_exporter", "cordon_owner", "cordon_lifecycle"]);
      const open = rows.filter((row) => row.roles.some((role) => !allowed.has(role)));
      assert.deepEqual(open, [], "no export policy applies to PUBLIC or another login");
    });
  });
});
