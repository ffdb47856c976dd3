import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import type { AuditRecord } from "./record.ts";
import { createAuditSignals, SlidingWindow } from "./signals.ts";

function record(overrides: Partial<AuditRecord>): AuditRecord {
  return {
    sequence: 1,
    time: "2026-01-01T00:00:00.000Z",
    actor: { type: "principal", id: "p-1", authMethod: "jwt" },
    action: "auth.denied",
    resource: { type: "route", id: "GET /v1/audit/events" },
    outcome: "denied",
    reason: "forbidden",
    requestId: "r",
    detail: {},
    prevHash: "00",
    hash: "00",
    ...overrides,
  };
}

function harness() {
  let clock = 0;
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const registry = createMetricsRegistry("audit-test");
  const signals = createAuditSignals({
    registry,
    logger: createLogger({ service: "audit-test" }, destination),
    thresholds: {
      authDeniedBurst: { count: 3, windowMs: 1_000 },
      actorExports: { count: 2, windowMs: 10_000 },
      actorDecrypts: { count: 4, windowMs: 10_000 },
    },
    now: () => clock,
  });
  const alerts = () => lines.filter((line) => line.event === "audit_alert").map((line) => line.alert);
  const metric = async (name: string) => (await registry.getSingleMetricAsString(name)).split("\n");
  return { signals, alerts, metric, tick: (ms: number) => (clock += ms) };
}

describe("SlidingWindow", () => {
  it("fires once when a key reaches the threshold within the window, and again only in a later window", () => {
    const window = new SlidingWindow({ count: 3, windowMs: 100 });
    assert.deepEqual(
      [0, 10, 20, 30].map((at) => window.hit("a", at)),
      [false, false, true, false],
    );
    assert.equal(window.hit("a", 200), false);
    assert.equal(window.hit("a", 210), false);
    assert.equal(window.hit("a", 220), true);
  });

  it("does not count hits that left the window", () => {
    const window = new SlidingWindow({ count: 3, windowMs: 100 });
    assert.deepEqual(
      [0, 60, 120, 180].map((at) => window.hit("a", at)),
      [false, false, false, false],
    );
  });

  it("keeps keys apart and forgets the least recently seen beyond its limit", () => {
    const window = new SlidingWindow({ count: 2, windowMs: 100 }, 2);
    window.hit("a", 0);
    window.hit("b", 1);
    window.hit("c", 2);
    assert.equal(window.hit("a", 3), false, "a was forgotten when c arrived");
    assert.equal(window.hit("c", 4), true);
  });
});

describe("audit signals", () => {
  it("raises a burst alert for many refused calls, logged and counted", async () => {
    const { signals, alerts, metric, tick } = harness();
    for (let i = 0; i < 3; i++) {
      signals.recordAppended(record({ actor: { type: "principal", id: `p-${i}`, authMethod: "none" } }));
      tick(100);
    }
    assert.deepEqual(alerts(), ["auth_denied_burst"]);
    assert.ok(
      (await metric("cordon_audit_alerts_total")).some((line) => /alert="auth_denied_burst".* 1$/.test(line)),
    );
  });

  it("raises an alert for one actor's unusual number of exports, not for exports spread over actors", () => {
    const { signals, alerts } = harness();
    signals.recordAppended(
      record({
        action: "export.download",
        outcome: "allowed",
        actor: { type: "principal", id: "a", authMethod: "jwt" },
      }),
    );
    signals.recordAppended(
      record({
        action: "export.download",
        outcome: "allowed",
        actor: { type: "principal", id: "b", authMethod: "jwt" },
      }),
    );
    assert.deepEqual(alerts(), []);
    signals.recordAppended(
      record({
        action: "export.request",
        outcome: "allowed",
        actor: { type: "principal", id: "a", authMethod: "jwt" },
      }),
    );
    assert.deepEqual(alerts(), ["actor_exports"]);
  });

  it("raises an alert for one actor's unusual number of decrypts", () => {
    const { signals, alerts } = harness();
    for (let i = 0; i < 4; i++) {
      signals.recordAppended(
        record({
          action: "data.decrypt",
          outcome: "allowed",
          actor: { type: "service", id: "exporter", authMethod: "service" },
        }),
      );
    }
    assert.deepEqual(alerts(), ["actor_decrypts"]);
  });

  it("raises an alert when verification fails, naming the sequence and reason", async () => {
    const { signals, alerts, metric } = harness();
    signals.verifyFinished({ ok: true });
    signals.verifyFinished({ ok: false, firstBadSequence: 42, reason: "hash_mismatch" });
    assert.deepEqual(alerts(), ["verify_failed"]);
    const runs = await metric("cordon_audit_verify_runs_total");
    assert.ok(runs.some((line) => /result="failed".* 1$/.test(line)));
    assert.ok(runs.some((line) => /result="ok".* 1$/.test(line)));
  });
});
