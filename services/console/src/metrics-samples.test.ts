import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ratesOf } from "./metrics-samples.ts";

const sample = (second: number, accepted: number | null, written: number | null, lag: number | null) => ({
  sampledAt: new Date(Date.UTC(2026, 11, 4, 12, 0, second)).toISOString(),
  eventsAcceptedTotal: accepted,
  eventsWrittenTotal: written,
  consumerLagRecords: lag,
});

describe("the ingestion chart's rates from counter samples", () => {
  it("divides each counter's growth by the seconds between samples", () => {
    const rates = ratesOf([sample(0, 100, 50, 7), sample(2, 300, 150, 3)]);
    assert.deepEqual(rates.acceptedPerSecond, [100]);
    assert.deepEqual(rates.writtenPerSecond, [50]);
    assert.deepEqual(rates.lagRecords, [3]);
  });

  it("leaves a gap, not a negative rate, where a service restarted or could not be read", () => {
    const rates = ratesOf([sample(0, 500, 10, 0), sample(2, 20, null, null), sample(4, 60, 30, 1)]);
    assert.deepEqual(rates.acceptedPerSecond, [null, 20]);
    assert.deepEqual(rates.writtenPerSecond, [null, null]);
    assert.deepEqual(rates.lagRecords, [null, 1]);
  });
});
