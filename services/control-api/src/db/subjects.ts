import type { PoolClient } from "@cordon/db";

/** The consent flag of one subject; a subject without a row has not opted out. */
export interface ConsentRecord {
  orgId: string;
  subjectId: string;
  optedOut: boolean;
  changedAt: string | null;
  changedBy: string | null;
}

interface SubjectRow {
  org_id: string;
  subject_id: string;
  opted_out: boolean;
  consent_changed_at: Date;
  consent_changed_by: string | null;
}

function toConsent(row: SubjectRow): ConsentRecord {
  return {
    orgId: row.org_id,
    subjectId: row.subject_id,
    optedOut: row.opted_out,
    changedAt: row.consent_changed_at.toISOString(),
    changedBy: row.consent_changed_by,
  };
}

export async function readConsent(tx: PoolClient, orgId: string, subjectId: string): Promise<ConsentRecord> {
  const result = await tx.query<SubjectRow>(
    `SELECT org_id, subject_id, opted_out, consent_changed_at, consent_changed_by
     FROM cordon.subjects WHERE org_id = $1 AND subject_id = $2`,
    [orgId, subjectId],
  );
  const row = result.rows[0];
  return row === undefined
    ? { orgId, subjectId, optedOut: false, changedAt: null, changedBy: null }
    : toConsent(row);
}

export async function writeConsent(
  tx: PoolClient,
  change: { orgId: string; subjectId: string; optedOut: boolean; changedBy: string; reason: string | null },
): Promise<ConsentRecord> {
  const result = await tx.query<SubjectRow>(
    `INSERT INTO cordon.subjects (org_id, subject_id, opted_out, consent_changed_by, consent_reason)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (org_id, subject_id) DO UPDATE
       SET opted_out = EXCLUDED.opted_out,
           consent_changed_at = now(),
           consent_changed_by = EXCLUDED.consent_changed_by,
           consent_reason = EXCLUDED.consent_reason
     RETURNING org_id, subject_id, opted_out, consent_changed_at, consent_changed_by`,
    [change.orgId, change.subjectId, change.optedOut, change.changedBy, change.reason],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error("upsert returned no row");
  return toConsent(row);
}
