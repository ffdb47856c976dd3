import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAuditRecordInput } from "./record.ts";
import { RefusalAudit } from "./refusals.ts";

function recordingAudit(options: { burstThreshold?: number; maxSourcesPerWindow?: number } = {}) {
  let nowMs = Date.UTC(2026, 0, 1, 12, 0, 10);
  const records: ReturnType<typeof parseAuditRecordInput>[] = [];
  const bursts: number[] = [];
  const audit = new RefusalAudit({
    // Every record must be one the real log accepts.
    append: async (record) => records.push(parseAuditRecordInput(record)),
    now: () => nowMs,
    onBurst: (refusals) => bursts.push(refusals),
    ...options,
  });
  return { audit, records, bursts, advance: (ms: number) => (nowMs += ms) };
}

const refusal = (sourceAddress: string, reason = "invalid_token", requestId = "req-1") => ({
  sourceAddress,
  route: "GET /v1/collectors",
  reason,
  requestId,
});

describe("refusal audit", () => {
  it("turns a flood of refusals from one source in one minute into one record carrying the count", async () => {
    const { audit, records } = recordingAudit();
    for (let i = 0; i < 5_000; i++)
      audit.note(refusal("203.0.113.7", i % 2 === 0 ? "invalid_token" : "unauthenticated", `req-${i}`));
    await audit.flushAll();
    assert.equal(records.length, 1);
    const [record] = records;
    assert.equal(record?.action, "auth.denied");
    assert.equal(record?.outcome, "denied");
    assert.deepEqual(record?.actor, { type: "principal", id: "anonymous", authMethod: "none" });
    assert.equal(record?.detail?.refusals, 5_000);
    assert.equal(record?.detail?.invalid_token, 2_500);
    assert.equal(record?.detail?.unauthenticated, 2_500);
    assert.equal(record?.detail?.sourceAddress, "203.0.113.7");
    assert.equal(record?.requestId, "req-0");
  });

  it("keeps sources, actors and minutes apart, and appends a minute only once it has ended", async () => {
    const { audit, records, advance } = recordingAudit();
    audit.note(refusal("203.0.113.7"));
    audit.note(refusal("198.51.100.2"));
    audit.note({
      ...refusal("203.0.113.7", "forbidden"),
      actor: { type: "principal", id: "steward-a", authMethod: "jwt" },
      orgId: "acme",
    });
    await audit.flushEnded();
    assert.equal(records.length, 0, "the minute has not ended");
    advance(60_000);
    audit.note(refusal("203.0.113.7"));
    await audit.flushEnded();
    assert.equal(records.length, 3);
    const steward = records.find((record) => record.actor.id === "steward-a");
    assert.equal(steward?.orgId, "acme");
    assert.equal(steward?.reason, "forbidden");
    await audit.flushAll();
    assert.equal(records.length, 4);
    assert.ok(records.every((record) => record.detail?.refusals === 1));
  });

  it("holds a bounded number of sources: a flood from many addresses folds into one more record", async () => {
    const { audit, records } = recordingAudit({ maxSourcesPerWindow: 10 });
    for (let i = 0; i < 1_000; i++) audit.note(refusal(`10.0.${Math.floor(i / 250)}.${i % 250}`));
    await audit.flushAll();
    assert.equal(records.length, 11);
    const folded = records.find((record) => record.detail?.sourceAddress === "(other sources)");
    assert.equal(folded?.detail?.refusals, 990);
    assert.equal(
      records.reduce((sum, record) => sum + Number(record.detail?.refusals), 0),
      1_000,
    );
  });

  it("raises the burst alert once per minute when the count reaches the threshold", async () => {
    const { audit, bursts, advance } = recordingAudit({ burstThreshold: 20 });
    for (let i = 0; i < 19; i++) audit.note(refusal("203.0.113.7"));
    assert.deepEqual(bursts, []);
    for (let i = 0; i < 100; i++) audit.note(refusal(`198.51.100.${i}`));
    assert.deepEqual(bursts, [20]);
    advance(60_000);
    for (let i = 0; i < 20; i++) audit.note(refusal("203.0.113.7"));
    assert.deepEqual(bursts, [20, 20]);
  });
});
