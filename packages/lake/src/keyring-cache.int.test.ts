import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { testId } from "@cordon/testkit";
import { createSubjectKeyring, destroySubjectKeys } from "./keyring.ts";
import { type LakeTestStack, lakeTestStack } from "./testing/lake-stack.ts";

// One key period (a week, named by its Monday) for keys the tests create.
const week = "2026-11-30";

describe("unwrapped subject keys in memory", () => {
  let stack: LakeTestStack;
  let org: string;

  before(async () => {
    stack = await lakeTestStack("keyring_cache");
    org = testId("org");
  });
  after(async () => {
    await stack.close();
  });

  it("leave memory as soon as Postgres says they were destroyed", async () => {
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    const [key] = await keyring.keysForWriting(org, [
      { subject: "subject-gone", category: "text", period: week },
    ]);
    assert.ok(key !== undefined);
    assert.equal(keyring.cachedKeyCount, 1);
    await destroySubjectKeys(
      stack.controlPool,
      { org, subject: "subject-gone" },
      { principalId: "sec", roles: ["security"] },
    );
    const readable = await keyring.keysForReading(org, [
      { subject: "subject-gone", category: "text", period: week, keyVersion: 1 },
    ]);
    assert.deepEqual(readable, []);
    assert.equal(keyring.cachedKeyCount, 0);
  });

  it("leave memory once older than the TTL, even when never asked for again", async () => {
    let nowMs = 1_000_000;
    const keyring = createSubjectKeyring({
      pool: stack.pool,
      keys: stack.keys,
      role: "pipeline",
      cacheTtlMs: 60_000,
      now: () => nowMs,
    });
    await keyring.keysForWriting(org, [
      { subject: "subject-kept", category: "text", period: week },
      { subject: "subject-kept", category: "pii", period: week },
    ]);
    assert.equal(keyring.cachedKeyCount, 2);
    nowMs += 59_000;
    assert.equal(keyring.cachedKeyCount, 2);
    nowMs += 2_000;
    assert.equal(keyring.cachedKeyCount, 0);
  });
});
