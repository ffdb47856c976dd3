import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { InjectOptions } from "fastify";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";
import type { HumanTokenClaims } from "../../testing/test-issuer.ts";

/**
 * The authorisation matrix of grants and exports: every human role, and a
 * service identity, × every policy and export action × their own and another
 * organisation. Each forbidden cell is tried, must be refused with its code,
 * and must leave a refusal (never an `allowed`) in the access log.
 */
const roles = ["admin", "security", "steward", "ml_engineer", "subject", "exporter"] as const;
type Role = (typeof roles)[number];
const actions = [
  "policy.create",
  "policy.change",
  "policy.revoke",
  "policy.list",
  "export.request",
  "export.read",
  "export.list",
  "export.approve",
  "export.deny",
  "export.download",
] as const;
type Action = (typeof actions)[number];
type Org = "own" | "other";
interface Cell {
  status: number;
  code?: string;
}

const orgA = "org-a";
const orgB = "org-b";
const who = (role: Role, org: Org): HumanTokenClaims => ({
  sub: `${role}-${org === "own" ? "a" : "b"}`,
  org: org === "own" ? orgA : orgB,
  roles: [role],
});

const allowedRoles: Record<Action, readonly Role[]> = {
  "policy.create": ["steward"],
  "policy.change": ["steward"],
  "policy.revoke": ["steward"],
  "policy.list": ["steward", "security", "admin", "ml_engineer"],
  "export.request": ["ml_engineer"],
  "export.read": ["ml_engineer", "steward", "security", "admin"],
  "export.list": ["ml_engineer", "steward", "security", "admin"],
  "export.approve": ["steward"],
  "export.deny": ["steward"],
  "export.download": ["ml_engineer"],
};

/** What each cell must answer. Org A owns the grants and exports acted on. */
function expected(action: Action, role: Role, org: Org): Cell {
  // A service role is not a human role: the token itself is refused.
  if (role === "exporter") return { status: 401, code: "invalid_token" };
  if (!allowedRoles[action].includes(role)) return { status: 403, code: "forbidden" };
  const successStatus = action === "policy.create" || action === "export.request" ? 201 : 200;
  if (org === "own") {
    // The export is not run in this test: its requester may ask for its files only once it is.
    if (action === "export.download") return { status: 409, code: "export_not_ready" };
    return { status: successStatus };
  }
  switch (action) {
    case "policy.create":
    case "policy.list":
    case "export.list":
      // Acts in, or lists, the caller's own organisation: nothing of org A is reachable.
      return { status: successStatus };
    case "export.request":
      // Org B's engineers hold a grant of org B, which reaches no data of org A.
      return { status: 422, code: "cohort_too_small" };
    default:
      // Another organisation's grant or export is invisible under row-level security.
      return { status: 404, code: "not_found" };
  }
}

describe("authorisation matrix of /v1/policies and /v1/exports", () => {
  let api: ControlApiHarness;
  const stewardA = who("steward", "own");
  const engineerA = who("ml_engineer", "own");
  const from = new Date(Date.now() - 3_600_000).toISOString();
  const to = new Date(Date.now() + 3_600_000).toISOString();
  const exportBody = {
    purpose: "model-training",
    dataset: "events/v1",
    fields: ["text", "prompt"],
    filter: { from, to, eventTypes: ["key.press"] },
  };
  const grantBody = {
    grantee: { type: "role", id: "ml_engineer" },
    dataset: "events/v1",
    eventTypes: ["key.press"],
    fields: ["text", "prompt"],
    maxTier: "confidential",
    purposes: ["model-training"],
  };

  async function grant(): Promise<string> {
    const response = await api.call(stewardA, { method: "POST", url: "/v1/policies", payload: grantBody });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().grantId;
  }
  async function pendingExport(): Promise<{ id: string; hash: string }> {
    const response = await api.call(engineerA, { method: "POST", url: "/v1/exports", payload: exportBody });
    assert.equal(response.statusCode, 201, response.body);
    const answer = response.json();
    assert.equal(answer.export.status, "pending_approval");
    return { id: answer.export.exportId, hash: answer.plan.hash };
  }

  before(async () => {
    api = await startControlApi("control_export_matrix");
    const grantB = await api.call(who("steward", "other"), {
      method: "POST",
      url: "/v1/policies",
      payload: grantBody,
    });
    assert.equal(grantB.statusCode, 201, grantB.body);
    // The catalog of org A: one file, twelve subjects' slices (metadata only).
    await api.ownerPool.query(
      `INSERT INTO cordon.lake_files (file_key, org_id, file_date, file_hour, topic, kafka_partition, first_offset,
          last_offset, row_count, size_bytes, first_ts, last_ts, schema_version)
       VALUES ('lake/org=org-a/f1.parquet', $1, now()::date, 0, 't', 0, 0, 11, 120, 1000, now(), now(), 1)`,
      [orgA],
    );
    await api.ownerPool.query(
      `INSERT INTO cordon.lake_slices (file_key, subject_id, org_id, first_row, row_count, categories, highest_tier,
          first_ts, last_ts)
       SELECT 'lake/org=org-a/f1.parquet', 'subject-' || n, $1, (n - 1) * 10, 10, '{text}', 'confidential', now(), now()
         FROM generate_series(1, 12) AS n`,
      [orgA],
    );
  });
  after(async () => {
    await api.close();
  });

  /** A request for each action, against fresh targets so allowed cells do not change later ones. */
  async function requestFor(action: Action): Promise<InjectOptions> {
    switch (action) {
      case "policy.create":
        return { method: "POST", url: "/v1/policies", payload: grantBody };
      case "policy.change":
        return {
          method: "PUT",
          url: `/v1/policies/${await grant()}`,
          payload: { ...grantBody, maxTier: "internal" },
        };
      case "policy.revoke":
        return { method: "POST", url: `/v1/policies/${await grant()}/revoke` };
      case "policy.list":
        return { method: "GET", url: "/v1/policies" };
      case "export.request":
        return { method: "POST", url: "/v1/exports", payload: exportBody };
      case "export.read":
        return { method: "GET", url: `/v1/exports/${(await pendingExport()).id}` };
      case "export.list":
        return { method: "GET", url: "/v1/exports" };
      case "export.approve": {
        const target = await pendingExport();
        return {
          method: "POST",
          url: `/v1/exports/${target.id}/approve`,
          payload: { planHash: target.hash },
        };
      }
      case "export.deny":
        return {
          method: "POST",
          url: `/v1/exports/${(await pendingExport()).id}/deny`,
          payload: { reason: "not for this purpose" },
        };
      case "export.download":
        return { method: "GET", url: `/v1/exports/${(await pendingExport()).id}/files/part-00000.parquet` };
    }
  }

  it("grants exist for the engineers of org A only", async () => {
    await grant();
  });

  for (const action of actions) {
    for (const role of roles) {
      for (const org of ["own", "other"] as const) {
        const cell = expected(action, role, org);
        const verdict = cell.status < 300 ? "allowed" : `refused ${cell.status} ${cell.code}`;
        it(`${action} by ${role} of the ${org} organisation: ${verdict}`, async () => {
          const response = await api.call(who(role, org), await requestFor(action));
          assert.equal(response.statusCode, cell.status, response.body);
          if (cell.status < 300) return;
          const body = response.json() as { error: { code: string; requestId: string } };
          assert.equal(body.error.code, cell.code);
          // Refusals of the route guard are audited in aggregate; flushed here, each is its own record.
          await api.refusalAudit.flushAll();
          const recorded = api.audit.entries.filter((entry) => entry.requestId === body.error.requestId);
          assert.ok(recorded.length > 0, "the refusal is audited");
          assert.ok(
            recorded.every((entry) => entry.outcome !== "allowed"),
            "a refused call is never audited as allowed",
          );
        });
      }
    }
  }

  it("another organisation's listing holds nothing of org A", async () => {
    for (const role of ["steward", "security", "admin", "ml_engineer"] as const) {
      const grants = await api.call(who(role, "other"), { method: "GET", url: "/v1/policies" });
      assert.ok(!grants.json().grants.some((g: { orgId: string }) => g.orgId === orgA));
      const listed = await api.call(who(role, "other"), { method: "GET", url: "/v1/exports" });
      assert.ok(!listed.json().exports.some((e: { orgId: string }) => e.orgId === orgA));
    }
  });

  it("a steward never grants to themselves or to a role they hold", async () => {
    for (const grantee of [
      { type: "principal", id: stewardA.sub },
      { type: "role", id: "steward" },
    ]) {
      const response = await api.call(stewardA, {
        method: "POST",
        url: "/v1/policies",
        payload: { ...grantBody, grantee },
      });
      assert.equal(response.statusCode, 403, response.body);
      assert.equal(response.json().error.code, "self_grant_forbidden");
    }
  });

  it("every grant change is a new version with the organisation's next policy version, audited with it", async () => {
    const created = await api.call(stewardA, { method: "POST", url: "/v1/policies", payload: grantBody });
    const id = created.json().grantId;
    const changed = await api.call(stewardA, {
      method: "PUT",
      url: `/v1/policies/${id}`,
      payload: { ...grantBody, purposes: ["evaluation"] },
    });
    const revoked = await api.call(stewardA, { method: "POST", url: `/v1/policies/${id}/revoke` });
    const versions = [created, changed, revoked].map((response) => response.json());
    assert.deepEqual(
      versions.map((grant) => grant.version),
      [1, 2, 3],
    );
    assert.equal(versions[2].revoked, true);
    assert.ok(versions[0].policyVersion < versions[1].policyVersion);
    assert.ok(versions[1].policyVersion < versions[2].policyVersion);
    const { rows } = await api.ownerPool.query(
      "SELECT version FROM cordon.grants WHERE grant_id = $1 ORDER BY version",
      [id],
    );
    assert.deepEqual(
      rows.map((row) => row.version),
      [1, 2, 3],
      "old versions are kept",
    );
    const audited = api.audit.entries.filter(
      (entry) => entry.action === "policy.change" && entry.resource.id === id && entry.outcome === "allowed",
    );
    assert.deepEqual(
      audited.map((entry) => entry.policyVersion),
      versions.map((grant) => `policy-${grant.policyVersion}`),
    );
  });
});
