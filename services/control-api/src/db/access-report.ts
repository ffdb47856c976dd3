import { type AuditRecord, type AuditRecordRow, auditRecordColumns, recordFromAuditRow } from "@cordon/audit";
import type { PoolClient } from "@cordon/db";

/** Most records one report lists; a subject with more is told the report is truncated. */
export const accessReportMaxRecords = 5_000;

/**
 * The access-log records a subject's report is made of, oldest first: those
 * about the subject (consent, erasure, the report itself) and those of the
 * exports that included them. Runs under the caller's identity: a subject
 * reads only records row-level security lets them see.
 */
export async function accessReportRecords(
  tx: PoolClient,
  orgId: string,
  subjectId: string,
  exportIds: readonly string[],
): Promise<{ records: AuditRecord[]; truncated: boolean }> {
  const { rows } = await tx.query<AuditRecordRow>(
    `SELECT ${auditRecordColumns}
       FROM cordon.audit_records
      WHERE org_id = $1
        AND ((resource_type = 'subject' AND resource_id = $2)
             OR (resource_type = 'export' AND resource_id = ANY($3::text[])))
      ORDER BY sequence
      LIMIT $4`,
    [orgId, subjectId, [...exportIds], accessReportMaxRecords + 1],
  );
  return {
    records: rows.slice(0, accessReportMaxRecords).map(recordFromAuditRow),
    truncated: rows.length > accessReportMaxRecords,
  };
}
