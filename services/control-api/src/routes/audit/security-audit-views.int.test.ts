import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createAuditCheckpointer } from "@cordon/audit";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";

const securityA = { sub: "security-a", org: "org-a", roles: ["security"] };
const securityB = { sub: "security-b", org: "org-b", roles: ["security"] };
const engineerA = { sub: "eng-a", org: "org-a", roles: ["ml_engineer"] };
const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };

interface Verdict {
  ok: boolean;
  checked: number;
  reason: string | null;
  firstBadSequence: number | null;
  lastCheckpoint: { lastSequence: number } | null;
}

interface Alert {
  kind: string;
  actorId: string | null;
  count: number;
  filter: Record<string, string>;
}

describe("what the console's access-log page asks of the API: segment verification and alerts", () => {
  let api: ControlApiHarness;
  before(async () => {
    api = await startControlApi("control_security_views", {
      auditLog: true,
      app: { auditAlertLimits: { authDeniedPerMinute: 3, exportsPerHour: 10, decryptsPerHour: 500 } },
    });
  });
  after(() => api?.close());

  const sequencesOf = async (claims: typeof securityA, query: string) => {
    const page = await api.call(claims, { method: "GET", url: `/v1/audit/events?${query}` });
    assert.equal(page.statusCode, 200, page.body);
    return (page.json() as { records: { sequence: number }[] }).records.map((record) => record.sequence);
  };

  it("lets security verify the segment its records sit in, names the newest signed checkpoint, and finds a rewritten record", async () => {
    for (const subjectId of ["alice", "bob", "carol"]) {
      const enrolled = await api.call(adminA, {
        method: "POST",
        url: "/v1/collectors",
        payload: { subjectId },
      });
      assert.equal(enrolled.statusCode, 201, enrolled.body);
    }
    const checkpointer = createAuditCheckpointer({
      pool: api.appPool,
      keys: api.auditVerification.keys,
      store: api.auditVerification.store,
      keyPrefix: api.auditVerification.keyPrefix,
      everyRecords: 1,
      everyMs: 1,
    });
    const checkpoint = await checkpointer.checkpointIfDue();
    assert.ok(checkpoint !== undefined);
    const sequences = await sequencesOf(securityA, "action=collector.enrol");
    const from = Math.min(...sequences);
    const to = Math.max(...sequences);

    const intact = await api.call(securityA, {
      method: "GET",
      url: `/v1/audit/verify-records?from=${from}&to=${to}`,
    });
    assert.equal(intact.statusCode, 200, intact.body);
    const verdict = intact.json() as Verdict;
    assert.equal(verdict.ok, true);
    assert.equal(verdict.checked, to - from + 1);
    assert.equal(verdict.lastCheckpoint?.lastSequence, checkpoint.lastSequence);

    const client = await api.ownerPool.connect();
    try {
      await client.query("BEGIN");
      await client.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER USER");
      await client.query("UPDATE cordon.audit_records SET resource_id = 'someone-else' WHERE sequence = $1", [
        to,
      ]);
      await client.query("ALTER TABLE cordon.audit_records ENABLE TRIGGER USER");
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    const broken = await api.call(securityA, {
      method: "GET",
      url: `/v1/audit/verify-records?from=${from}&to=${to}`,
    });
    assert.equal(broken.statusCode, 200, broken.body);
    const brokenVerdict = broken.json() as Verdict;
    assert.equal(brokenVerdict.ok, false);
    assert.equal(brokenVerdict.firstBadSequence, to);
  });

  it("refuses segment verification to every role but security, and ranges that are reversed or too long", async () => {
    for (const claims of [engineerA, adminA, { sub: "stew-a", org: "org-a", roles: ["steward"] }]) {
      const refused = await api.call(claims, { method: "GET", url: "/v1/audit/verify-records?from=1&to=2" });
      assert.equal(refused.statusCode, 403, `${claims.roles[0]}: ${refused.body}`);
    }
    const reversed = await api.call(securityA, {
      method: "GET",
      url: "/v1/audit/verify-records?from=5&to=2",
    });
    assert.equal(reversed.statusCode, 400);
    assert.equal(reversed.json().error.code, "invalid_request");
    const huge = await api.call(securityA, {
      method: "GET",
      url: "/v1/audit/verify-records?from=1&to=9000000",
    });
    assert.equal(huge.statusCode, 400);
  });

  it("lists a burst of refused calls as an alert to its own organisation's security only, with the filter that finds them", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const refused = await api.call(engineerA, { method: "GET", url: "/v1/audit/events" });
      assert.equal(refused.statusCode, 403);
    }
    // The three refusals are audited as one record of the minute, counting 3.
    await api.refusalAudit.flushAll();
    const seen = await api.call(securityA, { method: "GET", url: "/v1/audit/alerts" });
    assert.equal(seen.statusCode, 200, seen.body);
    const burst = (seen.json() as { alerts: Alert[] }).alerts.find(
      (alert) => alert.kind === "auth_denied_burst",
    );
    assert.ok(burst !== undefined, seen.body);
    assert.ok(burst.count >= 3);
    assert.deepEqual(burst.filter, { outcome: "denied" });

    const otherOrg = await api.call(securityB, { method: "GET", url: "/v1/audit/alerts" });
    assert.equal(otherOrg.statusCode, 200, otherOrg.body);
    assert.deepEqual((otherOrg.json() as { alerts: Alert[] }).alerts, []);

    const engineer = await api.call(engineerA, { method: "GET", url: "/v1/audit/alerts" });
    assert.equal(engineer.statusCode, 403);
  });
});
