import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { KeyServiceError } from "@cordon/key-service";
import { createTransitKeyUnwrapper, TransitKeyUnansweredError } from "./transit-keys.ts";

const context = { purpose: "transit" };

/**
 * An in-memory stand-in for KMS: each wrapped key is the plaintext with a
 * one-byte tag, and the test decides which keys KMS fails on and whether it
 * answers at all.
 */
class FakeKms {
  calls = 0;
  down = false;
  reachable = true;
  readonly failingOn = new Set<string>();
  throttling = false;

  wrap(plaintext = randomBytes(32)): Buffer {
    return Buffer.concat([Buffer.from([1]), plaintext]);
  }

  async unwrapDataKey(_category: string, wrapped: Uint8Array): Promise<Buffer> {
    this.calls += 1;
    const bytes = Buffer.from(wrapped);
    if (this.throttling) throw Object.assign(new Error("slow down"), { name: "ThrottlingException" });
    if (this.down || this.failingOn.has(bytes.toString("base64"))) {
      throw Object.assign(new Error("socket hang up"), { name: "TimeoutError" });
    }
    if (bytes[0] !== 1) throw new KeyServiceError("unwrap-refused", "InvalidCiphertextException");
    return bytes.subarray(1);
  }

  async isReachable(): Promise<boolean> {
    return this.reachable && !this.down;
  }
}

/** The error a call rejects with. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => assert.fail("expected the unwrap to fail"),
    (error: unknown) => error,
  );
}

describe("transit key unwrapper", () => {
  it("asks KMS once per wrapped key, also for concurrent asks", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 10 });
    const wrapped = kms.wrap();
    const [first, second] = await Promise.all([unwrap(wrapped, context), unwrap(wrapped, context)]);
    await unwrap(wrapped, context);
    assert.deepEqual(first, second);
    assert.equal(kms.calls, 1);
  });

  it("passes a refusal through at once, and does not cache it", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 10 });
    const tampered = Buffer.concat([Buffer.from([2]), randomBytes(32)]);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await failureOf(unwrap(tampered, context));
      assert.ok(error instanceof KeyServiceError && error.code === "unwrap-refused");
    }
    assert.equal(kms.calls, 2);
  });

  it("refuses a wrapped key as unanswered after three failures while KMS unwraps the last key it unwrapped", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 10 });
    await unwrap(kms.wrap(), context);
    const hostile = kms.wrap();
    kms.failingOn.add(hostile.toString("base64"));
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const error = await failureOf(unwrap(hostile, context));
      assert.ok(error instanceof Error && error.name === "TimeoutError", `attempt ${attempt} is retried`);
    }
    assert.ok((await failureOf(unwrap(hostile, context))) instanceof TransitKeyUnansweredError);
  });

  it("counts no failure against a key while KMS fails on every key, so a KMS outage never makes a record poison", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 10 });
    await unwrap(kms.wrap(), context);
    const waiting = kms.wrap();
    kms.down = true;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const error = await failureOf(unwrap(waiting, context));
      assert.ok(!(error instanceof TransitKeyUnansweredError), `attempt ${attempt} is only retried`);
    }
    kms.down = false;
    assert.equal((await unwrap(waiting, context)).length, 32);
  });

  it("counts no failure while KMS answers calls but unwraps no other key (a Decrypt outage)", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 10 });
    const earlier = kms.wrap();
    await unwrap(earlier, context);
    const waiting = kms.wrap();
    kms.failingOn.add(earlier.toString("base64"));
    kms.failingOn.add(waiting.toString("base64"));
    for (let attempt = 0; attempt < 5; attempt += 1) {
      assert.ok(!((await failureOf(unwrap(waiting, context))) instanceof TransitKeyUnansweredError));
    }
  });

  it("before any key is unwrapped, counts failures only while KMS answers at all", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 10 });
    const hostile = kms.wrap();
    kms.failingOn.add(hostile.toString("base64"));
    kms.reachable = false;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      assert.ok(!((await failureOf(unwrap(hostile, context))) instanceof TransitKeyUnansweredError));
    }
    kms.reachable = true;
    await failureOf(unwrap(hostile, context));
    await failureOf(unwrap(hostile, context));
    assert.ok((await failureOf(unwrap(hostile, context))) instanceof TransitKeyUnansweredError);
  });

  it("never counts throttling against a key", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 10 });
    await unwrap(kms.wrap(), context);
    const waiting = kms.wrap();
    kms.throttling = true;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const error = await failureOf(unwrap(waiting, context));
      assert.ok(error instanceof Error && error.name === "ThrottlingException");
    }
    kms.throttling = false;
    assert.equal((await unwrap(waiting, context)).length, 32);
  });

  it("forgets a key's failures once it unwraps", async () => {
    const kms = new FakeKms();
    const unwrap = createTransitKeyUnwrapper(kms, { maxEntries: 2 });
    await unwrap(kms.wrap(), context);
    const flaky = kms.wrap();
    const id = flaky.toString("base64");
    kms.failingOn.add(id);
    await failureOf(unwrap(flaky, context));
    await failureOf(unwrap(flaky, context));
    kms.failingOn.delete(id);
    await unwrap(flaky, context);
    // Two newer keys push it out of the cache, so KMS is asked for it again.
    await unwrap(kms.wrap(), context);
    await unwrap(kms.wrap(), context);
    kms.failingOn.add(id);
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const error = await failureOf(unwrap(flaky, context));
      assert.ok(
        !(error instanceof TransitKeyUnansweredError),
        `failure ${attempt} after the success is retried`,
      );
    }
    assert.ok((await failureOf(unwrap(flaky, context))) instanceof TransitKeyUnansweredError);
  });
});
