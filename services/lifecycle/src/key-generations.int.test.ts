import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  CreateAliasCommand,
  CreateKeyCommand,
  KMSClient,
  ScheduleKeyDeletionCommand,
  UpdateAliasCommand,
} from "@aws-sdk/client-kms";
import { createPool, type Pool, withIdentity } from "@cordon/db";
import { createKmsKeyService, type KeyService, KeyServiceError } from "@cordon/key-service";
import {
  createSubjectKeyring,
  destroySubjectKeys,
  type LakeCategory,
  lakeCategories,
  type SubjectKeyName,
  subjectKeyContext,
} from "@cordon/lake";
import { stackEnv, testId } from "@cordon/testkit";
import { rewrapSubjectKeys } from "./key-generations.ts";
import { type LifecycleTestStack, lifecycleTestStack } from "./testing/lifecycle-stack.ts";

const week = "2026-11-30";
const kept: SubjectKeyName[] = [
  { subject: "s-kept", category: "text", period: week },
  { subject: "s-kept", category: "prompt", period: week },
];
const erased: SubjectKeyName = { subject: "s-erased", category: "text", period: week };

describe("key generations: live subject keys move to a category's new KMS key, so the old one can be deleted", () => {
  let stack: LifecycleTestStack;
  let kms: KMSClient;
  let keys: KeyService;
  let pipelinePool: Pool;
  /** The KMS keys of this test's own aliases: first and second generation per category. */
  const first = new Map<LakeCategory, string>();
  const second = new Map<LakeCategory, string>();
  let aliasPrefix: string;
  /** Per category, the kept subject's key in hex. */
  let keptPlaintext: Record<string, string>;
  /** The erased subject's wrapped key as a Postgres backup taken before the erasure holds it. */
  let backup: { wrapped: Buffer; kmsKeyId: string };

  async function createKey(): Promise<string> {
    const { KeyMetadata } = await kms.send(
      new CreateKeyCommand({ Description: "cordon test key generation" }),
    );
    return KeyMetadata?.Arn ?? assert.fail("CreateKey answered without an ARN");
  }

  /** A keyring with nothing cached: every key is unwrapped by KMS again. */
  function freshPipeline() {
    return createSubjectKeyring({ pool: pipelinePool, keys, role: "pipeline", cacheTtlMs: 0 });
  }

  function byCategory(found: readonly { category: string; plaintext: Buffer }[]): Record<string, string> {
    return Object.fromEntries(found.map((key) => [key.category, key.plaintext.toString("hex")]));
  }

  /** The kept subject's keys as a reader opens them now, per category in hex. */
  async function keptKeys(): Promise<Record<string, string>> {
    return byCategory(
      await freshPipeline().keysForReading(
        stack.org,
        kept.map((name) => ({ ...name, keyVersion: 1 })),
      ),
    );
  }

  before(async () => {
    stack = await lifecycleTestStack("key_generations");
    const env = stackEnv();
    kms = new KMSClient({
      endpoint: env.KMS_ENDPOINT ?? assert.fail("KMS_ENDPOINT missing"),
      region: env.AWS_REGION ?? assert.fail("AWS_REGION missing"),
      credentials: { accessKeyId: "cordon-test", secretAccessKey: "cordon-test" },
    });
    // Aliases of this test's own, so moving them touches no other test.
    aliasPrefix = `alias/${testId("generations")}/`;
    for (const category of lakeCategories) {
      const arn = await createKey();
      first.set(category, arn);
      await kms.send(new CreateAliasCommand({ AliasName: `${aliasPrefix}${category}`, TargetKeyId: arn }));
    }
    keys = createKmsKeyService({
      endpoint: env.KMS_ENDPOINT as string,
      region: env.AWS_REGION as string,
      credentials: { accessKeyId: "cordon-test", secretAccessKey: "cordon-test" },
      aliasPrefix,
    });
    pipelinePool = createPool(stack.db.urls.pipeline, { max: 2 });
    const pipeline = freshPipeline();
    keptPlaintext = byCategory(await pipeline.keysForWriting(stack.org, kept));
    const [erasedKey] = await pipeline.keysForWriting(stack.org, [erased]);
    backup = {
      wrapped: erasedKey?.wrapped ?? assert.fail("no key"),
      kmsKeyId: erasedKey?.kmsKeyId ?? assert.fail("no key"),
    };
    await destroySubjectKeys(
      stack.controlPool,
      { org: stack.org, subject: "s-erased" },
      { principalId: "privacy-office", roles: ["admin"] },
    );
  });
  after(async () => {
    for (const arn of [...first.values(), ...second.values()]) {
      await kms.send(new ScheduleKeyDeletionCommand({ KeyId: arn, PendingWindowInDays: 7 })).catch(() => {});
    }
    kms.destroy();
    await pipelinePool.end();
    await stack.close();
  });

  it("still opens keys wrapped by the previous generation once the alias has moved", async () => {
    for (const category of lakeCategories) {
      const arn = await createKey();
      second.set(category, arn);
      await kms.send(new UpdateAliasCommand({ AliasName: `${aliasPrefix}${category}`, TargetKeyId: arn }));
    }
    assert.equal(await keys.currentKeyId("text"), second.get("text"));
    assert.deepEqual(await keptKeys(), keptPlaintext);
  });

  it("re-wraps every live key onto the current generation, same key inside, and audits the counts", async () => {
    const deps = stack.deps({ keys });
    assert.equal(await rewrapSubjectKeys(deps), 2);
    const { rows } = await stack.admin.query<{ subject_id: string; category: string; kms_key_id: string }>(
      "SELECT subject_id, category, kms_key_id FROM cordon.subject_keys WHERE org_id = $1 AND destroyed_at IS NULL",
      [stack.org],
    );
    assert.deepEqual(
      rows.map((row) => [row.subject_id, row.kms_key_id === second.get(row.category as LakeCategory)]),
      [
        ["s-kept", true],
        ["s-kept", true],
      ],
    );
    const { rows: erasedRows } = await stack.admin.query<{ wrapped: boolean; kms_key_id: string }>(
      "SELECT wrapped_key IS NOT NULL AS wrapped, kms_key_id FROM cordon.subject_keys WHERE org_id = $1 AND subject_id = 's-erased'",
      [stack.org],
    );
    assert.deepEqual(
      erasedRows,
      [{ wrapped: false, kms_key_id: first.get("text") }],
      "a destroyed key stays destroyed",
    );
    assert.deepEqual(await keptKeys(), keptPlaintext);
    assert.equal(await rewrapSubjectKeys(deps), 0, "a second pass finds nothing left");
    const { rows: audits } = await stack.admin.query<{ detail: Record<string, unknown> }>(
      "SELECT detail FROM cordon.audit_records WHERE org_id = $1 AND action = 'subject_key.rewrap' ORDER BY sequence",
      [stack.org],
    );
    assert.deepEqual(
      audits
        .map((record) => record.detail)
        .sort((a, b) => String(a.category).localeCompare(String(b.category))),
      [
        { category: "prompt", rewrapped: 1 },
        { category: "text", rewrapped: 1 },
      ],
    );
  });

  it("an erased subject's key in an old backup opens until the old generation is deleted, and never after", async () => {
    const context = subjectKeyContext(stack.org, erased);
    const fromBackup = () =>
      keys.unwrapDataKey("text", backup.wrapped, context, { wrappedBy: backup.kmsKeyId });
    assert.equal((await fromBackup()).length, 32, "the backup's copy is still a live secret here");
    for (const arn of first.values()) {
      await kms.send(new ScheduleKeyDeletionCommand({ KeyId: arn, PendingWindowInDays: 7 }));
    }
    await assert.rejects(fromBackup(), KeyServiceError);
    await assert.rejects(keys.unwrapDataKey("text", backup.wrapped, context), KeyServiceError);
    // Everyone still kept reads on, under the second generation.
    assert.deepEqual(await keptKeys(), keptPlaintext);
  });

  it("the lifecycle login's re-wrap cannot move a key to another subject, category or period, nor revive one", async () => {
    const { rows } = await stack.admin.query<{ wrapped_key: Buffer }>(
      "SELECT wrapped_key FROM cordon.subject_keys WHERE org_id = $1 AND subject_id = 's-kept' AND category = 'text'",
      [stack.org],
    );
    const wrapped = rows[0]?.wrapped_key;
    const asLifecycle = (sql: string, params: unknown[]) =>
      withIdentity(stack.pool, { principalId: "lifecycle-worker", roles: ["lifecycle"] }, async (client) => {
        const result = await client.query(sql, params);
        return result.rowCount;
      });
    await assert.rejects(
      asLifecycle("UPDATE cordon.subject_keys SET subject_id = 's-other' WHERE org_id = $1", [stack.org]),
      /permission denied/,
    );
    await assert.rejects(
      asLifecycle("UPDATE cordon.subject_keys SET key_period = '2026-12-07' WHERE org_id = $1", [stack.org]),
      /permission denied/,
    );
    assert.equal(
      await asLifecycle(
        "UPDATE cordon.subject_keys SET wrapped_key = $2 WHERE org_id = $1 AND subject_id = 's-erased'",
        [stack.org, wrapped],
      ),
      0,
      "a destroyed key is no row to the re-wrap",
    );
  });
});
