import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ExpiringCache } from "./expiring-cache.ts";

describe("ExpiringCache", () => {
  it("answers from memory within the TTL and asks again once it has passed", async () => {
    let now = 0;
    let loads = 0;
    const cache = new ExpiringCache<string, number>({ ttlMs: 2_000, maxEntries: 10, clock: () => now });
    const load = async () => ++loads;
    assert.equal(await cache.get("a", load), 1);
    now = 1_999;
    assert.equal(await cache.get("a", load), 1);
    now = 2_000;
    assert.equal(await cache.get("a", load), 2);
  });

  it("with a TTL of zero asks every time", async () => {
    let loads = 0;
    const cache = new ExpiringCache<string, number>({ ttlMs: 0, maxEntries: 10, clock: () => 0 });
    await cache.get("a", async () => ++loads);
    await cache.get("a", async () => ++loads);
    assert.equal(loads, 2);
  });

  it("shares one load among concurrent misses and does not keep a failed one", async () => {
    let loads = 0;
    const cache = new ExpiringCache<string, number>({ ttlMs: 10_000, maxEntries: 10, clock: () => 0 });
    const failing = async () => {
      loads += 1;
      throw new Error("postgres is down");
    };
    const results = await Promise.allSettled([cache.get("a", failing), cache.get("a", failing)]);
    assert.equal(loads, 1);
    assert.ok(results.every((result) => result.status === "rejected"));
    assert.equal(await cache.get("a", async () => 7), 7);
  });

  it("keeps at most maxEntries keys", async () => {
    let loads = 0;
    const cache = new ExpiringCache<number, number>({ ttlMs: 10_000, maxEntries: 2, clock: () => 0 });
    const load = async (key: number) => {
      loads += 1;
      return key;
    };
    await cache.get(1, load);
    await cache.get(2, load);
    await cache.get(3, load);
    await cache.get(1, load);
    assert.equal(loads, 4, "the oldest key was dropped and loaded again");
  });
});
