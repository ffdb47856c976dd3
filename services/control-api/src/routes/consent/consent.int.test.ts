import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
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
    const set = await change(adminA, "hank", true);
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().optedOut, true);
    assert.equal((await read(adminA, "hank")).json().optedOut, true);
    const stored = await api.ownerPool.query(
      "SELECT opted_out, consent_changed_by FROM cordon.subjects WHERE org_id = 'org-a' AND subject_id = 'hank'",
    );
    assert.deepEqual(stored.rows, [{ opted_out: true, consent_changed_by: "admin-a" }]);
  });

  it("staff cannot opt a subject back in: 403, audited as denied, and the flag stays set", async () => {
    await change(adminA, "dana", true);
    for (const staff of [adminA, { sub: "sec-a", org: "org-a", roles: ["security"] }]) {
      const before = api.audit.entries.length;
      const response = await change(staff, "dana", false);
      assert.equal(response.statusCode, 403, response.body);
      assert.equal(response.json().error.code, "opt_in_only_by_subject");
      const [entry] = api.audit.entries.slice(before);
      assert.equal(entry?.action, "consent.change");
      assert.equal(entry?.outcome, "denied");
      assert.equal(entry?.reason, "opt_in_only_by_subject");
      assert.equal(entry?.actor.id, staff.sub);
    }
    assert.equal((await read(adminA, "dana")).json().optedOut, true);
  });

  it("the subject opts themselves back in after staff opted them out", async () => {
    await change(adminA, "erin", true);
    const erin = { sub: "erin", org: "org-a", roles: ["subject"] };
    const response = await change(erin, "erin", false);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal((await read(adminA, "erin")).json().optedOut, false);
  });

  it("the database refuses a staff opt-in even when a route does not check", async () => {
    await change(adminA, "finn", true);
    await assert.rejects(
      withIdentity(api.appPool, { orgId: "org-a", principalId: "admin-a", roles: ["admin"] }, (tx) =>
        tx.query(
          "UPDATE cordon.subjects SET opted_out = false WHERE org_id = 'org-a' AND subject_id = 'finn'",
        ),
      ),
      /only the subject may opt back in/,
    );
    assert.equal((await read(adminA, "finn")).json().optedOut, true);
  });

  it("keeps the reason given with the flag", async () => {
    const response = await api.call(adminA, {
      method: "PUT",
      url: "/v1/subjects/gus/consent",
      payload: { optedOut: true, reason: "asked by phone, ticket 12" },
    });
    assert.equal(response.statusCode, 200, response.body);
    const stored = await api.ownerPool.query(
      "SELECT consent_reason FROM cordon.subjects WHERE org_id = 'org-a' AND subject_id = 'gus'",
    );
    assert.deepEqual(stored.rows, [{ consent_reason: "asked by phone, ticket 12" }]);
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
    assert.deepEqual(entry?.detail, {
      optedOut: false,
      onBehalf: false,
      reasonGiven: false,
      exportsReplanned: 0,
    });
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
