import { createHash, randomUUID } from "node:crypto";
import { type CanonicalValue, canonicalJson } from "@cordon/audit";
import { ObjectStoreError } from "@cordon/object-store";
import { z } from "zod";
import { compactFile, finishCompactionDeletes } from "./compaction.ts";
import { asLifecycle, type LifecycleDeps, lifecycleActor } from "./deps.ts";

export const deletionRecordFormat = "cordon-deletion-record/v1";

/**
 * What the deletion record states: who asked, when, and which keys were
 * destroyed (category, version, when). Deterministic from the database, so a
 * retry after a crash builds the same record. It names the subject by id
 * and pseudonym, never their data.
 */
export interface DeletionRecord {
  format: typeof deletionRecordFormat;
  erasureId: string;
  org: string;
  subjectId: string;
  subjectPseudonym: string;
  requestedAt: string;
  requestedBy: string;
  destroyedKeys: { category: string; keyVersion: number; destroyedAt: string }[];
}

/** The object stored beside the row: the record, the SHA-256 of its canonical JSON, and the KMS signature of that digest. */
const signedDeletionRecordSchema = z.strictObject({
  record: z.record(z.string(), z.unknown()),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.base64(),
  keyId: z.string(),
});

export function deletionRecordDigest(record: DeletionRecord): Buffer {
  return createHash("sha256")
    .update(canonicalJson(record as unknown as CanonicalValue))
    .digest();
}

export function deletionRecordObjectKey(org: string, erasureId: string): string {
  return `lifecycle/deletion-records/org=${org}/${erasureId}.json`;
}

interface ErasureRow {
  erasure_id: string;
  org_id: string;
  subject_id: string;
  subject_pseudonym: string;
  requested_at: Date;
  requested_by: string;
  state: "keys_destroyed" | "recorded" | "compacted";
}

async function buildRecord(deps: LifecycleDeps, erasure: ErasureRow): Promise<DeletionRecord> {
  const { rows } = await asLifecycle(deps, (client) =>
    client.query<{ category: string; key_version: number; destroyed_at: Date }>(
      `SELECT category, key_version, destroyed_at FROM cordon.subject_keys
        WHERE org_id = $1 AND subject_id = $2 AND destroyed_at IS NOT NULL
        ORDER BY category, key_version`,
      [erasure.org_id, erasure.subject_pseudonym],
    ),
  );
  return {
    format: deletionRecordFormat,
    erasureId: erasure.erasure_id,
    org: erasure.org_id,
    subjectId: erasure.subject_id,
    subjectPseudonym: erasure.subject_pseudonym,
    requestedAt: erasure.requested_at.toISOString(),
    requestedBy: erasure.requested_by,
    destroyedKeys: rows.map((row) => ({
      category: row.category,
      keyVersion: row.key_version,
      destroyedAt: row.destroyed_at.toISOString(),
    })),
  };
}

/**
 * Signs the deletion record with the audit signing key (KMS) and stores it
 * write-once in the object store, then marks the erasure recorded. After a
 * crash between the two, the stored object is found, checked and adopted.
 */
async function recordDeletion(deps: LifecycleDeps, erasure: ErasureRow): Promise<void> {
  const record = await buildRecord(deps, erasure);
  const digest = deletionRecordDigest(record);
  const objectKey = deletionRecordObjectKey(erasure.org_id, erasure.erasure_id);
  const publicKey = await deps.keys.getAuditPublicKey();
  let signed = {
    record,
    digest: digest.toString("hex"),
    signature: (await deps.keys.signAuditDigest(digest)).toString("base64"),
    keyId: publicKey.keyId,
  };
  try {
    await deps.store.put(objectKey, Buffer.from(JSON.stringify(signed)), {
      contentType: "application/json",
      createOnly: true,
    });
  } catch (error) {
    if (!(error instanceof ObjectStoreError) || error.code !== "already-exists") throw error;
    const stored = signedDeletionRecordSchema.parse(
      JSON.parse((await deps.store.get(objectKey)).toString("utf8")),
    );
    const valid =
      stored.digest === signed.digest &&
      (await deps.keys.verifyAuditSignature(digest, Buffer.from(stored.signature, "base64")));
    if (!valid)
      throw new Error("a different deletion record is stored for this erasure; refusing to overwrite it");
    signed = { ...signed, signature: stored.signature, keyId: stored.keyId };
  }
  await asLifecycle(deps, async (client) => {
    const updated = await client.query(
      `UPDATE cordon.erasures
          SET state = 'recorded', deletion_record = $2, deletion_record_signature = $3,
              deletion_record_key_id = $4, deletion_record_object_key = $5, recorded_at = now()
        WHERE erasure_id = $1 AND state = 'keys_destroyed'`,
      [
        erasure.erasure_id,
        JSON.stringify(record),
        Buffer.from(signed.signature, "base64"),
        signed.keyId,
        objectKey,
      ],
    );
    if (updated.rowCount !== 1) return;
    await deps.audit.append(
      {
        actor: lifecycleActor,
        action: "subject.deletion_record",
        resource: { type: "subject", id: erasure.subject_id },
        outcome: "allowed",
        requestId: randomUUID(),
        orgId: erasure.org_id,
        detail: {
          erasureId: erasure.erasure_id,
          keysDestroyed: record.destroyedKeys.length,
          digest: signed.digest,
        },
      },
      client,
    );
  });
  await deps.afterStep?.("erasure.recorded");
}

/** Lake files that still hold a slice of the subject. */
async function filesHolding(deps: LifecycleDeps, erasure: ErasureRow): Promise<string[]> {
  const { rows } = await asLifecycle(deps, (client) =>
    client.query<{ file_key: string }>(
      `SELECT file_key FROM cordon.lake_slices WHERE org_id = $1 AND subject_id = $2 ORDER BY file_key`,
      [erasure.org_id, erasure.subject_pseudonym],
    ),
  );
  return rows.map((row) => row.file_key);
}

export interface ErasureProgress {
  recorded: number;
  filesCompacted: number;
  completed: number;
}

/**
 * Moves every open erasure on by as much as it can: the signed deletion
 * record, then each lake file that holds the subject compacted, then the
 * erasure marked compacted. Idempotent, so overlapping runs (two worker
 * copies, a retry after a crash) only repeat checks.
 */
export async function advanceErasures(deps: LifecycleDeps): Promise<ErasureProgress> {
  const progress: ErasureProgress = { recorded: 0, filesCompacted: 0, completed: 0 };
  await finishCompactionDeletes(deps);
  const { rows: open } = await asLifecycle(deps, (client) =>
    client.query<ErasureRow>(
      `SELECT erasure_id, org_id, subject_id, subject_pseudonym, requested_at, requested_by, state
         FROM cordon.erasures WHERE state <> 'compacted' ORDER BY requested_at LIMIT 100`,
    ),
  );
  for (const erasure of open) {
    if (erasure.state === "keys_destroyed") {
      await recordDeletion(deps, erasure);
      progress.recorded += 1;
    }
    let compacted = 0;
    for (const fileKey of await filesHolding(deps, erasure)) {
      const outcome = await compactFile(deps, { fileKey, reason: "erasure" });
      if (outcome.kind === "compacted") compacted += 1;
    }
    progress.filesCompacted += compacted;
    if ((await filesHolding(deps, erasure)).length > 0) continue;
    await asLifecycle(deps, async (client) => {
      const updated = await client.query(
        `UPDATE cordon.erasures SET state = 'compacted', compacted_at = now(), files_compacted = files_compacted + $2
          WHERE erasure_id = $1 AND state = 'recorded'`,
        [erasure.erasure_id, compacted],
      );
      if (updated.rowCount === 1) progress.completed += 1;
    });
  }
  return progress;
}
