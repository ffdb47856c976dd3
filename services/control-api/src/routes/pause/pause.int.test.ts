import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";
import { testPlatformIssuerName } from "../../testing/test-issuer.ts";

const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };
const securityA = { sub: "security-a", org: "org-a", roles: ["security"] };
const adminB = { sub: "admin-b", org: "org-b", roles: ["admin"] };

describe("/v1/admin/pause", () => {
  let api: ControlApiHarness;
  before(async () => {
    api = await startControlApi("control_pause");
  });
  after(async () => {
    await api.close();
  });

  function pause(claims: typeof adminA, payload: Record<string, unknown>) {
    return api.call(claims, { method: "PUT", url: "/v1/admin/pause", payload });
  }
  function resume(claims: typeof adminA, payload: Record<string, unknown>) {
    return api.call(claims, { method: "DELETE", url: "/v1/admin/pause", payload });
  }
  async function pausesSeenBy(claims: typeof adminA) {
    const response = await api.call(claims, { method: "GET", url: "/v1/admin/pause" });
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { pauses: { scope: string; scopeId: string; orgId: string | null }[] }).pauses;
  }

  it("pauses and resumes the caller's organisation, which the gateway's table then shows", async () => {
    const paused = await pause(adminA, { scope: "org", reason: "incident 42", retryAfterSeconds: 120 });
    assert.equal(paused.statusCode, 200, paused.body);
    assert.deepEqual(
      { scope: paused.json().scope, scopeId: paused.json().scopeId, retry: paused.json().retryAfterSeconds },
      { scope: "org", scopeId: "org-a", retry: 120 },
    );
    const stored = await api.ownerPool.query(
      "SELECT org_id, reason, paused_by FROM cordon.ingest_pauses WHERE scope = 'org' AND scope_id = 'org-a'",
    );
    assert.deepEqual(stored.rows, [{ org_id: "org-a", reason: "incident 42", paused_by: "admin-a" }]);
    assert.deepEqual(
      (await pausesSeenBy(adminA)).map((p) => p.scopeId),
      ["org-a"],
    );

    const resumed = await resume(adminA, { scope: "org" });
    assert.equal(resumed.statusCode, 200);
    assert.equal(resumed.json().resumed, true);
    assert.deepEqual(await pausesSeenBy(adminA), []);

    const again = await resume(adminA, { scope: "org" });
    assert.equal(again.statusCode, 200);
    assert.deepEqual(again.json(), { resumed: false, pause: null });
  });

  it("pausing again updates the reason and retry hint of the pause in force", async () => {
    await pause(adminA, { scope: "org", reason: "first" });
    const second = await pause(adminA, { scope: "org", reason: "second", retryAfterSeconds: 30 });
    assert.equal(second.json().reason, "second");
    const stored = await api.ownerPool.query("SELECT count(*) FROM cordon.ingest_pauses WHERE scope = 'org'");
    assert.equal(Number(stored.rows[0].count), 1);
    await resume(adminA, { scope: "org" });
  });

  it("refuses the global switch to an admin who is not security", async () => {
    const refused = await pause(adminA, { scope: "global", reason: "everything" });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, "forbidden");
    const stored = await api.ownerPool.query(
      "SELECT count(*) FROM cordon.ingest_pauses WHERE scope = 'global'",
    );
    assert.equal(Number(stored.rows[0].count), 0);
    await api.refusalAudit.flushAll();
    const entry = api.audit.entries.at(-1);
    assert.equal(entry?.action, "auth.denied");
    assert.equal(entry?.resource.id, "PUT /v1/admin/pause");
  });

  it("lets only the platform operator flip the global switch: an organisation's security officer cannot", async () => {
    const refused = await pause(securityA, { scope: "global", reason: "one tenant stops all" });
    assert.equal(refused.statusCode, 403, refused.body);
    const asOperator = (method: "PUT" | "DELETE", payload: object) =>
      api.callAsPlatformOperator("ops-1", { method, url: "/v1/admin/pause", payload });
    const paused = await asOperator("PUT", { scope: "global", reason: "breach drill" });
    assert.equal(paused.statusCode, 200, paused.body);
    assert.equal(paused.json().scopeId, "");
    // Staff of every organisation see that ingest is paused, and cannot lift it.
    assert.deepEqual(
      (await pausesSeenBy(securityA)).map((p) => p.scope),
      ["global"],
    );
    assert.equal((await resume(securityA, { scope: "global" })).statusCode, 403);
    assert.equal((await resume(adminA, { scope: "global" })).statusCode, 403);
    const resumed = await asOperator("DELETE", { scope: "global" });
    assert.equal(resumed.json().resumed, true);
  });

  it("refuses a platform operator claimed in an organisation's token, or a platform token signed by an organisation's keys", async () => {
    const claimed = await api.call(
      { sub: "mallory", org: "org-a", roles: ["platform_operator"] },
      { method: "PUT", url: "/v1/admin/pause", payload: { scope: "global", reason: "x" } },
    );
    assert.equal(claimed.statusCode, 401, claimed.body);
    const forged = api.issuer.mint(
      { sub: "mallory", roles: ["platform_operator"] },
      { issuer: testPlatformIssuerName },
    );
    const response = await api.app.inject({
      method: "PUT",
      url: "/v1/admin/pause",
      payload: { scope: "global", reason: "x" },
      headers: { authorization: `Bearer ${forged}` },
    });
    assert.equal(response.statusCode, 401, response.body);
  });

  it("pauses one collector of the caller's organisation", async () => {
    const enrolled = await api.call(adminA, {
      method: "POST",
      url: "/v1/collectors",
      payload: { subjectId: "alice" },
    });
    const { collectorId } = enrolled.json();
    const paused = await pause(adminA, { scope: "collector", collectorId, reason: "laptop lost" });
    assert.equal(paused.statusCode, 200, paused.body);
    assert.equal(paused.json().orgId, "org-a");
    assert.deepEqual(await pausesSeenBy(adminB), []);
    assert.equal((await resume(adminB, { scope: "collector", collectorId })).statusCode, 404);
    assert.equal((await pausesSeenBy(adminA)).length, 1);
    assert.equal((await resume(adminA, { scope: "collector", collectorId })).json().resumed, true);
  });

  it("an admin of another organisation pausing 'their' org pauses only their own", async () => {
    await pause(adminB, { scope: "org", reason: "b only" });
    assert.deepEqual(await pausesSeenBy(adminA), []);
    assert.deepEqual(
      (await pausesSeenBy(adminB)).map((p) => p.scopeId),
      ["org-b"],
    );
    await resume(adminB, { scope: "org" });
  });

  it("refuses a malformed pause: collectorId missing, misplaced, or a reason too long", async () => {
    for (const payload of [
      { scope: "collector", reason: "x" },
      { scope: "org", collectorId: "3f1c1c4e-9a56-4d3a-8d0e-6a3f4f1b2c7d", reason: "x" },
      { scope: "org", reason: "x".repeat(501) },
      { scope: "org" },
      { scope: "planet", reason: "x" },
      { scope: "org", reason: "x", retryAfterSeconds: 0 },
    ]) {
      const response = await pause(adminA, payload);
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
      assert.equal(response.json().error.code, "invalid_request");
    }
  });

  it("audits pause and resume with the switch they flipped", async () => {
    const before = api.audit.entries.length;
    await pause(adminA, { scope: "org", reason: "audit me" });
    await resume(adminA, { scope: "org" });
    assert.deepEqual(
      api.audit.entries.slice(before).map((entry) => [entry.action, entry.resource.id, entry.outcome]),
      [
        ["ingest.pause", "org:org-a", "allowed"],
        ["ingest.resume", "org:org-a", "allowed"],
      ],
    );
  });

  it("refuses pausing to roles other than admin and security", async () => {
    const response = await pause(
      { sub: "eng", org: "org-a", roles: ["ml_engineer"] },
      { scope: "org", reason: "x" },
    );
    assert.equal(response.statusCode, 403);
  });
});
