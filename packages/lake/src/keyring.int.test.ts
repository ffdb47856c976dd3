import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { withIdentity } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import { testId } from "@cordon/testkit";
import {
  createSubjectKeyring,
  destroySubjectKeys,
  type SubjectKeyName,
  SubjectKeysDestroyedError,
} from "./keyring.ts";
import { type LakeTestStack, lakeTestStack } from "./testing/lake-stack.ts";

// One key period (a week, named by its Monday) for keys the tests create.
const week = "2026-11-30";

const security = { principalId: "sec-1", roles: ["security"] as const };

describe("subject keyring against Postgres and KMS of the local stack", () => {
  let stack: LakeTestStack;

  before(async () => {
    stack = await lakeTestStack("lake_keyring");
  });
  after(async () => {
    await stack?.close();
  });

  async function keyRows(org: string) {
    const { rows } = await stack.admin.query<{
      subject_id: string;
      category: string;
      key_version: number;
      wrapped: boolean;
      destroyed_by: string | null;
    }>(
      `SELECT subject_id, category, key_version, wrapped_key IS NOT NULL AS wrapped, destroyed_by
         FROM cordon.subject_keys WHERE org_id = $1 ORDER BY subject_id, category`,
      [org],
    );
    return rows;
  }

  it("creates a key once, stores it only wrapped, and hands the same key out again", async () => {
    const org = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    const names: SubjectKeyName[] = [
      { subject: "s-1", category: "text", period: week },
      { subject: "s-1", category: "health", period: week },
    ];
    const first = await keyring.keysForWriting(org, names);
    const again = await keyring.keysForWriting(org, names);
    assert.deepEqual(
      again.map((key) => key.plaintext),
      first.map((key) => key.plaintext),
    );
    assert.equal(keyring.kmsCalls, 2, "one GenerateDataKey per subject × category, then the cache");
    const rows = await keyRows(org);
    assert.deepEqual(
      rows.map((row) => [row.subject_id, row.category, row.key_version, row.wrapped]),
      [
        ["s-1", "health", 1, true],
        ["s-1", "text", 1, true],
      ],
    );
    const { rows: stored } = await stack.admin.query<{ wrapped_key: Buffer }>(
      "SELECT wrapped_key FROM cordon.subject_keys WHERE org_id = $1",
      [org],
    );
    for (const key of first) {
      for (const row of stored) assert.equal(row.wrapped_key.indexOf(key.plaintext.subarray(0, 8)), -1);
    }
    assert.deepEqual(first[0]?.encryptionContext, {
      purpose: "lake",
      org,
      subject: "s-1",
      category: "text",
      period: week,
    });
  });

  it("keeps one key per key period: retention shreds a week, other weeks still open, erasure ends them all", async () => {
    const org = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    const nextWeek = "2026-12-07";
    const [thisWeeks, nextWeeks] = await keyring.keysForWriting(org, [
      { subject: "s-1", category: "prompt", period: week },
      { subject: "s-1", category: "prompt", period: nextWeek },
    ]);
    assert.ok(thisWeeks && nextWeeks);
    assert.notDeepEqual(thisWeeks.plaintext, nextWeeks.plaintext);
    assert.equal(thisWeeks.encryptionContext.period, week);
    // Retention's destroy, as the lifecycle worker does it: the week's key only.
    await stack.admin.query(
      `UPDATE cordon.subject_keys SET wrapped_key = NULL, destroyed_at = now(), destroyed_by = 'retention',
              shredded_by_retention = true
        WHERE org_id = $1 AND key_period = $2`,
      [org, week],
    );
    keyring.clearCache();
    const readable = await keyring.keysForReading(org, [
      { subject: "s-1", category: "prompt", period: week, keyVersion: 1 },
      { subject: "s-1", category: "prompt", period: nextWeek, keyVersion: 1 },
    ]);
    assert.deepEqual(
      readable.map((key) => [key.period, key.plaintext.equals(nextWeeks.plaintext)]),
      [[nextWeek, true]],
    );
    // A shredded week is not an erasure: a late event of that week gets a
    // new version (which the next retention run shreds), other weeks go on.
    const [late] = await keyring.keysForWriting(org, [{ subject: "s-1", category: "prompt", period: week }]);
    assert.equal(late?.keyVersion, 2);
    assert.ok(!late?.plaintext.equals(thisWeeks.plaintext));
    const [again] = await keyring.keysForWriting(org, [
      { subject: "s-1", category: "prompt", period: nextWeek },
    ]);
    assert.ok(again?.plaintext.equals(nextWeeks.plaintext));

    assert.equal(await destroySubjectKeys(stack.controlPool, { org, subject: "s-1" }, security), 2);
    keyring.clearCache();
    assert.deepEqual(
      await keyring.keysForReading(org, [
        { subject: "s-1", category: "prompt", period: week, keyVersion: 2 },
        { subject: "s-1", category: "prompt", period: nextWeek, keyVersion: 1 },
      ]),
      [],
    );
    await assert.rejects(
      keyring.keysForWriting(org, [{ subject: "s-1", category: "prompt", period: "2026-12-14" }]),
      SubjectKeysDestroyedError,
    );
  });

  it("refuses to seal anything new under a legacy key", async () => {
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    await assert.rejects(
      keyring.keysForWriting(testId("org"), [{ subject: "s-1", category: "text", period: "legacy" }]),
      RangeError,
    );
  });

  it("only the lifecycle login marks a destroy as retention's: an erasure by staff cannot pass for one", async () => {
    const org = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    await keyring.keysForWriting(org, [{ subject: "s-1", category: "text", period: week }]);
    await assert.rejects(
      withIdentity(stack.controlPool, { orgId: org, principalId: "sec-1", roles: ["security"] }, (client) =>
        client.query(
          `UPDATE cordon.subject_keys SET wrapped_key = NULL, destroyed_at = now(), destroyed_by = 'sec-1',
                  shredded_by_retention = true
            WHERE org_id = $1`,
          [org],
        ),
      ),
      /permission denied/,
    );
  });

  it("ends with one key row when two pipelines create the same key at the same moment", async () => {
    const org = testId("org");
    const names: SubjectKeyName[] = [
      { subject: "s-race", category: "text", period: week },
      { subject: "s-race", category: "pii", period: week },
    ];
    // Both keyrings ask KMS before either inserts: the race the row's primary key must settle.
    let waiting: (() => void)[] = [];
    const barrier = (): Promise<void> =>
      new Promise((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 2 * names.length) {
          for (const release of waiting) release();
          waiting = [];
        }
      });
    const racingKeys: KeyService = {
      ...stack.keys,
      async generateDataKey(category, context) {
        const key = await stack.keys.generateDataKey(category, context);
        await barrier();
        return key;
      },
    };
    const a = createSubjectKeyring({ pool: stack.pool, keys: racingKeys, role: "pipeline" });
    const b = createSubjectKeyring({ pool: stack.pool, keys: racingKeys, role: "pipeline" });
    const [fromA, fromB] = await Promise.all([a.keysForWriting(org, names), b.keysForWriting(org, names)]);
    assert.deepEqual(
      fromA.map((key) => key.plaintext),
      fromB.map((key) => key.plaintext),
    );
    assert.equal((await keyRows(org)).length, names.length);
    // The loser generated keys nobody stores, then unwrapped the winner's.
    assert.equal(a.kmsCalls + b.kmsCalls, 3 * names.length);
  });

  it("asks KMS again once a cached key is older than its lifetime or was used its number of times", async () => {
    const org = testId("org");
    let clockMs = 1_000_000;
    const keyring = createSubjectKeyring({
      pool: stack.pool,
      keys: stack.keys,
      role: "pipeline",
      cacheTtlMs: 60_000,
      cacheMaxUses: 3,
      now: () => clockMs,
    });
    const names: SubjectKeyName[] = [{ subject: "s-cache", category: "prompt", period: week }];
    const created = await keyring.keysForWriting(org, names);
    await keyring.keysForWriting(org, names);
    await keyring.keysForWriting(org, names);
    assert.equal(keyring.kmsCalls, 1, "three uses from the cache");
    const unwrapped = await keyring.keysForWriting(org, names);
    assert.equal(keyring.kmsCalls, 2, "the fourth use unwraps again");
    assert.deepEqual(unwrapped[0]?.plaintext, created[0]?.plaintext);
    clockMs += 59_999;
    await keyring.keysForWriting(org, names);
    assert.equal(keyring.kmsCalls, 2);
    clockMs += 1;
    await keyring.keysForWriting(org, names);
    assert.equal(keyring.kmsCalls, 3, "expired after 60 s");
  });

  it("unwraps a key once when several files ask for it at the same moment", async () => {
    const org = testId("org");
    const names: SubjectKeyName[] = [{ subject: "s-busy", category: "text", period: week }];
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    await keyring.keysForWriting(org, names);
    keyring.clearCache();
    const results = await Promise.all(Array.from({ length: 5 }, () => keyring.keysForWriting(org, names)));
    assert.equal(keyring.kmsCalls, 2, "one GenerateDataKey, then one Decrypt shared by five callers");
    assert.equal(new Set(results.map(([key]) => key?.plaintext.toString("hex"))).size, 1);
  });

  it("keeps the fewest keys it was told to hold", async () => {
    const org = testId("org");
    const keyring = createSubjectKeyring({
      pool: stack.pool,
      keys: stack.keys,
      role: "pipeline",
      cacheMaxKeys: 1,
    });
    const first: SubjectKeyName[] = [{ subject: "s-a", category: "text", period: week }];
    const second: SubjectKeyName[] = [{ subject: "s-b", category: "text", period: week }];
    await keyring.keysForWriting(org, first);
    await keyring.keysForWriting(org, second);
    assert.equal(keyring.kmsCalls, 2);
    await keyring.keysForWriting(org, first);
    assert.equal(keyring.kmsCalls, 3, "s-a was evicted to hold s-b");
  });

  it("destroys every key of one subject, keeps a tombstone, and refuses new keys for them", async () => {
    const org = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    await keyring.keysForWriting(org, [
      { subject: "s-erased", category: "text", period: week },
      { subject: "s-erased", category: "hr", period: week },
      { subject: "s-kept", category: "text", period: week },
    ]);
    assert.equal(await destroySubjectKeys(stack.controlPool, { org, subject: "s-erased" }, security), 2);
    assert.deepEqual(
      (await keyRows(org)).map((row) => [row.subject_id, row.category, row.wrapped, row.destroyed_by]),
      [
        ["s-erased", "hr", false, "sec-1"],
        ["s-erased", "text", false, "sec-1"],
        ["s-kept", "text", true, null],
      ],
    );
    const readable = await keyring.keysForReading(org, [
      { subject: "s-erased", category: "text", period: week, keyVersion: 1 },
      { subject: "s-kept", category: "text", period: week, keyVersion: 1 },
    ]);
    assert.deepEqual(
      readable.map((key) => key.subject),
      ["s-kept"],
      "the cached unwrapped key is not used once the row is destroyed",
    );
    // Also a category the subject never had: an erased subject gets no fresh key.
    await assert.rejects(
      keyring.keysForWriting(org, [{ subject: "s-erased", category: "financial", period: week }]),
      SubjectKeysDestroyedError,
    );
    assert.equal(await destroySubjectKeys(stack.controlPool, { org, subject: "s-erased" }, security), 0);
  });

  it("shows a pipeline only its organisation's keys, and lets it neither destroy nor delete them", async () => {
    const org = testId("org");
    const otherOrg = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    await keyring.keysForWriting(org, [{ subject: "s-1", category: "text", period: week }]);
    const seen = await withIdentity(stack.pool, { orgId: otherOrg, roles: ["pipeline"] }, async (client) => {
      const { rows } = await client.query("SELECT 1 FROM cordon.subject_keys");
      return rows.length;
    });
    assert.equal(seen, 0);
    // The pipeline's login holds no UPDATE at all, whatever identity it sets.
    await assert.rejects(
      withIdentity(stack.pool, { orgId: org, roles: ["security"] }, (client) =>
        client.query(
          "UPDATE cordon.subject_keys SET wrapped_key = NULL, destroyed_at = now() WHERE org_id = $1",
          [org],
        ),
      ),
      /permission denied/,
    );
    await assert.rejects(
      withIdentity(stack.pool, { orgId: org, roles: ["security"] }, (client) =>
        client.query("DELETE FROM cordon.subject_keys WHERE org_id = $1", [org]),
      ),
      /permission denied/,
    );
    assert.equal(
      await destroySubjectKeys(stack.controlPool, { org, subject: "s-1" }, { principalId: "x", roles: [] }),
      0,
    );
    assert.equal((await keyRows(org))[0]?.wrapped, true);
  });

  it("lets security of another organisation destroy nothing", async () => {
    const org = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    await keyring.keysForWriting(org, [{ subject: "s-1", category: "text", period: week }]);
    const destroyed = await withIdentity(
      stack.controlPool,
      { orgId: testId("org"), principalId: "sec-2", roles: ["security"] },
      async (client) =>
        (
          await client.query(
            "UPDATE cordon.subject_keys SET wrapped_key = NULL, destroyed_at = now() WHERE org_id = $1",
            [org],
          )
        ).rowCount,
    );
    assert.equal(destroyed, 0);
    assert.equal((await keyRows(org))[0]?.wrapped, true);
  });

  it("refuses to bring a destroyed key back", async () => {
    const org = testId("org");
    const keyring = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    const [key] = await keyring.keysForWriting(org, [{ subject: "s-1", category: "text", period: week }]);
    await destroySubjectKeys(stack.controlPool, { org, subject: "s-1" }, security);
    const restored = await withIdentity(
      stack.controlPool,
      { orgId: org, roles: ["admin"] },
      async (client) =>
        (
          await client.query(
            "UPDATE cordon.subject_keys SET wrapped_key = $2, destroyed_at = NULL, destroyed_by = NULL WHERE org_id = $1",
            [org, key?.wrapped],
          )
        ).rowCount,
    );
    assert.equal(restored, 0);
    await assert.rejects(
      withIdentity(stack.pool, { orgId: org, roles: ["pipeline"] }, (client) =>
        client.query(
          `INSERT INTO cordon.subject_keys (org_id, subject_id, category, key_period, period_ends_at, key_version, wrapped_key, kms_key_id)
           VALUES ($1, 's-1', 'pii', '2026-11-30', '2026-12-07', 1, $2, 'arn:aws:kms:local')`,
          [org, key?.wrapped],
        ),
      ),
      /row-level security/,
      "a pipeline writing SQL of its own still cannot give an erased subject a new key",
    );
  });

  it("lets the exporter read keys but not create them", async () => {
    const org = testId("org");
    const pipeline = createSubjectKeyring({ pool: stack.pool, keys: stack.keys, role: "pipeline" });
    const [key] = await pipeline.keysForWriting(org, [{ subject: "s-1", category: "pii", period: week }]);
    const exporter = createSubjectKeyring({ pool: stack.exporterPool, keys: stack.keys, role: "exporter" });
    const [read] = await exporter.keysForReading(org, [
      { subject: "s-1", category: "pii", period: week, keyVersion: 1 },
    ]);
    assert.deepEqual(read?.plaintext, key?.plaintext);
    // The exporter's login holds no INSERT on the keys at all.
    await assert.rejects(
      exporter.keysForWriting(org, [{ subject: "s-2", category: "pii", period: week }]),
      /permission denied/,
    );
  });
});
