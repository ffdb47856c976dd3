import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createPool, type Pool, withIdentity } from "@cordon/db";
import { createSubjectKeyring, type SubjectKeyring } from "@cordon/lake";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";

const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };
const securityB = { sub: "sec-b", org: "org-b", roles: ["security"] };

describe("POST /v1/subjects/:subjectId/erasure", () => {
  let api: ControlApiHarness;
  let pipeline: SubjectKeyring;
  let pipelinePool: Pool;

  before(async () => {
    api = await startControlApi("control_erasure");
    // Keys are created as the pipeline creates them, through its own login.
    pipelinePool = createPool(api.db.urls.pipeline, { max: 2 });
    pipeline = createSubjectKeyring({
      pool: pipelinePool,
      keys: api.auditVerification.keys,
      role: "pipeline",
    });
  });
  after(async () => {
    await pipelinePool.end();
    await api.close();
  });

  /** Gives the subject lake keys in two categories and two key periods, as the pipeline would. */
  async function keysFor(org: string, subjectId: string) {
    const subject = api.pseudonymize(org, subjectId);
    await pipeline.keysForWriting(org, [
      { subject, category: "text", period: "2026-11-23" },
      { subject, category: "text", period: "2026-11-30" },
      { subject, category: "prompt", period: "2026-11-30" },
    ]);
    return subject;
  }

  async function liveKeys(org: string, pseudonym: string): Promise<number> {
    const { rows } = await api.ownerPool.query(
      "SELECT count(*)::int AS n FROM cordon.subject_keys WHERE org_id = $1 AND subject_id = $2 AND wrapped_key IS NOT NULL",
      [org, pseudonym],
    );
    return rows[0].n;
  }

  function erase(claims: typeof adminA, subjectId: string, reason = "leaving the company") {
    return api.call(claims, {
      method: "POST",
      url: `/v1/subjects/${subjectId}/erasure`,
      payload: { reason },
    });
  }

  it("a subject erases themselves: every key of theirs destroyed, opted out, audited, in one answer", async () => {
    const pseudonym = await keysFor("org-a", "alice");
    const bystander = await keysFor("org-a", "bob");
    const before = api.audit.entries.length;
    const response = await erase({ sub: "alice", org: "org-a", roles: ["subject"] }, "alice");
    assert.equal(response.statusCode, 202, response.body);
    assert.equal(response.json().state, "keys_destroyed");
    assert.equal(response.json().keysDestroyed, 3);
    assert.equal(await liveKeys("org-a", pseudonym), 0);
    assert.equal(await liveKeys("org-a", bystander), 3);

    const consent = await api.ownerPool.query(
      "SELECT opted_out FROM cordon.subjects WHERE org_id = 'org-a' AND subject_id = 'alice'",
    );
    assert.deepEqual(consent.rows, [{ opted_out: true }]);
    const [entry] = api.audit.entries.slice(before);
    assert.equal(entry?.action, "subject.erase");
    assert.equal(entry?.resource.id, "alice");
    assert.equal(entry?.detail?.keysDestroyed, 3);
  });

  it("the pipeline cannot make a new key for an erased subject", async () => {
    const pseudonym = api.pseudonymize("org-a", "alice");
    await assert.rejects(
      pipeline.keysForWriting("org-a", [{ subject: pseudonym, category: "pii", period: "2026-12-07" }]),
      {
        name: "SubjectKeysDestroyedError",
      },
    );
  });

  it("a second request answers 409 subject_erased; progress is readable", async () => {
    const again = await erase(adminA, "alice");
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, "subject_erased");
    const progress = await api.call(adminA, { method: "GET", url: "/v1/subjects/alice/erasure" });
    assert.equal(progress.statusCode, 200, progress.body);
    assert.equal(progress.json().state, "keys_destroyed");
  });

  it("admin or security erase for a subject of their own organisation only", async () => {
    const inA = await keysFor("org-a", "carol");
    const inB = await keysFor("org-b", "carol");
    const response = await erase(securityB, "carol");
    assert.equal(response.statusCode, 202, response.body);
    assert.equal(response.json().orgId, "org-b");
    assert.equal(await liveKeys("org-b", inB), 0);
    assert.equal(await liveKeys("org-a", inA), 3);
  });

  it("refuses a subject erasing someone else, and stewards or ML engineers altogether", async () => {
    const pseudonym = await keysFor("org-a", "dave");
    for (const claims of [
      { sub: "eve", org: "org-a", roles: ["subject"] },
      { sub: "stew", org: "org-a", roles: ["steward"] },
      { sub: "ml", org: "org-a", roles: ["ml_engineer"] },
    ]) {
      const response = await erase(claims, "dave");
      assert.equal(response.statusCode, 403, `${claims.sub}: ${response.body}`);
    }
    assert.equal(await liveKeys("org-a", pseudonym), 3);
  });

  it("a subject's database identity cannot destroy another subject's keys", async () => {
    const victim = await keysFor("org-a", "frank");
    const destroyed = await withIdentity(
      api.appPool,
      { orgId: "org-a", principalId: "eve", roles: ["subject"] },
      (tx) =>
        tx.query(
          "UPDATE cordon.subject_keys SET wrapped_key = NULL, destroyed_at = now(), destroyed_by = 'eve' WHERE org_id = 'org-a' AND subject_id = $1",
          [victim],
        ),
    );
    assert.equal(destroyed.rowCount, 0);
    assert.equal(await liveKeys("org-a", victim), 3);
  });

  it("refuses a request without a reason or with extra fields", async () => {
    for (const payload of [{}, { reason: "" }, { reason: "x", subjectPseudonym: "abc" }]) {
      const response = await api.call(adminA, { method: "POST", url: "/v1/subjects/gina/erasure", payload });
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
    }
  });
});
