import type { PoolClient } from "@cordon/db";

export type PauseScope = "global" | "org" | "collector";

/** One pause switch (migrations/0003): a row means paused, no row means running. */
export interface IngestPause {
  scope: PauseScope;
  /** '' for global, the org id for org, the collector id for collector. */
  scopeId: string;
  orgId: string | null;
  reason: string;
  retryAfterSeconds: number;
  pausedAt: string;
  pausedBy: string;
}

interface PauseRow {
  scope: PauseScope;
  scope_id: string;
  org_id: string | null;
  reason: string;
  retry_after_seconds: number;
  paused_at: Date;
  paused_by: string;
}

const columns = "scope, scope_id, org_id, reason, retry_after_seconds, paused_at, paused_by";

function toPause(row: PauseRow): IngestPause {
  return {
    scope: row.scope,
    scopeId: row.scope_id,
    orgId: row.org_id,
    reason: row.reason,
    retryAfterSeconds: row.retry_after_seconds,
    pausedAt: row.paused_at.toISOString(),
    pausedBy: row.paused_by,
  };
}

/** Pauses, or updates the reason and retry hint of a pause already in place. */
export async function upsertPause(
  tx: PoolClient,
  pause: Omit<IngestPause, "pausedAt">,
): Promise<IngestPause> {
  const result = await tx.query<PauseRow>(
    `INSERT INTO cordon.ingest_pauses (scope, scope_id, org_id, reason, retry_after_seconds, paused_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (scope, scope_id) DO UPDATE
       SET reason = EXCLUDED.reason,
           retry_after_seconds = EXCLUDED.retry_after_seconds,
           paused_at = now(),
           paused_by = EXCLUDED.paused_by
     RETURNING ${columns}`,
    [pause.scope, pause.scopeId, pause.orgId, pause.reason, pause.retryAfterSeconds, pause.pausedBy],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error("upsert returned no row");
  return toPause(row);
}

/** Resumes; returns the pause that was lifted, if there was one the caller may see. */
export async function deletePause(
  tx: PoolClient,
  scope: PauseScope,
  scopeId: string,
): Promise<IngestPause | undefined> {
  const result = await tx.query<PauseRow>(
    `DELETE FROM cordon.ingest_pauses WHERE scope = $1 AND scope_id = $2 RETURNING ${columns}`,
    [scope, scopeId],
  );
  const row = result.rows[0];
  return row === undefined ? undefined : toPause(row);
}

/** Every pause row-level security lets the caller see. */
export async function listPauses(tx: PoolClient): Promise<IngestPause[]> {
  const result = await tx.query<PauseRow>(
    `SELECT ${columns} FROM cordon.ingest_pauses ORDER BY paused_at DESC, scope, scope_id`,
  );
  return result.rows.map(toPause);
}
