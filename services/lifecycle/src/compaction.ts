import { randomUUID } from "node:crypto";
import type { PoolClient } from "@cordon/db";
import {
  type CompactLakeFileOptions,
  compactLakeFile,
  insertLakeFileCatalog,
  storeLakeFile,
} from "@cordon/lake";
import { ObjectStoreError } from "@cordon/object-store";
import { asLifecycle, type LifecycleDeps, lifecycleActor } from "./deps.ts";

export type CompactionReason = "erasure" | "retention";

export interface CompactFileRequest {
  fileKey: string;
  reason: CompactionReason;
  /** Retention's filters; erasure needs none (erased subjects are found from their destroyed keys). */
  dropRow?: CompactLakeFileOptions["dropRow"];
  dropText?: CompactLakeFileOptions["dropText"];
}

export type CompactFileOutcome =
  | { kind: "unchanged" }
  | { kind: "gone" }
  | { kind: "compacted"; newFileKey: string | null; rowsRemoved: number; textsRemoved: number };

/** The organisation of a catalogued file; undefined when no catalog row names it. */
async function catalogFile(client: PoolClient, fileKey: string): Promise<{ org_id: string } | undefined> {
  const { rows } = await client.query<{ org_id: string }>(
    "SELECT org_id FROM cordon.lake_files WHERE file_key = $1",
    [fileKey],
  );
  return rows[0];
}

/**
 * Subjects of the file who were erased (an erasure row, or a key destroyed
 * by anything but retention): their rows go, and their cells could not be
 * re-sealed anyway.
 */
async function erasedSubjectsOf(client: PoolClient, fileKey: string): Promise<Set<string>> {
  const { rows } = await client.query<{ subject_id: string }>(
    `SELECT s.subject_id
       FROM cordon.lake_slices s
      WHERE s.file_key = $1
        AND (EXISTS (SELECT 1 FROM cordon.erasures e
                      WHERE e.org_id = s.org_id AND e.subject_pseudonym = s.subject_id)
             OR EXISTS (SELECT 1 FROM cordon.subject_keys k
                         WHERE k.org_id = s.org_id AND k.subject_id = s.subject_id AND k.destroyed_at IS NOT NULL
                           AND NOT k.shredded_by_retention))`,
    [fileKey],
  );
  return new Set(rows.map((row) => row.subject_id));
}

/**
 * The keys retention shredded of the file's subjects, in the periods their
 * slices name: cells under them are dropped by any rewrite.
 */
async function shreddedKeysOf(client: PoolClient, fileKey: string): Promise<Set<string>> {
  const { rows } = await client.query<{ subject_id: string; category: string; key_period: string }>(
    `SELECT DISTINCT k.subject_id, k.category, k.key_period
       FROM cordon.lake_slices s
       JOIN cordon.subject_keys k
         ON k.org_id = s.org_id AND k.subject_id = s.subject_id AND k.key_period = ANY (s.key_periods)
      WHERE s.file_key = $1 AND k.shredded_by_retention`,
    [fileKey],
  );
  return new Set(rows.map((row) => shreddedKeyId(row.subject_id, row.category, row.key_period)));
}

function shreddedKeyId(subject: string, category: string, period: string): string {
  return JSON.stringify([subject, category, period]);
}

async function deleteOldObject(deps: LifecycleDeps, fileKey: string): Promise<void> {
  await deps.store.delete(fileKey);
  await asLifecycle(deps, (client) =>
    client.query(
      "UPDATE cordon.lake_file_compactions SET old_object_deleted_at = now() WHERE old_file_key = $1",
      [fileKey],
    ),
  );
  await deps.afterStep?.("compaction.deleted");
}

/**
 * Deletes the old objects of compactions whose process died between the
 * catalog swap and the delete. Runs before every erasure and retention pass.
 */
export async function finishCompactionDeletes(deps: LifecycleDeps): Promise<number> {
  const { rows } = await asLifecycle(deps, (client) =>
    client.query<{ old_file_key: string }>(
      `SELECT old_file_key FROM cordon.lake_file_compactions
        WHERE old_object_deleted_at IS NULL ORDER BY compacted_at LIMIT 1000`,
    ),
  );
  for (const row of rows) await deleteOldObject(deps, row.old_file_key);
  return rows.length;
}

/**
 * Rewrites one lake file without the rows of erased subjects (and without
 * what retention drops), then swaps the catalog in one transaction: old file
 * and slice rows out, new ones in, the old key mapped to the new one, an
 * access-log record. The old object is deleted only after the swap, so a
 * reader never finds the catalog naming a missing object that is not in the
 * compaction map. Each step is durable and the whole is idempotent: after a
 * SIGKILL anywhere, running it again finishes the job (a rewrite is written
 * again under the same name; a committed swap leaves only the delete).
 */
export async function compactFile(
  deps: LifecycleDeps,
  request: CompactFileRequest,
): Promise<CompactFileOutcome> {
  const { fileKey } = request;
  const before = await asLifecycle(deps, async (client) => ({
    file: await catalogFile(client, fileKey),
    erased: await erasedSubjectsOf(client, fileKey),
    shredded: await shreddedKeysOf(client, fileKey),
  }));
  if (before.file === undefined) {
    // Swapped already (or never catalogued): finish the delete if it is pending.
    const compacted = await asLifecycle(deps, (client) =>
      client.query(
        "SELECT 1 FROM cordon.lake_file_compactions WHERE old_file_key = $1 AND old_object_deleted_at IS NULL",
        [fileKey],
      ),
    );
    if (compacted.rowCount === 1) await deleteOldObject(deps, fileKey);
    return { kind: "gone" };
  }
  const org = before.file.org_id;

  let bytes: Buffer;
  try {
    bytes = await deps.store.get(fileKey);
  } catch (error) {
    if (error instanceof ObjectStoreError && error.code === "not-found") {
      throw new Error("the catalog names a lake file whose object is missing; refusing to compact it");
    }
    throw error;
  }
  const result = await compactLakeFile({
    file: bytes,
    fileKey,
    keyring: deps.keyring,
    dropSubjects: before.erased,
    shredded: (subject, category, period) => before.shredded.has(shreddedKeyId(subject, category, period)),
    ...(request.dropRow === undefined ? {} : { dropRow: request.dropRow }),
    ...(request.dropText === undefined ? {} : { dropText: request.dropText }),
  });
  if (result.kind === "unchanged") return { kind: "unchanged" };

  const newFile = result.kind === "rewritten" ? result.file : undefined;
  if (newFile !== undefined) {
    await storeLakeFile(deps.store, newFile);
    await deps.afterStep?.("compaction.rewritten");
  }
  const rowsRemoved = result.droppedRows;
  const textsRemoved = result.kind === "rewritten" ? result.droppedTexts : 0;

  const swapped = await asLifecycle(deps, async (client) => {
    // The deletes lock the rows, which serialises two workers on the same
    // file: the second waits, then finds no row and stops.
    await client.query("DELETE FROM cordon.lake_slices WHERE file_key = $1", [fileKey]);
    const deleted = await client.query("DELETE FROM cordon.lake_files WHERE file_key = $1", [fileKey]);
    if (deleted.rowCount !== 1) return false;
    if (newFile !== undefined && !(await insertLakeFileCatalog(client, newFile))) {
      throw new Error("the compacted file is already catalogued; refusing to swap twice");
    }
    await client.query(
      `INSERT INTO cordon.lake_file_compactions (old_file_key, new_file_key, org_id, reason, rows_removed, texts_removed)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [fileKey, newFile?.key ?? null, org, request.reason, rowsRemoved, textsRemoved],
    );
    await deps.audit.append(
      {
        actor: lifecycleActor,
        action: "lake.compact",
        resource: { type: "lake_file", id: fileKey },
        outcome: "allowed",
        requestId: randomUUID(),
        orgId: org,
        detail: {
          reason: request.reason,
          rowsRemoved,
          textsRemoved,
          successor: newFile?.key.split("/").pop() ?? null,
        },
      },
      client,
    );
    return true;
  });
  if (!swapped) return { kind: "gone" };
  await deps.afterStep?.("compaction.swapped");
  await deleteOldObject(deps, fileKey);
  deps.logger.info({ org, rowsRemoved, textsRemoved, reason: request.reason }, "lake file compacted");
  return { kind: "compacted", newFileKey: newFile?.key ?? null, rowsRemoved, textsRemoved };
}
