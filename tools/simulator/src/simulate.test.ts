import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  type CollectorClient,
  type CollectorClientOptions,
  fallbackExclusions,
  isExcluded,
} from "@cordon/collector-sdk";
import type { TelemetryEvent } from "@cordon/events";
import { simulate } from "./simulate.ts";

/** Stands in for the SDK's client: keeps what it is given, drops what the exclusion list names. */
function memoryCollectors() {
  const received = new Map<string, TelemetryEvent[]>();
  const open = async (options: CollectorClientOptions): Promise<CollectorClient> => {
    const events: TelemetryEvent[] = [];
    received.set(options.clientId, events);
    return {
      record(event) {
        if (isExcluded(event, fallbackExclusions)) return { recorded: false, reason: "excluded" };
        events.push(event);
        return { recorded: true };
      },
      persist: async () => undefined,
      flush: async () => undefined,
      close: async () => undefined,
      status: () => ({ paused: false, spooledBatches: 0, spooledBytes: 0, openEvents: 0, closed: false }),
    };
  };
  return { received, open };
}

const credentials = [0, 1, 2].map((index) => ({ clientId: `collector-${index}`, clientSecret: "unused" }));

async function run(seed: number) {
  const collectors = memoryCollectors();
  const result = await simulate({
    gatewayUrl: "http://127.0.0.1:1",
    employees: 3,
    durationMs: 600_000,
    credentials,
    seed,
    speed: 0,
    plantRate: 0.4,
    startMs: 1_767_225_600_000,
    spoolRoot: "/nonexistent",
    openCollector: collectors.open,
  });
  return { result, received: collectors.received };
}

describe("simulate", () => {
  it("plays one session per employee through its own collector, deterministically", async () => {
    const first = await run(42);
    const second = await run(42);
    assert.equal(first.received.size, 3);
    assert.deepEqual([...first.received.values()], [...second.received.values()]);
    assert.deepEqual(first.result.planted, second.result.planted);
    const sessions = [...first.received.values()].map((events) => events[0]?.sessionId);
    assert.equal(new Set(sessions).size, 3);
  });

  it("tags every planted item with whether its event was recorded, and excluded apps record nothing", async () => {
    const { result, received } = await run(7);
    const recordedIds = new Set([...received.values()].flat().map((event) => event.eventId));
    assert.ok(result.planted.length > 0);
    for (const item of result.planted) {
      assert.equal(item.recorded, recordedIds.has(item.eventId), `${item.kind} in ${item.app}`);
    }
    const inExcludedPlaces = result.planted.filter(
      (item) => item.app === "1Password" || item.url?.includes("bank"),
    );
    assert.ok(inExcludedPlaces.length > 0, "the catalogue's password manager and bank were visited");
    for (const item of inExcludedPlaces) assert.equal(item.recorded, false);
    assert.equal(result.totals.recorded, recordedIds.size);
    assert.ok(result.totals.excluded > 0);
  });
});
