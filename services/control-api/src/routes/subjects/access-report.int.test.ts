import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";

const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };
const securityA = { sub: "sec-a", org: "org-a", roles: ["security"] };
const alice = { sub: "alice", org: "org-a", roles: ["subject"] };
const bob = { sub: "bob", org: "org-a", roles: ["subject"] };

describe("GET /v1/subjects/:subjectId/access-report", () => {
  let api: ControlApiHarness;

  before(async () => {
    api = await startControlApi("control_access_report", { auditLog: true });
    const consent = (claims: typeof adminA, subjectId: string, optedOut: boolean) =>
      api.call(claims, { method: "PUT", url: `/v1/subjects/${subjectId}/consent`, payload: { optedOut } });
    await consent(adminA, "alice", true);
    await consent(adminA, "bob", true);
    await consent(alice, "alice", false);
    await consent(bob, "bob", false);
  });
  after(async () => {
    await api.close();
  });

  function report(claims: typeof adminA, subjectId: string) {
    return api.call(claims, { method: "GET", url: `/v1/subjects/${subjectId}/access-report` });
  }

  it("the subject sees the records about them, verified, and none about anyone else", async () => {
    const response = await report(alice, "alice");
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.deepEqual(
      body.about.map((entry: { action: string; actor: { id: string } }) => [entry.action, entry.actor.id]),
      [
        ["consent.change", "admin-a"],
        ["consent.change", "alice"],
      ],
    );
    assert.equal(body.verification.ok, true);
    assert.ok(body.verification.checked >= 2);
    assert.ok(!response.body.includes("bob"), "another subject's id appears in the report");
  });

  it("matches the access log as security reads it", async () => {
    const response = await report(alice, "alice");
    const fromLog = await api.call(securityA, {
      method: "GET",
      url: "/v1/audit/events?resourceType=subject&resourceId=alice&limit=100",
    });
    assert.equal(fromLog.statusCode, 200, fromLog.body);
    // The log pages newest first.
    const logged = [...fromLog.json().records]
      .reverse()
      .filter((record: { action: string }) => record.action !== "subject.access_report")
      .map((record: { sequence: number; hash: string }) => [record.sequence, record.hash]);
    const reported = response
      .json()
      .about.filter((entry: { action: string }) => entry.action !== "subject.access_report")
      .map((entry: { sequence: number; hash: string }) => [entry.sequence, entry.hash]);
    assert.deepEqual(reported, logged);
  });

  it("security may read any subject's report of their organisation; another subject, admin or steward may not", async () => {
    assert.equal((await report(securityA, "alice")).statusCode, 200);
    for (const claims of [bob, adminA, { sub: "stew", org: "org-a", roles: ["steward"] }]) {
      const response = await report(claims, "alice");
      assert.equal(response.statusCode, 403, `${claims.sub}: ${response.body}`);
    }
  });

  it("the verification fails once a record in the report's segment was changed", async () => {
    const before = (await report(alice, "alice")).json();
    const target = before.about[0].sequence as number;
    const client = await api.ownerPool.connect();
    try {
      await client.query("BEGIN");
      await client.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER audit_records_append_only");
      await client.query(
        "UPDATE cordon.audit_records SET actor_id = 'someone-innocent' WHERE sequence = $1",
        [target],
      );
      await client.query("ALTER TABLE cordon.audit_records ENABLE TRIGGER audit_records_append_only");
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    const after = (await report(alice, "alice")).json();
    assert.equal(after.verification.ok, false);
    assert.equal(after.verification.firstBadSequence, target);
    assert.equal(after.verification.reason, "hash_mismatch");
  });
});
