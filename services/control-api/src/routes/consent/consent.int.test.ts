import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";

const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };
const adminB = { sub: "admin-b", org: "org-b", roles: ["admin"] };
const alice = { sub: "alice", org: "org-a", roles: ["subject"] };

describe("/v1/subjects/:subjectId/consent", () => {
  let api: ControlApiHarness;
  before(async () => {
    api = await startControlApi("control_consent");
  });
  after(async () => {
    await api.close();
  });

  function read(claims: typeof adminA, subjectId: string) {
    return api.call(claims, { method: "GET", url: `/v1/subjects/${subjectId}/consent` });
  }
  function change(claims: typeof adminA, subjectId: string, optedOut: boolean) {
    return api.call(claims, {
      method: "PUT",
      url: `/v1/subjects/${subjectId}/consent`,
      payload: { optedOut },
    });
  }

  it("a subject never asked has not opted out", async () => {
    const response = await read(adminA, "nobody-yet");
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().optedOut, false);
    assert.equal(response.json().changedAt, null);
  });

  it("round-trips the flag set by an admin, into the row the gateway reads", async () => {
    const set = await change(adminA, "bob", true);
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().optedOut, true);
    assert.equal((await read(adminA, "bob")).json().optedOut, true);
    const stored = await api.ownerPool.query(
      "SELECT opted_out, consent_changed_by FROM cordon.subjects WHERE org_id = 'org-a' AND subject_id = 'bob'",
    );
    assert.deepEqual(stored.rows, [{ opted_out: true, consent_changed_by: "admin-a" }]);
    assert.equal((await change(adminA, "bob", false)).json().optedOut, false);
  });

  it("lets a subject change their own consent and no one else's", async () => {
    const own = await change(alice, "alice", true);
    assert.equal(own.statusCode, 200, own.body);
    assert.equal((await read(alice, "alice")).json().optedOut, true);

    const other = await change(alice, "bob", true);
    assert.equal(other.statusCode, 403);
    assert.equal(other.json().error.code, "forbidden");
    assert.equal((await read(alice, "bob")).statusCode, 403);
    assert.equal((await read(adminA, "bob")).json().optedOut, false);
  });

  it("keeps organisations apart: another org's admin changes only their own org's subject of that id", async () => {
    await change(adminA, "carol", true);
    const fromB = await change(adminB, "carol", false);
    assert.equal(fromB.json().orgId, "org-b");
    assert.equal((await read(adminA, "carol")).json().optedOut, true);
    const stored = await api.ownerPool.query(
      "SELECT org_id, opted_out FROM cordon.subjects WHERE subject_id = 'carol' ORDER BY org_id",
    );
    assert.deepEqual(stored.rows, [
      { org_id: "org-a", opted_out: true },
      { org_id: "org-b", opted_out: false },
    ]);
  });

  it("refuses consent changes to stewards and ML engineers", async () => {
    for (const role of ["steward", "ml_engineer"]) {
      const response = await change({ sub: role, org: "org-a", roles: [role] }, "bob", true);
      assert.equal(response.statusCode, 403, role);
    }
  });

  it("audits each change with the new value", async () => {
    const before = api.audit.entries.length;
    await change(alice, "alice", false);
    const [entry] = api.audit.entries.slice(before);
    assert.equal(entry?.action, "consent.change");
    assert.equal(entry?.resource.id, "alice");
    assert.deepEqual(entry?.detail, { optedOut: false });
    assert.deepEqual(entry?.actor, { type: "principal", id: "alice", authMethod: "jwt" });
  });

  it("refuses a body that is not exactly {optedOut: boolean}", async () => {
    for (const payload of [{ optedOut: "yes" }, {}, { optedOut: true, orgId: "org-b" }]) {
      const response = await api.call(adminA, {
        method: "PUT",
        url: "/v1/subjects/bob/consent",
        payload,
      });
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
    }
  });
});
