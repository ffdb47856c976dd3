import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { HumanTokenClaims } from "@cordon/control-api";
import { ExportStack, subjectEvents } from "./lib/export-stack.ts";
import { type Collector, PipelineStack } from "./lib/pipeline-stack.ts";

const eventTypes = [
  "session.start",
  "window.focus",
  "pointer.move",
  "key.press",
  "text.input",
  "session.end",
];

interface ReportEntry {
  sequence: number;
  action: string;
  actor: { id: string };
  detail: Record<string, unknown>;
  hash: string;
}
interface Report {
  exports: { exportId: string; records: ReportEntry[] }[];
  about: ReportEntry[];
  verification: { ok: boolean; reason: string | null; firstBadSequence: number | null };
}

describe("a subject's access report over several exports, and what opt-out and erasure do to those exports", () => {
  let stack: PipelineStack;
  let exports: ExportStack;
  let running: Awaited<ReturnType<PipelineStack["startPipeline"]>>;
  const org = `org-r-${randomUUID().slice(0, 8)}`;
  const engineer: HumanTokenClaims = { sub: "eng-r", org, roles: ["ml_engineer"] };
  const steward: HumanTokenClaims = { sub: "stew-r", org, roles: ["steward"] };
  const security: HumanTokenClaims = { sub: "sec-r", org, roles: ["security"] };
  const admin: HumanTokenClaims = { sub: "adm-r", org, roles: ["admin"] };
  const subjects: Collector[] = [];
  const base = Date.now() - 20 * 60_000;
  const window = {
    from: new Date(base - 60_000).toISOString(),
    to: new Date(base + 15 * 60_000).toISOString(),
  };
  const completed: string[] = [];
  let queued = "";

  const asSubject = (collector: Collector): HumanTokenClaims => ({
    sub: collector.subjectId,
    org,
    roles: ["subject"],
  });
  const report = async (claims: HumanTokenClaims, subjectId: string) => {
    const response = await exports.call(claims, {
      method: "GET",
      url: `/v1/subjects/${subjectId}/access-report`,
    });
    assert.equal(response.statusCode, 200, response.body);
    return { body: response.json() as Report, text: response.body };
  };
  const requestExport = async () => {
    const asked = await exports.call(engineer, {
      method: "POST",
      url: "/v1/exports",
      payload: {
        purpose: "model-training",
        dataset: "events/v1",
        fields: ["text"],
        filter: { ...window, eventTypes },
      },
    });
    assert.equal(asked.statusCode, 201, asked.body);
    const answer = asked.json() as { export: { exportId: string; status: string }; plan: { hash: string } };
    if (answer.export.status === "pending_approval") {
      const approved = await exports.call(steward, {
        method: "POST",
        url: `/v1/exports/${answer.export.exportId}/approve`,
        payload: { planHash: answer.plan.hash },
      });
      assert.equal(approved.statusCode, 200, approved.body);
    }
    return answer.export.exportId;
  };
  const statusOf = async (exportId: string) =>
    (await stack.admin.query("SELECT status FROM cordon.exports WHERE export_id = $1", [exportId])).rows[0]
      ?.status;

  before(async () => {
    stack = await PipelineStack.start("access-report-e2e");
    running = await stack.startPipeline();
    exports = await ExportStack.start(stack, "access-report-e2e");
    let sent = 0;
    for (let index = 0; index < 12; index++) {
      const collector = await stack.enrol({ orgId: org });
      subjects.push(collector);
      sent += await stack.send(collector, subjectEvents(randomUUID(), 1, base + index));
    }
    assert.equal(await stack.waitForCatalogued(sent), sent);
    const granted = await exports.call(steward, {
      method: "POST",
      url: "/v1/policies",
      payload: {
        grantee: { type: "role", id: "ml_engineer" },
        dataset: "events/v1",
        eventTypes,
        fields: ["text"],
        maxTier: "restricted",
        purposes: ["model-training"],
      },
    });
    assert.equal(granted.statusCode, 201, granted.body);
    for (let run = 0; run < 2; run++) {
      const exportId = await requestExport();
      await exports.drain();
      assert.equal(await statusOf(exportId), "completed");
      const files = await exports.call(engineer, { method: "GET", url: `/v1/exports/${exportId}` });
      const name = (files.json() as { files: { name: string }[] }).files[0]?.name ?? "";
      const download = await exports.call(engineer, {
        method: "GET",
        url: `/v1/exports/${exportId}/files/${name}`,
      });
      assert.equal(download.statusCode, 200);
      completed.push(exportId);
    }
    queued = await requestExport();
    assert.equal(await statusOf(queued), "queued");
  });

  after(async () => {
    await running?.pipeline.stop();
    await running?.pool.end();
    await exports?.close(stack);
    await stack?.close();
  });

  it("lists every export that included the subject with its request, run, decrypts and download, verified", async () => {
    const alice = subjects[0] as Collector;
    const { body } = await report(asSubject(alice), alice.subjectId);
    assert.deepEqual(body.exports.map((entry) => entry.exportId).sort(), [...completed, queued].sort());
    for (const exportId of completed) {
      const actions = new Set(
        body.exports.find((entry) => entry.exportId === exportId)?.records.map((r) => r.action),
      );
      for (const action of ["export.request", "export.run", "data.decrypt", "export.download"]) {
        assert.ok(actions.has(action), `${exportId} lacks ${action}`);
      }
    }
    assert.equal(body.verification.ok, true);
  });

  it("matches the access log as security reads it, without another subject's decrypts or pseudonyms", async () => {
    const alice = subjects[0] as Collector;
    const { body, text } = await report(asSubject(alice), alice.subjectId);
    const { rows: own } = await stack.admin.query<{ pseudonym: string }>(
      "SELECT pseudonym FROM cordon.subject_pseudonyms WHERE org_id = $1 AND subject_id = $2",
      [org, alice.subjectId],
    );
    const ownPseudonym = own[0]?.pseudonym;
    for (const exportId of [...completed, queued]) {
      const page = await exports.call(security, {
        method: "GET",
        url: `/v1/audit/events?resourceType=export&resourceId=${exportId}&limit=500`,
      });
      assert.equal(page.statusCode, 200, page.body);
      const logged = (page.json().records as (ReportEntry & { detail: { subjectPseudonym?: string } })[])
        .filter(
          (record) =>
            record.detail.subjectPseudonym === undefined || record.detail.subjectPseudonym === ownPseudonym,
        )
        .map((record) => [record.sequence, record.hash])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
      const reported = (body.exports.find((entry) => entry.exportId === exportId)?.records ?? []).map(
        (record) => [record.sequence, record.hash],
      );
      assert.deepEqual(reported, logged, exportId);
    }
    const { rows: others } = await stack.admin.query<{ pseudonym: string }>(
      "SELECT pseudonym FROM cordon.subject_pseudonyms WHERE org_id = $1 AND pseudonym <> $2",
      [org, ownPseudonym],
    );
    assert.ok(others.length >= 10);
    for (const { pseudonym } of others)
      assert.ok(!text.includes(pseudonym), "another subject's pseudonym is in the report");
    for (const other of subjects.slice(1)) assert.ok(!text.includes(other.subjectId), "another subject's id");
  });

  it("an opt-out sends a queued export that included the subject back to planning", async () => {
    const bob = subjects[1] as Collector;
    const response = await exports.call(admin, {
      method: "PUT",
      url: `/v1/subjects/${bob.subjectId}/consent`,
      payload: { optedOut: true, reason: "asked HR" },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(await statusOf(queued), "replan");
    for (const exportId of completed) assert.equal(await statusOf(exportId), "completed");
  });

  it("an erasure cancels the completed exports that included the subject, so the exporter shreds them", async () => {
    const carol = subjects[2] as Collector;
    const response = await exports.call(asSubject(carol), {
      method: "POST",
      url: `/v1/subjects/${carol.subjectId}/erasure`,
      payload: { reason: "leaving" },
    });
    assert.equal(response.statusCode, 202, response.body);
    for (const exportId of completed) assert.equal(await statusOf(exportId), "cancelled");
    await exports.drain();
    const { rows } = await stack.admin.query(
      "SELECT count(*)::int AS n FROM cordon.exports WHERE export_id = ANY($1) AND shredded_at IS NOT NULL",
      [completed],
    );
    assert.equal(rows[0].n, completed.length);
  });

  it("the report's verification fails once a record of its segment was changed", async () => {
    const alice = subjects[0] as Collector;
    const before = await report(asSubject(alice), alice.subjectId);
    const target = before.body.exports[0]?.records[0]?.sequence ?? 0;
    const client = await stack.admin.connect();
    try {
      await client.query("BEGIN");
      await client.query("ALTER TABLE cordon.audit_records DISABLE TRIGGER audit_records_append_only");
      await client.query("UPDATE cordon.audit_records SET purpose = 'something-else' WHERE sequence = $1", [
        target,
      ]);
      await client.query("ALTER TABLE cordon.audit_records ENABLE TRIGGER audit_records_append_only");
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    const after = await report(asSubject(alice), alice.subjectId);
    assert.equal(after.body.verification.ok, false);
    assert.equal(after.body.verification.firstBadSequence, target);
    assert.equal(after.body.verification.reason, "hash_mismatch");
  });
});
