import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import {
  type AuditFilter,
  auditRecordsAsNdjson,
  InvalidCursorError,
  queryAuditRecords,
  streamAuditRecords,
} from "./query.ts";
import type { AuditRecordInput } from "./record.ts";
import {
  type AuditTestStack,
  auditTestStack,
  sampleInput,
  securityIdentity,
  seedRecordsAsOwner,
} from "./testing/audit-stack.ts";

const inputs: AuditRecordInput[] = [
  sampleInput({ requestId: "q-1" }),
  sampleInput({ requestId: "q-2", action: "collector.revoke", resource: { type: "collector", id: "c-2" } }),
  sampleInput({
    requestId: "q-3",
    actor: { type: "principal", id: "mallory", authMethod: "jwt" },
    action: "auth.denied",
    resource: { type: "route", id: "GET /v1/audit/events" },
    outcome: "denied",
    reason: "forbidden",
  }),
  sampleInput({
    requestId: "q-4",
    actor: { type: "collector", id: "5f0c-collector", authMethod: "collector_token" },
  }),
  sampleInput({
    requestId: "q-5",
    action: "ingest.pause",
    resource: { type: "ingest_pause", id: "org:org-a" },
  }),
  sampleInput({
    requestId: "q-6",
    actor: { type: "principal", id: "mallory", authMethod: "jwt" },
    action: "auth.denied",
    resource: { type: "route", id: "GET /v1/audit/verify" },
    outcome: "denied",
    reason: "forbidden",
  }),
];

describe("querying the access log", () => {
  let stack: AuditTestStack;
  let times: string[];
  before(async () => {
    stack = await auditTestStack("audit_query");
    const start = Date.parse("2026-03-01T00:00:00.000Z");
    times = inputs.map((_, index) => new Date(start + (index + 1) * 60_000).toISOString());
    await seedRecordsAsOwner(
      stack.admin,
      inputs.map((input, index) => ({ input, time: times[index] ?? "" })),
    );
  });
  after(() => stack?.close());

  const requestIds = (filter: AuditFilter, order: "asc" | "desc" = "asc") =>
    withIdentity(stack.pool, securityIdentity, async (client) =>
      (await queryAuditRecords(client, filter, { limit: 100, order })).records.map(
        (record) => record.requestId,
      ),
    );

  it("filters by actor, action, resource, outcome and actor type", async () => {
    assert.deepEqual(await requestIds({ actorId: "mallory" }), ["q-3", "q-6"]);
    assert.deepEqual(await requestIds({ actions: ["collector.revoke", "ingest.pause"] }), ["q-2", "q-5"]);
    assert.deepEqual(await requestIds({ resourceId: "c-2" }), ["q-2"]);
    assert.deepEqual(await requestIds({ resourceType: "route", outcome: "denied" }), ["q-3", "q-6"]);
    assert.deepEqual(await requestIds({ actorType: "collector" }), ["q-4"]);
    assert.deepEqual(await requestIds({ actorId: "mallory", actions: ["collector.enrol"] }), []);
  });

  it("filters by a time range, from inclusive to exclusive", async () => {
    assert.deepEqual(await requestIds({ from: new Date(times[1] ?? ""), to: new Date(times[4] ?? "") }), [
      "q-2",
      "q-3",
      "q-4",
    ]);
  });

  it("finds records by the prefix of an actor, resource or request id, with LIKE wildcards taken literally", async () => {
    assert.deepEqual(await requestIds({ idPrefix: "5f0c" }), ["q-4"]);
    assert.deepEqual(await requestIds({ idPrefix: "GET /v1/audit/" }), ["q-3", "q-6"]);
    assert.deepEqual(await requestIds({ idPrefix: "q-5" }), ["q-5"]);
    assert.deepEqual(await requestIds({ idPrefix: "%" }), []);
    assert.deepEqual(await requestIds({ idPrefix: "q_" }), []);
  });

  it("pages newest first by cursor without repeating or skipping a record", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await withIdentity(stack.pool, securityIdentity, (client) =>
        queryAuditRecords(client, {}, { limit: 4, ...(cursor === undefined ? {} : { cursor }) }),
      );
      seen.push(...page.records.map((record) => record.requestId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    assert.deepEqual(seen, ["q-6", "q-5", "q-4", "q-3", "q-2", "q-1"]);
  });

  it("refuses a cursor it did not issue", async () => {
    await assert.rejects(
      withIdentity(stack.pool, securityIdentity, (client) =>
        queryAuditRecords(client, {}, { limit: 1, cursor: Buffer.from("s:1; DROP").toString("base64url") }),
      ),
      InvalidCursorError,
    );
  });

  it("streams every matching record oldest first as NDJSON, across pages", async () => {
    const lines: string[] = [];
    for await (const line of auditRecordsAsNdjson(
      streamAuditRecords(stack.pool, securityIdentity, { actions: ["collector.enrol"] }, { pageSize: 1 }),
    )) {
      lines.push(line);
    }
    assert.ok(lines.every((line) => line.endsWith("\n") && !line.slice(0, -1).includes("\n")));
    assert.deepEqual(
      lines.map((line) => JSON.parse(line).requestId),
      ["q-1", "q-4"],
    );
  });

  it("shows nothing to a role other than security", async () => {
    const page = await withIdentity(
      stack.pool,
      { principalId: "a", orgId: "org-a", roles: ["admin"] },
      (client) => queryAuditRecords(client, {}, { limit: 10 }),
    );
    assert.deepEqual(page.records, []);
  });
});
