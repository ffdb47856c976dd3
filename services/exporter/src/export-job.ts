import type { PoolClient, RequestIdentity } from "@cordon/db";
import type { ExportFilter, PlannedSlice } from "@cordon/export-plan";

/** The identity the exporter acts under for an organisation's export rows and keys. */
export function exporterIdentity(orgId: string): RequestIdentity {
  return { orgId, principalId: "cordon-exporter", roles: ["exporter"] };
}

/** An export row as the exporter needs it. */
export interface ExportJob {
  exportId: string;
  orgId: string;
  requesterId: string;
  requesterRoles: string[];
  purpose: string;
  dataset: "events/v1";
  requestedCategories: string[];
  filter: ExportFilter;
  status: string;
  planHash: string;
  approvedPlanHash: string | null;
  approvedBy: string | null;
  claimedBy: string | null;
  attempts: number;
  files: { name: string; objectKey: string }[];
}

interface JobRow {
  export_id: string;
  org_id: string;
  requester_id: string;
  requester_roles: string[];
  purpose: string;
  dataset: "events/v1";
  requested_categories: string[];
  filter: ExportFilter;
  status: string;
  plan_hash: Buffer;
  approved_plan_hash: Buffer | null;
  approved_by: string | null;
  claimed_by: string | null;
  attempts: number;
  files: { name: string; objectKey: string }[] | null;
}

export async function loadExportJob(tx: PoolClient, exportId: string): Promise<ExportJob | undefined> {
  const { rows } = await tx.query<JobRow>(
    `SELECT export_id, org_id, requester_id, requester_roles, purpose, dataset, requested_categories, filter,
            status, plan_hash, approved_plan_hash, approved_by, claimed_by, attempts, files
       FROM cordon.exports WHERE export_id = $1`,
    [exportId],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return {
    exportId: row.export_id,
    orgId: row.org_id,
    requesterId: row.requester_id,
    requesterRoles: row.requester_roles,
    purpose: row.purpose,
    dataset: row.dataset,
    requestedCategories: row.requested_categories,
    filter: row.filter,
    status: row.status,
    planHash: row.plan_hash.toString("hex"),
    approvedPlanHash: row.approved_plan_hash?.toString("hex") ?? null,
    approvedBy: row.approved_by,
    claimedBy: row.claimed_by,
    attempts: row.attempts,
    files: row.files ?? [],
  };
}

/** The slices the export's current plan chose. */
export async function loadPlannedSlices(tx: PoolClient, exportId: string): Promise<PlannedSlice[]> {
  const { rows } = await tx.query<{
    file_key: string;
    subject_id: string;
    first_row: number;
    row_count: number;
  }>("SELECT file_key, subject_id, first_row, row_count FROM cordon.export_slices WHERE export_id = $1", [
    exportId,
  ]);
  return rows.map((row) => ({
    fileKey: row.file_key,
    subject: row.subject_id,
    firstRow: row.first_row,
    rowCount: row.row_count,
    highestTier: "",
  }));
}
