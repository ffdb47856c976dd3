import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import type { TransitDataKey } from "./envelope.ts";
import { TransitKeyCache } from "./transit-key-cache.ts";

function countingKms() {
  let generated = 0;
  return {
    get generated() {
      return generated;
    },
    async generate(): Promise<TransitDataKey> {
      generated += 1;
      return { plaintext: randomBytes(32), wrapped: randomBytes(64), keyId: `key-${generated}` };
    },
  };
}

describe("TransitKeyCache", () => {
  it("reuses one data key across records instead of calling KMS per record", async () => {
    const kms = countingKms();
    const cache = new TransitKeyCache({
      generate: kms.generate,
      ttlMs: 60_000,
      maxUses: 1_000,
      now: () => 0,
    });
    const keys = [];
    for (let i = 0; i < 100; i++) keys.push(await cache.acquire());
    assert.equal(kms.generated, 1);
    assert.equal(cache.kmsCalls, 1);
    assert.equal(new Set(keys.map((key) => key.keyId)).size, 1);
  });

  it("never hands out a data key for more records than maxUses", async () => {
    const kms = countingKms();
    const cache = new TransitKeyCache({ generate: kms.generate, ttlMs: 60_000, maxUses: 3, now: () => 0 });
    const keyIds = [];
    for (let i = 0; i < 7; i++) keyIds.push((await cache.acquire()).keyId);
    assert.deepEqual(keyIds, ["key-1", "key-1", "key-1", "key-2", "key-2", "key-2", "key-3"]);
    assert.equal(cache.kmsCalls, 3);
  });

  it("replaces a data key once it is older than ttlMs", async () => {
    const kms = countingKms();
    let now = 1_000;
    const cache = new TransitKeyCache({ generate: kms.generate, ttlMs: 500, maxUses: 1_000, now: () => now });
    const first = await cache.acquire();
    now += 499;
    assert.equal(await cache.acquire(), first);
    now += 1;
    const second = await cache.acquire();
    assert.notEqual(second, first);
    assert.equal(cache.kmsCalls, 2);
  });

  it("shares one KMS call among concurrent callers and still bounds their uses", async () => {
    const kms = countingKms();
    const cache = new TransitKeyCache({ generate: kms.generate, ttlMs: 60_000, maxUses: 4, now: () => 0 });
    const keys = await Promise.all(Array.from({ length: 10 }, () => cache.acquire()));
    const uses = new Map<string, number>();
    for (const key of keys) uses.set(key.keyId, (uses.get(key.keyId) ?? 0) + 1);
    assert.equal(kms.generated, 3);
    assert.ok(
      [...uses.values()].every((count) => count <= 4),
      JSON.stringify([...uses]),
    );
  });

  it("passes a KMS failure to the caller and tries again on the next call", async () => {
    let fail = true;
    const cache = new TransitKeyCache({
      generate: async () => {
        if (fail) throw new Error("KMS unreachable");
        return { plaintext: randomBytes(32), wrapped: randomBytes(64), keyId: "key" };
      },
      ttlMs: 60_000,
      maxUses: 10,
    });
    await assert.rejects(cache.acquire(), /KMS unreachable/);
    fail = false;
    assert.equal((await cache.acquire()).keyId, "key");
    assert.equal(cache.kmsCalls, 2);
  });
});
