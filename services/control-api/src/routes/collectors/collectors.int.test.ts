import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { verifyCollectorSecret } from "@cordon/collector-credentials";
import { stackCollectorSecretPepper } from "@cordon/testkit";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";

const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };
const securityA = { sub: "security-a", org: "org-a", roles: ["security"] };
const adminB = { sub: "admin-b", org: "org-b", roles: ["admin"] };

describe("/v1/collectors", () => {
  let api: ControlApiHarness;
  before(async () => {
    api = await startControlApi("control_collectors");
  });
  after(async () => {
    await api.close();
  });

  async function enrol(claims: typeof adminA, subjectId: string, label?: string) {
    const response = await api.call(claims, {
      method: "POST",
      url: "/v1/collectors",
      payload: { subjectId, ...(label === undefined ? {} : { label }) },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { collectorId: string; clientSecret: string; subjectId: string; orgId: string };
  }

  it("enrolment returns a secret the stored hash verifies, and no plaintext secret is stored", async () => {
    const enrolled = await enrol(adminA, "alice", "laptop-17");
    assert.equal(enrolled.orgId, "org-a");
    assert.equal(enrolled.subjectId, "alice");
    assert.ok(enrolled.clientSecret.length >= 32);

    const stored = await api.ownerPool.query(
      "SELECT secret_hash, row_to_json(c)::text AS whole_row FROM cordon.collectors c WHERE collector_id = $1",
      [enrolled.collectorId],
    );
    const row = stored.rows[0];
    const pepper = stackCollectorSecretPepper();
    assert.match(row.secret_hash, /^hmac-sha256\$/);
    assert.ok(verifyCollectorSecret(enrolled.clientSecret, row.secret_hash, pepper));
    assert.equal(verifyCollectorSecret(`${enrolled.clientSecret}x`, row.secret_hash, pepper), false);
    assert.ok(!row.whole_row.includes(enrolled.clientSecret), "the plaintext secret is stored");
  });

  it("enrolment answers with no-store so no cache keeps the secret", async () => {
    const response = await api.call(adminA, {
      method: "POST",
      url: "/v1/collectors",
      payload: { subjectId: "alice" },
    });
    assert.equal(response.headers["cache-control"], "no-store");
  });

  it("takes the organisation from the token: an orgId in the body is refused", async () => {
    const response = await api.call(adminA, {
      method: "POST",
      url: "/v1/collectors",
      payload: { subjectId: "alice", orgId: "org-b" },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, "invalid_request");
  });

  it("refuses enrolment to every role but admin", async () => {
    for (const role of ["security", "steward", "ml_engineer", "subject"]) {
      const response = await api.call(
        { sub: `someone-${role}`, org: "org-a", roles: [role] },
        { method: "POST", url: "/v1/collectors", payload: { subjectId: "alice" } },
      );
      assert.equal(response.statusCode, 403, role);
      assert.equal(response.json().error.code, "forbidden", role);
    }
  });

  it("lists the caller's organisation without ever returning a hash, filtered by subject", async () => {
    await enrol(adminA, "bob");
    await enrol(adminA, "bob");
    const response = await api.call(securityA, { method: "GET", url: "/v1/collectors?subjectId=bob" });
    assert.equal(response.statusCode, 200);
    const page = response.json() as { collectors: Record<string, unknown>[]; nextCursor: string | null };
    assert.equal(page.collectors.length, 2);
    for (const collector of page.collectors) {
      assert.equal(collector.subjectId, "bob");
      assert.equal(collector.orgId, "org-a");
    }
    assert.doesNotMatch(response.body, /scrypt|secret/i);
  });

  it("pages with a cursor through every collector exactly once", async () => {
    const enrolled = new Set<string>();
    for (let i = 0; i < 5; i += 1) enrolled.add((await enrol(adminA, "carol")).collectorId);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `subjectId=carol&limit=2${cursor === null ? "" : `&cursor=${cursor}`}`;
      const response = await api.call(adminA, { method: "GET", url: `/v1/collectors?${query}` });
      assert.equal(response.statusCode, 200, response.body);
      const page = response.json() as { collectors: { collectorId: string }[]; nextCursor: string | null };
      assert.ok(page.collectors.length <= 2);
      seen.push(...page.collectors.map((collector) => collector.collectorId));
      cursor = page.nextCursor;
    } while (cursor !== null);
    assert.equal(seen.length, 5);
    assert.deepEqual(new Set(seen), enrolled);
  });

  it("revocation sets revoked_at and answers the same revocation when repeated", async () => {
    const { collectorId } = await enrol(adminA, "dave");
    const first = await api.call(securityA, { method: "POST", url: `/v1/collectors/${collectorId}/revoke` });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().revokedBy, "security-a");
    const stored = await api.ownerPool.query(
      "SELECT revoked_at FROM cordon.collectors WHERE collector_id = $1",
      [collectorId],
    );
    assert.ok(stored.rows[0].revoked_at instanceof Date);

    const again = await api.call(adminA, { method: "POST", url: `/v1/collectors/${collectorId}/revoke` });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().revokedAt, first.json().revokedAt);
    assert.equal(again.json().revokedBy, "security-a");
  });

  it("answers 404 for a collector that does not exist", async () => {
    const response = await api.call(adminA, {
      method: "POST",
      url: "/v1/collectors/3f1c1c4e-9a56-4d3a-8d0e-6a3f4f1b2c7d/revoke",
    });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, "not_found");
  });

  it("an admin of one organisation can neither see, revoke nor pause another organisation's collector", async () => {
    const { collectorId } = await enrol(adminA, "erin");

    const list = await api.call(adminB, { method: "GET", url: "/v1/collectors" });
    assert.equal(list.statusCode, 200);
    assert.ok(!list.body.includes(collectorId));
    const bySubject = await api.call(adminB, { method: "GET", url: "/v1/collectors?subjectId=erin" });
    assert.deepEqual(bySubject.json().collectors, []);
    const cursorFromA = await api.call(adminB, {
      method: "GET",
      url: `/v1/collectors?cursor=${collectorId}`,
    });
    assert.deepEqual(cursorFromA.json().collectors, []);

    const revoke = await api.call(adminB, { method: "POST", url: `/v1/collectors/${collectorId}/revoke` });
    assert.equal(revoke.statusCode, 404);

    const pause = await api.call(adminB, {
      method: "PUT",
      url: "/v1/admin/pause",
      payload: { scope: "collector", collectorId, reason: "not mine" },
    });
    assert.equal(pause.statusCode, 404);

    const stored = await api.ownerPool.query(
      `SELECT c.revoked_at, (SELECT count(*) FROM cordon.ingest_pauses p WHERE p.scope_id = $1::uuid::text) AS pauses
       FROM cordon.collectors c WHERE c.collector_id = $1::uuid`,
      [collectorId],
    );
    assert.equal(stored.rows[0].revoked_at, null);
    assert.equal(Number(stored.rows[0].pauses), 0);
  });

  it("audits enrolment and revocation once each, with actor and outcome", async () => {
    const before = api.audit.entries.length;
    const { collectorId } = await enrol(adminA, "frank");
    await api.call(adminA, { method: "POST", url: `/v1/collectors/${collectorId}/revoke` });
    const entries = api.audit.entries.slice(before);
    assert.deepEqual(
      entries.map((entry) => [entry.action, entry.resource.id, entry.outcome]),
      [
        ["collector.enrol", collectorId, "allowed"],
        ["collector.revoke", collectorId, "allowed"],
      ],
    );
    for (const entry of entries) {
      assert.deepEqual(entry.actor, { type: "principal", id: "admin-a", authMethod: "jwt" });
      assert.equal(entry.orgId, "org-a");
      assert.ok(!JSON.stringify(entry).includes("scrypt"));
    }
  });
});
