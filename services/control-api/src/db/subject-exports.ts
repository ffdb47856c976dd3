import type { PoolClient } from "@cordon/db";

/**
 * Exports whose plan included the subject (any of their lake pseudonyms), as
 * the owner-run cordon.exports_including_subject answers the caller: only for
 * the subject themselves or admin/security of their organisation.
 */
export async function exportsIncludingSubject(tx: PoolClient, subjectId: string): Promise<string[]> {
  const { rows } = await tx.query<{ export_id: string }>(
    "SELECT export_id::text FROM cordon.exports_including_subject($1) AS export_id ORDER BY 1",
    [subjectId],
  );
  return rows.map((row) => row.export_id);
}

/**
 * What opt-out and erasure do to exports that included the subject: queued
 * ones are planned again (without them); after an erasure, completed ones not
 * yet shredded are cancelled. In the caller's transaction.
 */
export async function markSubjectExports(
  tx: PoolClient,
  subjectId: string,
  erased: boolean,
): Promise<{ replanned: number; cancelled: number }> {
  const { rows } = await tx.query<{ replanned: number; cancelled: number }>(
    "SELECT replanned, cancelled FROM cordon.mark_subject_exports($1, $2)",
    [subjectId, erased],
  );
  return rows[0] ?? { replanned: 0, cancelled: 0 };
}
