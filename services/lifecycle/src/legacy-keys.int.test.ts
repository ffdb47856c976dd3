import assert from "node:assert/strict";
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createPool, migrateDatabase, migrationsDir, type Pool } from "@cordon/db";
import type { DataKey, KeyService } from "@cordon/key-service";
import { createSubjectKeyring, keyPeriodOf } from "@cordon/lake";
import { createLogger } from "@cordon/observability";
import {
  type IsolatedDatabase,
  isolatedDatabase,
  stackKeyService,
  stackObjectStore,
  testId,
} from "@cordon/testkit";
import { createLifecycleDeps } from "./app.ts";
import { defaultRetentionDays, shredExpiredSubjectKeys } from "./retention.ts";

const dayMs = 86_400_000;
const hourMs = 3_600_000;
/** The first migration that knows key periods: everything before it is the schema being upgraded. */
const firstPeriodMigration = "0050";
/** The week after this one: younger than anything the tests expire. */
const nextWeek = keyPeriodOf(Date.now() + 7 * dayMs);

describe("keys from before key periods, through the upgrade", () => {
  let db: IsolatedDatabase;
  let admin: Pool;
  let pipelinePool: Pool;
  let lifecyclePool: Pool;
  let keys: KeyService;
  let folder: string;
  const org = testId("org");
  const legacy: Partial<Record<"prompt" | "text", DataKey>> = {};
  let migratedFromMs: number;
  let migratedToMs: number;

  before(async () => {
    db = await isolatedDatabase("legacy_keys", { migrate: false });
    folder = await mkdtemp(path.join(os.tmpdir(), "cordon-migrations-"));
    for (const name of await readdir(migrationsDir)) {
      if (name < firstPeriodMigration)
        await copyFile(path.join(migrationsDir, name), path.join(folder, name));
    }
    await migrateDatabase(db.adminUrl, { dir: folder });
    admin = createPool(db.adminUrl, { max: 2 });
    keys = stackKeyService();
    // As the keyring made them then: one key per subject and category, no period in the context.
    for (const category of ["prompt", "text"] as const) {
      const dataKey = await keys.generateDataKey(category, {
        purpose: "lake",
        org,
        subject: "s-old",
        category,
      });
      legacy[category] = dataKey;
      await admin.query(
        `INSERT INTO cordon.subject_keys (org_id, subject_id, category, key_version, wrapped_key, kms_key_id)
         VALUES ($1, 's-old', $2, 1, $3, $4)`,
        [org, category, dataKey.wrapped, dataKey.keyId],
      );
    }
    const fileKey = `lake/events/v1/org=${org}/date=2026-06-01/hour=09/t-0-0-9.parquet`;
    await admin.query(
      `INSERT INTO cordon.lake_files (file_key, org_id, file_date, file_hour, topic, kafka_partition, first_offset,
          last_offset, row_count, size_bytes, first_ts, last_ts, schema_version)
       VALUES ($1, $2, '2026-06-01', 9, 't', 0, 0, 9, 10, 100, '2026-06-01T09:00Z', '2026-06-01T09:01Z', 1)`,
      [fileKey, org],
    );
    await admin.query(
      `INSERT INTO cordon.lake_slices (file_key, subject_id, org_id, first_row, row_count, categories, highest_tier,
          first_ts, last_ts)
       VALUES ($1, 's-old', $2, 0, 10, '{prompt,text}', 'restricted', '2026-06-01T09:00Z', '2026-06-01T09:01Z')`,
      [fileKey, org],
    );
    migratedFromMs = Date.now();
    await migrateDatabase(db.adminUrl);
    migratedToMs = Date.now();
    pipelinePool = createPool(db.urls.pipeline, { max: 2 });
    lifecyclePool = createPool(db.urls.lifecycle, { max: 2 });
  });
  after(async () => {
    await pipelinePool?.end();
    await lifecyclePool?.end();
    await admin?.end();
    await db?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it("become one period, 'legacy', ending at the upgrade, and the slices they sealed name it", async () => {
    const { rows } = await admin.query<{ category: string; key_period: string; ends: Date }>(
      "SELECT category, key_period, period_ends_at AS ends FROM cordon.subject_keys WHERE org_id = $1 ORDER BY category",
      [org],
    );
    assert.deepEqual(
      rows.map((row) => [row.category, row.key_period]),
      [
        ["prompt", "legacy"],
        ["text", "legacy"],
      ],
    );
    for (const row of rows) {
      assert.ok(row.ends.getTime() >= migratedFromMs - 1000 && row.ends.getTime() <= migratedToMs + 1000);
    }
    const { rows: slices } = await admin.query<{ key_periods: string[] }>(
      "SELECT key_periods FROM cordon.lake_slices WHERE org_id = $1",
      [org],
    );
    assert.deepEqual(slices, [{ key_periods: ["legacy"] }]);
  });

  it("still open through the keyring, under the context they were generated with", async () => {
    const reader = createSubjectKeyring({ pool: pipelinePool, keys, role: "pipeline" });
    const [opened] = await reader.keysForReading(org, [
      { subject: "s-old", category: "prompt", period: "legacy", keyVersion: 1 },
    ]);
    assert.ok(opened?.plaintext.equals(legacy.prompt?.plaintext ?? Buffer.alloc(0)));
  });

  it("seal nothing new: an event after the upgrade gets its week's own key", async () => {
    const writer = createSubjectKeyring({ pool: pipelinePool, keys, role: "pipeline" });
    const [weekly] = await writer.keysForWriting(org, [
      { subject: "s-old", category: "prompt", period: nextWeek },
    ]);
    assert.equal(weekly?.keyVersion, 1);
    assert.ok(!weekly?.plaintext.equals(legacy.prompt?.plaintext ?? Buffer.alloc(0)));
  });

  it("are shredded once the upgrade is older than their category's retention, and not before", async () => {
    const deps = (nowMs: number) =>
      createLifecycleDeps({
        config: { KEY_CACHE_TTL_SECONDS: 60 },
        pool: lifecyclePool,
        keys,
        store: stackObjectStore(),
        logger: createLogger({ service: "lifecycle-test", level: "silent" }),
        now: () => nowMs,
      });
    const promptDays = defaultRetentionDays.prompt;
    assert.deepEqual(
      await shredExpiredSubjectKeys(
        deps(migratedFromMs + promptDays * dayMs - hourMs),
        org,
        defaultRetentionDays,
      ),
      {},
    );
    assert.deepEqual(
      await shredExpiredSubjectKeys(
        deps(migratedToMs + promptDays * dayMs + hourMs),
        org,
        defaultRetentionDays,
      ),
      { prompt: 1 },
    );
    const { rows } = await admin.query<{ category: string; key_period: string; live: boolean }>(
      "SELECT category, key_period, wrapped_key IS NOT NULL AS live FROM cordon.subject_keys WHERE org_id = $1 ORDER BY category, key_period",
      [org],
    );
    assert.deepEqual(
      rows.map((row) => [row.category, row.key_period, row.live]),
      [
        ["prompt", nextWeek, true],
        ["prompt", "legacy", false],
        ["text", "legacy", true],
      ],
    );
  });
});
