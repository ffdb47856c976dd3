import type { ObjectStore } from "@cordon/object-store";
import type { LakeFile } from "./write.ts";

/**
 * Puts a lake file at its key. Writing the same file name again (a replay
 * after a crash) replaces the object, which is what makes the name
 * idempotent. The object metadata holds counts, never content.
 */
export async function storeLakeFile(store: Pick<ObjectStore, "put">, file: LakeFile): Promise<void> {
  await store.put(file.key, file.bytes, {
    contentType: "application/vnd.apache.parquet",
    metadata: {
      "cordon-lake-schema-version": String(file.schemaVersion),
      "cordon-lake-rows": String(file.rowCount),
    },
  });
}
