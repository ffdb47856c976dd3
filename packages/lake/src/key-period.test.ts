import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isKeyPeriod, keyPeriodEnd, keyPeriodOf, legacyKeyPeriod } from "./key-period.ts";

describe("key periods are UTC ISO weeks", () => {
  it("names an event's week by its Monday, whatever the weekday and hour", () => {
    // 2026-11-30 is a Monday.
    assert.equal(keyPeriodOf(Date.UTC(2026, 10, 30, 0, 0, 0)), "2026-11-30");
    assert.equal(keyPeriodOf(Date.UTC(2026, 11, 2, 13, 5)), "2026-11-30");
    assert.equal(keyPeriodOf(Date.UTC(2026, 11, 6, 23, 59, 59, 999)), "2026-11-30");
    assert.equal(keyPeriodOf(Date.UTC(2026, 11, 7, 0, 0, 0)), "2026-12-07");
  });

  it("crosses months and years on Mondays: 2026-01-01 (a Thursday) is in the week of 2025-12-29", () => {
    assert.equal(keyPeriodOf(Date.UTC(2026, 0, 1, 12)), "2025-12-29");
    assert.equal(keyPeriodOf(Date.UTC(2025, 11, 29)), "2025-12-29");
  });

  it("ends a period seven days after its Monday, where the next one begins", () => {
    const end = keyPeriodEnd("2026-11-30");
    assert.equal(end.toISOString(), "2026-12-07T00:00:00.000Z");
    assert.equal(keyPeriodOf(end.getTime()), "2026-12-07");
    assert.equal(keyPeriodOf(end.getTime() - 1), "2026-11-30");
  });

  it("accepts only Mondays and the legacy period as names; the legacy period has no computed end", () => {
    assert.ok(isKeyPeriod("2026-11-30"));
    assert.ok(isKeyPeriod(legacyKeyPeriod));
    assert.ok(!isKeyPeriod("2026-12-01"));
    assert.ok(!isKeyPeriod("2026-13-01"));
    assert.ok(!isKeyPeriod("2026-W49"));
    assert.throws(() => keyPeriodEnd(legacyKeyPeriod), RangeError);
    assert.throws(() => keyPeriodOf(Number.NaN), RangeError);
  });

  it("agrees with the calendar for every hour of 1969 to 2040: each period is a Monday within the last seven days", () => {
    const hourMs = 3_600_000;
    for (let ts = Date.UTC(1969, 0, 1); ts < Date.UTC(2041, 0, 1); ts += hourMs * 7 + 13) {
      const period = keyPeriodOf(ts);
      const start = Date.parse(`${period}T00:00:00.000Z`);
      assert.equal(new Date(start).getUTCDay(), 1, `${new Date(ts).toISOString()} → ${period}`);
      assert.ok(start <= ts && ts - start < 7 * 86_400_000, `${new Date(ts).toISOString()} → ${period}`);
    }
  });
});
