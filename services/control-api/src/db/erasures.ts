import type { PoolClient } from "@cordon/db";
import { markSubjectExports } from "./subject-exports.ts";

/** An erasure request and how far the lifecycle worker has taken it. */
export interface ErasureRecord {
  erasureId: string;
  orgId: string;
  subjectId: string;
  state: "keys_destroyed" | "recorded" | "compacted";
  requestedAt: string;
  requestedBy: string;
  keysDestroyed: number;
  recordedAt: string | null;
  deletionRecordObjectKey: string | null;
  filesCompacted: number;
  compactedAt: string | null;
}

interface ErasureRow {
  erasure_id: string;
  org_id: string;
  subject_id: string;
  state: ErasureRecord["state"];
  requested_at: Date;
  requested_by: string;
  keys_destroyed: number;
  recorded_at: Date | null;
  deletion_record_object_key: string | null;
  files_compacted: number;
  compacted_at: Date | null;
}

const columns = `erasure_id, org_id, subject_id, state, requested_at, requested_by, keys_destroyed,
  recorded_at, deletion_record_object_key, files_compacted, compacted_at`;

function toErasure(row: ErasureRow): ErasureRecord {
  return {
    erasureId: row.erasure_id,
    orgId: row.org_id,
    subjectId: row.subject_id,
    state: row.state,
    requestedAt: row.requested_at.toISOString(),
    requestedBy: row.requested_by,
    keysDestroyed: row.keys_destroyed,
    recordedAt: row.recorded_at?.toISOString() ?? null,
    deletionRecordObjectKey: row.deletion_record_object_key,
    filesCompacted: row.files_compacted,
    compactedAt: row.compacted_at?.toISOString() ?? null,
  };
}

export async function readErasure(
  tx: PoolClient,
  orgId: string,
  subjectId: string,
): Promise<ErasureRecord | undefined> {
  const { rows } = await tx.query<ErasureRow>(
    `SELECT ${columns} FROM cordon.erasures WHERE org_id = $1 AND subject_id = $2`,
    [orgId, subjectId],
  );
  return rows[0] === undefined ? undefined : toErasure(rows[0]);
}

/**
 * Crypto-shredding (DESIGN.md invariant 3), in the caller's transaction: the
 * erasure row (which binds the subject id to the lake's pseudonym), the
 * subject opted out so nothing new is recorded, every wrapped key of the
 * pseudonym destroyed, and the exports that included them re-planned or
 * cancelled. Returns undefined when the subject was already erased.
 */
export async function insertErasure(
  tx: PoolClient,
  erasure: {
    erasureId: string;
    orgId: string;
    subjectId: string;
    subjectPseudonym: string;
    requestedBy: string;
    reason: string;
  },
): Promise<{ erasure: ErasureRecord; exports: { replanned: number; cancelled: number } } | undefined> {
  const inserted = await tx.query<ErasureRow>(
    `INSERT INTO cordon.erasures
       (erasure_id, org_id, subject_id, subject_pseudonym, requested_by, reason, state, keys_destroyed)
     VALUES ($1, $2, $3, $4, $5, $6, 'keys_destroyed', 0)
     ON CONFLICT (org_id, subject_id) DO NOTHING
     RETURNING ${columns}`,
    [
      erasure.erasureId,
      erasure.orgId,
      erasure.subjectId,
      erasure.subjectPseudonym,
      erasure.requestedBy,
      erasure.reason,
    ],
  );
  if (inserted.rows[0] === undefined) return undefined;
  await tx.query(
    `INSERT INTO cordon.subjects (org_id, subject_id, opted_out, consent_changed_by, consent_reason)
     VALUES ($1, $2, true, $3, 'erasure')
     ON CONFLICT (org_id, subject_id) DO UPDATE
       SET opted_out = true, consent_changed_at = now(), consent_changed_by = EXCLUDED.consent_changed_by,
           consent_reason = EXCLUDED.consent_reason`,
    [erasure.orgId, erasure.subjectId, erasure.requestedBy],
  );
  const destroyed = await tx.query(
    `UPDATE cordon.subject_keys
        SET wrapped_key = NULL, destroyed_at = now(), destroyed_by = $3
      WHERE org_id = $1 AND subject_id = $2 AND destroyed_at IS NULL`,
    [erasure.orgId, erasure.subjectPseudonym, erasure.requestedBy],
  );
  const keysDestroyed = destroyed.rowCount ?? 0;
  const exports = await markSubjectExports(tx, erasure.subjectId, true);
  // Kept in the row, for the deletion record the worker signs.
  const { rows } = await tx.query<ErasureRow>(
    `UPDATE cordon.erasures SET keys_destroyed = $2 WHERE erasure_id = $1 RETURNING ${columns}`,
    [erasure.erasureId, keysDestroyed],
  );
  return rows[0] === undefined ? undefined : { erasure: toErasure(rows[0]), exports };
}
