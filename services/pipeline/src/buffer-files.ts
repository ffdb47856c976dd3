import {
  type LakeFile,
  type LakeRow,
  type SubjectKeyring,
  SubjectKeysDestroyedError,
  writeLakeFile,
} from "@cordon/lake";
import { hourMs } from "./open-record.ts";
import type { PartitionBuffer, PartitionState } from "./partition-buffer.ts";

/**
 * The lake files of a partition's buffer: one per organisation, all in the
 * buffer's hour. Rows of a subject whose keys were destroyed (an erasure) are
 * dropped and counted, never stored under fresh keys.
 */
export async function writeBufferFiles(
  state: Pick<PartitionState, "topic" | "partition">,
  buffer: PartitionBuffer,
  keyring: Pick<SubjectKeyring, "keysForWriting">,
): Promise<{ files: LakeFile[]; dropped: number }> {
  const files: LakeFile[] = [];
  let dropped = 0;
  if (buffer.rows.length === 0 || buffer.hour === undefined) return { files, dropped };
  for (const [org, orgRows] of rowsByOrg(buffer.rows)) {
    let rows = orgRows;
    while (rows.length > 0) {
      try {
        files.push(
          await writeLakeFile({
            org,
            hour: new Date(buffer.hour * hourMs),
            topic: state.topic,
            partition: state.partition,
            firstOffset: buffer.firstOffset,
            lastOffset: buffer.lastOffset,
            rows,
            keyring,
            footerWrappedKeys: false,
          }),
        );
        break;
      } catch (error) {
        if (!(error instanceof SubjectKeysDestroyedError)) throw error;
        const kept = rows.filter((row) => row.subject !== error.subject);
        dropped += rows.length - kept.length;
        rows = kept;
      }
    }
  }
  return { files, dropped };
}

function rowsByOrg(rows: readonly LakeRow[]): Map<string, LakeRow[]> {
  const byOrg = new Map<string, LakeRow[]>();
  for (const row of rows) {
    const list = byOrg.get(row.org) ?? [];
    list.push(row);
    byOrg.set(row.org, list);
  }
  return byOrg;
}
