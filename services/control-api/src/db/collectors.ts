import type { PoolClient } from "@cordon/db";

/** A collector as the control API shows it: never with its secret hash. */
export interface CollectorRecord {
  collectorId: string;
  orgId: string;
  subjectId: string;
  label: string | null;
  enrolledAt: string;
  enrolledBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

interface CollectorRow {
  collector_id: string;
  org_id: string;
  subject_id: string;
  label: string | null;
  enrolled_at: Date;
  enrolled_by: string;
  revoked_at: Date | null;
  revoked_by: string | null;
}

// secret_hash is deliberately absent: nothing read here can leak it.
const shownColumns =
  "collector_id, org_id, subject_id, label, enrolled_at, enrolled_by, revoked_at, revoked_by";

function toRecord(row: CollectorRow): CollectorRecord {
  return {
    collectorId: row.collector_id,
    orgId: row.org_id,
    subjectId: row.subject_id,
    label: row.label,
    enrolledAt: row.enrolled_at.toISOString(),
    enrolledBy: row.enrolled_by,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revokedBy: row.revoked_by,
  };
}

export async function insertCollector(
  tx: PoolClient,
  collector: {
    collectorId: string;
    orgId: string;
    subjectId: string;
    label: string | null;
    secretHash: string;
    enrolledBy: string;
  },
): Promise<CollectorRecord> {
  const result = await tx.query<CollectorRow>(
    `INSERT INTO cordon.collectors (collector_id, org_id, subject_id, label, secret_hash, enrolled_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING ${shownColumns}`,
    [
      collector.collectorId,
      collector.orgId,
      collector.subjectId,
      collector.label,
      collector.secretHash,
      collector.enrolledBy,
    ],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error("insert returned no row");
  return toRecord(row);
}

/**
 * Newest first, keyset-paginated: `afterCollectorId` is the last collector of
 * the previous page. Row-level security limits the rows to the caller's org.
 */
export async function listCollectors(
  tx: PoolClient,
  query: { subjectId?: string | undefined; afterCollectorId?: string | undefined; limit: number },
): Promise<{ collectors: CollectorRecord[]; hasMore: boolean }> {
  const result = await tx.query<CollectorRow>(
    `SELECT ${shownColumns} FROM cordon.collectors
     WHERE ($1::text IS NULL OR subject_id = $1)
       AND ($2::uuid IS NULL OR (enrolled_at, collector_id) <
            (SELECT enrolled_at, collector_id FROM cordon.collectors WHERE collector_id = $2))
     ORDER BY enrolled_at DESC, collector_id DESC
     LIMIT $3`,
    [query.subjectId ?? null, query.afterCollectorId ?? null, query.limit + 1],
  );
  return {
    collectors: result.rows.slice(0, query.limit).map(toRecord),
    hasMore: result.rows.length > query.limit,
  };
}

export async function findCollector(
  tx: PoolClient,
  collectorId: string,
): Promise<CollectorRecord | undefined> {
  const result = await tx.query<CollectorRow>(
    `SELECT ${shownColumns} FROM cordon.collectors WHERE collector_id = $1`,
    [collectorId],
  );
  const row = result.rows[0];
  return row === undefined ? undefined : toRecord(row);
}

/**
 * Marks a collector revoked. Revoking twice keeps the first revocation: the
 * audit trail must say when it first stopped being trusted.
 */
export async function revokeCollector(
  tx: PoolClient,
  collectorId: string,
  revokedBy: string,
): Promise<{ collector: CollectorRecord; alreadyRevoked: boolean } | undefined> {
  const result = await tx.query<CollectorRow>(
    `UPDATE cordon.collectors SET revoked_at = now(), revoked_by = $2
     WHERE collector_id = $1 AND revoked_at IS NULL
     RETURNING ${shownColumns}`,
    [collectorId, revokedBy],
  );
  const revoked = result.rows[0];
  if (revoked !== undefined) return { collector: toRecord(revoked), alreadyRevoked: false };
  const existing = await findCollector(tx, collectorId);
  return existing === undefined ? undefined : { collector: existing, alreadyRevoked: true };
}
