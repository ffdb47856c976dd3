import type { PoolClient } from "@cordon/db";
import { type ObjectStore, ObjectStoreError } from "@cordon/object-store";
import { type LakeReadResult, type ReadLakeFileOptions, readLakeObject } from "./read.ts";

/**
 * The file was rewritten by a compaction (an erasure or retention took rows
 * out of it) and its old object is gone: the caller's catalog rows are
 * stale. `successorKey` is the file that replaced it, or null when no row
 * was left. A reader answers this, not a crash (code `file_compacted`).
 */
export class LakeFileCompactedError extends Error {
  readonly code = "file_compacted";
  readonly fileKey: string;
  readonly successorKey: string | null;
  readonly compactedAt: Date;
  constructor(fileKey: string, successorKey: string | null, compactedAt: Date) {
    super("the lake file was compacted; read the catalog again");
    this.name = "LakeFileCompactedError";
    this.fileKey = fileKey;
    this.successorKey = successorKey;
    this.compactedAt = compactedAt;
  }
}

/** Where a compacted file went, from `cordon.lake_file_compactions`; undefined for a file never compacted. */
export async function findCompactedLakeFile(
  client: Pick<PoolClient, "query">,
  fileKey: string,
): Promise<{ successorKey: string | null; compactedAt: Date } | undefined> {
  const { rows } = await client.query<{ new_file_key: string | null; compacted_at: Date }>(
    "SELECT new_file_key, compacted_at FROM cordon.lake_file_compactions WHERE old_file_key = $1",
    [fileKey],
  );
  const row = rows[0];
  return row === undefined ? undefined : { successorKey: row.new_file_key, compactedAt: row.compacted_at };
}

/**
 * `readLakeObject` for a key taken from the catalog: when the object is
 * missing because a compaction replaced it, throws `LakeFileCompactedError`
 * instead of the store's not-found. `client` runs under the reader's identity.
 */
export async function readCatalogedLakeObject(
  store: Pick<ObjectStore, "get">,
  client: Pick<PoolClient, "query">,
  key: string,
  options: Omit<ReadLakeFileOptions, "file" | "expectedKey">,
): Promise<LakeReadResult> {
  try {
    return await readLakeObject(store, key, options);
  } catch (error) {
    if (!(error instanceof ObjectStoreError) || error.code !== "not-found") throw error;
    const compacted = await findCompactedLakeFile(client, key);
    if (compacted === undefined) throw error;
    throw new LakeFileCompactedError(key, compacted.successorKey, compacted.compactedAt);
  }
}
