import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultBackoff, parseRetryAfter, retryDelayMs } from "./backoff.ts";

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);

  it("reads delay-seconds", () => {
    assert.equal(parseRetryAfter("30", now), 30_000);
    assert.equal(parseRetryAfter(" 0 ", now), 0);
  });

  it("reads an HTTP date relative to the client's clock, a past date being 0", () => {
    assert.equal(parseRetryAfter(new Date(now + 90_000).toUTCString(), now), 90_000);
    assert.equal(parseRetryAfter(new Date(now - 5_000).toUTCString(), now), 0);
  });

  it("ignores a missing or unreadable header", () => {
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter("soon", now), undefined);
    assert.equal(parseRetryAfter("-3", now), undefined);
  });
});

describe("retryDelayMs", () => {
  it("is full jitter: from 0 up to base·2^(attempt-1), capped", () => {
    const policy = { ...defaultBackoff, baseDelayMs: 100, maxDelayMs: 1_000 };
    assert.equal(
      retryDelayMs(1, undefined, policy, () => 0),
      0,
    );
    assert.equal(
      retryDelayMs(1, undefined, policy, () => 0.999),
      99,
    );
    assert.equal(
      retryDelayMs(3, undefined, policy, () => 0.5),
      200,
    );
    assert.equal(
      retryDelayMs(30, undefined, policy, () => 0.999),
      999,
    );
  });

  it("never waits less than Retry-After, whatever the jitter", () => {
    for (const random of [0, 0.3, 0.999]) {
      const delay = retryDelayMs(1, 7_000, defaultBackoff, () => random);
      assert.ok(delay >= 7_000 && delay < 7_000 + defaultBackoff.baseDelayMs);
    }
  });

  it("cuts an absurd Retry-After to maxRetryAfterMs", () => {
    assert.equal(
      retryDelayMs(1, 86_400_000, defaultBackoff, () => 0),
      defaultBackoff.maxRetryAfterMs,
    );
  });
});
