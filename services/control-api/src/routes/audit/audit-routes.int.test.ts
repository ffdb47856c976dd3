import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createAuditCheckpointer } from "@cordon/audit";
import type { LightMyRequestResponse } from "fastify";
import { type ControlApiHarness, startControlApi } from "../../testing/control-api-harness.ts";

const appendFunction =
  "cordon.append_audit_record(text, text, text, text, text, text, text, text, text, text, text, text, jsonb)";
const adminA = { sub: "admin-a", org: "org-a", roles: ["admin"] };
const securityA = { sub: "security-a", org: "org-a", roles: ["security"] };

interface StoredRecord {
  sequence: number;
  actor_type: string;
  actor_id: string;
  actor_auth: string;
  action: string;
  resource_type: string;
  resource_id: string;
  outcome: string;
  reason: string | null;
  detail: Record<string, unknown>;
}

describe("the access log behind the control API", () => {
  let api: ControlApiHarness;
  before(async () => {
    api = await startControlApi("control_audit", { auditLog: true });
  });
  after(() => api?.close());

  /** The records of one request, read as the database owner (no row-level security in the way). */
  async function recordsOf(response: LightMyRequestResponse): Promise<StoredRecord[]> {
    const requestId = response.headers["x-request-id"];
    assert.ok(typeof requestId === "string");
    const { rows } = await api.ownerPool.query<StoredRecord>(
      `SELECT sequence::int, actor_type, actor_id, actor_auth, action, resource_type, resource_id, outcome, reason, detail
         FROM cordon.audit_records WHERE request_id = $1`,
      [requestId],
    );
    return rows;
  }

  async function onlyRecordOf(response: LightMyRequestResponse): Promise<StoredRecord> {
    const records = await recordsOf(response);
    assert.equal(
      records.length,
      1,
      `records of ${response.headers["x-request-id"]}: ${JSON.stringify(records)}`,
    );
    return records[0] as StoredRecord;
  }

  it("writes exactly one record, with the right actor and outcome, for each audited action", async () => {
    const enrol = await api.call(adminA, {
      method: "POST",
      url: "/v1/collectors",
      payload: { subjectId: "alice" },
    });
    assert.equal(enrol.statusCode, 201, enrol.body);
    const collectorId = enrol.json().collectorId as string;
    const revoke = await api.call(adminA, { method: "POST", url: `/v1/collectors/${collectorId}/revoke` });
    const revokeMissing = await api.call(adminA, {
      method: "POST",
      url: "/v1/collectors/3f1c1c4e-9a56-4d3a-8d0e-6a3f4f1b2c7d/revoke",
    });
    const pause = await api.call(adminA, {
      method: "PUT",
      url: "/v1/admin/pause",
      payload: { scope: "org", reason: "incident 42" },
    });
    const resume = await api.call(adminA, {
      method: "DELETE",
      url: "/v1/admin/pause",
      payload: { scope: "org" },
    });
    const consent = await api.call(adminA, {
      method: "PUT",
      url: "/v1/subjects/alice/consent",
      payload: { optedOut: true },
    });
    const anonymous = await api.call(undefined, { method: "GET", url: "/v1/collectors" });
    assert.deepEqual(
      [revoke, revokeMissing, pause, resume, consent, anonymous].map((response) => response.statusCode),
      [200, 404, 200, 200, 200, 401],
    );

    const admin = { actor_type: "principal", actor_id: "admin-a", actor_auth: "jwt" };
    const expected: [LightMyRequestResponse, Partial<StoredRecord>][] = [
      [enrol, { ...admin, action: "collector.enrol", resource_id: collectorId, outcome: "allowed" }],
      [revoke, { ...admin, action: "collector.revoke", resource_id: collectorId, outcome: "allowed" }],
      [revokeMissing, { ...admin, action: "collector.revoke", outcome: "failed", reason: "not_found" }],
      [pause, { ...admin, action: "ingest.pause", outcome: "allowed" }],
      [resume, { ...admin, action: "ingest.resume", outcome: "allowed" }],
      [consent, { ...admin, action: "consent.change", resource_id: "alice", outcome: "allowed" }],
      [
        anonymous,
        {
          actor_id: "anonymous",
          actor_auth: "none",
          action: "auth.denied",
          outcome: "denied",
          reason: "unauthenticated",
        },
      ],
    ];
    // Refusals are recorded in aggregate, once their minute ends or when flushed.
    await api.refusalAudit.flushAll();
    for (const [response, fields] of expected) {
      const record = await onlyRecordOf(response);
      for (const [field, value] of Object.entries(fields)) {
        assert.equal(record[field as keyof StoredRecord], value, `${fields.action}: ${field}`);
      }
    }
  });

  it("refuses every role but security on the audit endpoints, and records the refusals of each caller", async () => {
    const urls = ["/v1/audit/events", "/v1/audit/events/export", "/v1/audit/verify"];
    const firstResponses: LightMyRequestResponse[] = [];
    for (const roles of [["admin"], ["steward"], ["ml_engineer"], ["subject"]]) {
      for (const url of urls) {
        const response = await api.call(
          { sub: `p-${roles[0]}`, org: "org-a", roles },
          { method: "GET", url },
        );
        assert.equal(response.statusCode, 403, `${roles} ${url}`);
        assert.equal(response.json().error.code, "forbidden");
        if (url === urls[0]) firstResponses.push(response);
      }
    }
    // Refusals are recorded per caller and minute: one record each, naming its first request.
    await api.refusalAudit.flushAll();
    for (const [index, roles] of [["admin"], ["steward"], ["ml_engineer"], ["subject"]].entries()) {
      const response = firstResponses[index];
      assert.ok(response !== undefined);
      const record = await onlyRecordOf(response);
      assert.equal(record.action, "auth.denied");
      assert.equal(record.actor_id, `p-${roles[0]}`);
      assert.equal(record.outcome, "denied");
      assert.equal(record.reason, "forbidden");
      assert.equal(record.resource_id, `GET ${urls[0]}`);
      assert.equal(record.detail.refusals, urls.length);
    }
  });

  it("lets security query with filters and a cursor, and records each query as audit.query", async () => {
    const first = await api.call(securityA, {
      method: "GET",
      url: "/v1/audit/events?actorId=admin-a&limit=2",
    });
    assert.equal(first.statusCode, 200, first.body);
    const page = first.json() as {
      records: { actor: { id: string }; sequence: number }[];
      nextCursor: string;
    };
    assert.equal(page.records.length, 2);
    assert.ok(page.records.every((record) => record.actor.id === "admin-a"));
    const second = await api.call(securityA, {
      method: "GET",
      url: `/v1/audit/events?actorId=admin-a&limit=2&cursor=${page.nextCursor}`,
    });
    const next = second.json() as typeof page;
    assert.ok((next.records[0]?.sequence ?? 0) < (page.records[1]?.sequence ?? 0));

    const denied = await api.call(securityA, {
      method: "GET",
      url: "/v1/audit/events?action=auth.denied&outcome=denied&q=GET%20/v1/audit/",
    });
    assert.ok((denied.json().records as unknown[]).length >= 4);

    const record = await onlyRecordOf(first);
    assert.equal(record.action, "audit.query");
    assert.equal(record.actor_id, "security-a");
    assert.equal(record.outcome, "allowed");
  });

  it("shows an organisation's security officer only that organisation's records, and not the whole-chain verification", async () => {
    const securityB = { sub: "security-b", org: "org-b", roles: ["security"] };
    const seen = await api.call(securityB, { method: "GET", url: "/v1/audit/events?limit=500" });
    assert.equal(seen.statusCode, 200, seen.body);
    const records = seen.json().records as { orgId?: string; actor: { id: string } }[];
    assert.ok(
      records.every((record) => record.orgId === "org-b"),
      "a record of another organisation leaked",
    );
    assert.ok(!records.some((record) => record.actor.id === "admin-a"));
    const exported = await api.call(securityB, {
      method: "GET",
      url: "/v1/audit/events/export?actorId=admin-a",
    });
    assert.equal(exported.statusCode, 200);
    assert.equal(exported.body.trim(), "");
    const verify = await api.call(securityA, { method: "GET", url: "/v1/audit/verify" });
    assert.equal(verify.statusCode, 403);
  });

  it("answers a malformed filter or cursor with 400, not 500", async () => {
    for (const url of [
      "/v1/audit/events?action=collector.delete",
      "/v1/audit/events?from=yesterday",
      "/v1/audit/events?cursor=bm90LWEtY3Vyc29y",
      "/v1/audit/events?limit=100000",
    ]) {
      const response = await api.call(securityA, { method: "GET", url });
      assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
      assert.equal(response.json().error.code, "invalid_request");
    }
    const verify = await api.callAsPlatformOperator("ops-1", {
      method: "GET",
      url: "/v1/audit/verify?from=5&to=2",
    });
    assert.equal(verify.statusCode, 400, verify.body);
    assert.equal(verify.json().error.code, "invalid_request");
  });

  it("streams the log as NDJSON, oldest first, after recording the export as audit.export", async () => {
    const response = await api.call(securityA, {
      method: "GET",
      url: "/v1/audit/events/export?actorId=admin-a",
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers["content-type"]), /^application\/x-ndjson/);
    const lines = response.body
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => line.action),
      [
        "collector.enrol",
        "collector.revoke",
        "collector.revoke",
        "ingest.pause",
        "ingest.resume",
        "consent.change",
      ],
    );
    assert.ok(lines.every((line, index) => index === 0 || line.sequence > lines[index - 1].sequence));
    assert.ok(lines.every((line) => line.actor.id === "admin-a"));
    const record = await onlyRecordOf(response);
    assert.equal(record.action, "audit.export");
  });

  it("verifies the chain with its signed checkpoints, records audit.verify, and names the first bad sequence after tampering", async () => {
    const checkpointer = createAuditCheckpointer({
      pool: api.appPool,
      keys: api.auditVerification.keys,
      store: api.auditVerification.store,
      keyPrefix: api.auditVerification.keyPrefix,
      everyRecords: 5,
      everyMs: 3_600_000,
    });
    assert.ok((await checkpointer.checkpointIfDue()) !== undefined);

    const ok = await api.callAsPlatformOperator("ops-1", { method: "GET", url: "/v1/audit/verify" });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().ok, true);
    assert.equal(ok.json().checkpoints, 1);
    assert.equal((await onlyRecordOf(ok)).action, "audit.verify");

    const client = await api.ownerPool.connect();
    try {
      await client.query("BEGIN");
      await client.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER audit_records_append_only");
      await client.query(
        "UPDATE cordon.audit_records SET outcome = 'allowed', reason = NULL WHERE sequence = 3",
      );
      await client.query("ALTER TABLE cordon.audit_records ENABLE TRIGGER audit_records_append_only");
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    const broken = await api.callAsPlatformOperator("ops-1", { method: "GET", url: "/v1/audit/verify" });
    assert.equal(broken.statusCode, 200);
    const verdict = broken.json() as { ok: boolean; firstBadSequence: number; reason: string };
    assert.deepEqual([verdict.ok, verdict.firstBadSequence, verdict.reason], [false, 3, "hash_mismatch"]);
    const metrics = await api.registry.getSingleMetricAsString("cordon_audit_alerts_total");
    assert.match(metrics, /alert="verify_failed".* 1/);
  });

  it("fails the action, and leaves it undone, when its record cannot be written", async () => {
    await api.ownerPool.query(`REVOKE EXECUTE ON FUNCTION ${appendFunction} FROM cordon_control`);
    let response: LightMyRequestResponse;
    try {
      response = await api.call(adminA, {
        method: "POST",
        url: "/v1/collectors",
        payload: { subjectId: "unaudited" },
      });
    } finally {
      await api.ownerPool.query(`GRANT EXECUTE ON FUNCTION ${appendFunction} TO cordon_control`);
    }
    assert.equal(response.statusCode, 503, response.body);
    assert.equal(response.json().error.code, "dependency_unavailable");
    assert.ok(!response.body.includes("clientSecret"), "a secret was handed out for an unrecorded enrolment");
    const { rows } = await api.ownerPool.query(
      "SELECT 1 FROM cordon.collectors WHERE subject_id = 'unaudited'",
    );
    assert.equal(rows.length, 0);
  });

  it("streams an export longer than one page, every record once, in order", async () => {
    // Filler records straight into the table (triggers off): the export reads pages, it does not verify.
    const client = await api.ownerPool.connect();
    try {
      await client.query("SET session_replication_role = replica");
      await client.query(
        `INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id, actor_auth,
           action, resource_type, resource_id, outcome, request_id, org_id, prev_hash, hash)
         SELECT 100000 + n, date_trunc('milliseconds', now()),
                to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'service', 'filler', 'service', 'data.decrypt', 'subject', 's-' || n, 'allowed', 'filler-' || n, 'org-a',
                decode(repeat('00', 32), 'hex'), decode(repeat('00', 32), 'hex')
           FROM generate_series(1, 2500) AS n`,
      );
    } finally {
      await client.query("SET session_replication_role = DEFAULT");
      client.release();
    }
    const response = await api.call(securityA, {
      method: "GET",
      url: "/v1/audit/events/export?actorId=filler",
    });
    assert.equal(response.statusCode, 200);
    const sequences = response.body
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).sequence as number);
    assert.equal(sequences.length, 2500);
    assert.deepEqual(
      sequences,
      Array.from({ length: 2500 }, (_, index) => 100001 + index),
    );
  });
});
