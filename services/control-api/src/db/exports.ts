import type { PoolClient } from "@cordon/db";
import type { ExportPlan } from "@cordon/export-plan";

export const exportStatuses = [
  "pending_approval",
  "queued",
  "running",
  "completed",
  "denied",
  "failed",
  "expired",
  "cancelled",
  "replan",
] as const;
export type ExportStatus = (typeof exportStatuses)[number];

/** A file of a completed export, as its manifest names it. */
export interface ExportFileRecord {
  name: string;
  sizeBytes: number;
  sha256: string;
  rows: number;
  objectKey: string;
}

/** An export as the control API reads it; never its wrapped keys. */
export interface ExportRecord {
  exportId: string;
  orgId: string;
  requesterId: string;
  purpose: string;
  dataset: string;
  status: ExportStatus;
  needsApproval: boolean;
  plan: StoredPlan;
  planHash: string;
  filter: unknown;
  requestedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  deniedBy: string | null;
  denialReason: string | null;
  completedAt: string | null;
  expiresAt: string | null;
  failureCode: string | null;
  files: ExportFileRecord[];
  manifest: unknown;
}

/** The plan as stored on the export row: everything but the slice list (kept in export_slices). */
export type StoredPlan = Omit<ExportPlan, "slices" | "hash">;

interface ExportRow {
  export_id: string;
  org_id: string;
  requester_id: string;
  purpose: string;
  dataset: string;
  status: ExportStatus;
  needs_approval: boolean;
  plan: StoredPlan;
  plan_hash: Buffer;
  filter: unknown;
  requested_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
  denied_by: string | null;
  denial_reason: string | null;
  completed_at: Date | null;
  expires_at: Date | null;
  failure_code: string | null;
  files: ExportFileRecord[] | null;
  manifest: unknown;
}

// The wrapped keys are deliberately absent: nothing read here can hand them out.
const shownColumns = `export_id, org_id, requester_id, purpose, dataset, status, needs_approval, plan, plan_hash,
  filter, requested_at, approved_by, approved_at, denied_by, denial_reason, completed_at, expires_at,
  failure_code, files, manifest`;

function toRecord(row: ExportRow): ExportRecord {
  return {
    exportId: row.export_id,
    orgId: row.org_id,
    requesterId: row.requester_id,
    purpose: row.purpose,
    dataset: row.dataset,
    status: row.status,
    needsApproval: row.needs_approval,
    plan: row.plan,
    planHash: row.plan_hash.toString("hex"),
    filter: row.filter,
    requestedAt: row.requested_at.toISOString(),
    approvedBy: row.approved_by,
    approvedAt: row.approved_at?.toISOString() ?? null,
    deniedBy: row.denied_by,
    denialReason: row.denial_reason,
    completedAt: row.completed_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    failureCode: row.failure_code,
    files: row.files ?? [],
    manifest: row.manifest,
  };
}

export function storedPlanOf(plan: ExportPlan): StoredPlan {
  const { slices: _slices, hash: _hash, ...stored } = plan;
  return stored;
}

export async function insertExport(
  tx: PoolClient,
  input: {
    exportId: string;
    orgId: string;
    requesterId: string;
    requesterRoles: readonly string[];
    requestedCategories: readonly string[];
    filter: unknown;
    plan: ExportPlan;
  },
): Promise<ExportRecord> {
  const { plan } = input;
  const result = await tx.query<ExportRow>(
    `INSERT INTO cordon.exports (export_id, org_id, requester_id, requester_roles, purpose, dataset,
        requested_categories, granted_categories, filter, status, needs_approval, plan, plan_hash,
        grant_versions, policy_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, decode($13, 'hex'), $14, $15)
     RETURNING ${shownColumns}`,
    [
      input.exportId,
      input.orgId,
      input.requesterId,
      [...input.requesterRoles],
      plan.purpose,
      plan.dataset,
      [...input.requestedCategories],
      plan.fieldsGranted,
      JSON.stringify(input.filter),
      plan.needsApproval ? "pending_approval" : "queued",
      plan.needsApproval,
      JSON.stringify(storedPlanOf(plan)),
      plan.hash,
      JSON.stringify(plan.grantVersions),
      plan.policyVersion,
    ],
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error("insert returned no row");
  return toRecord(row);
}

/** The export if row-level security lets the caller see it. */
export async function findExport(tx: PoolClient, exportId: string): Promise<ExportRecord | undefined> {
  const result = await tx.query<ExportRow>(
    `SELECT ${shownColumns} FROM cordon.exports WHERE export_id = $1`,
    [exportId],
  );
  const row = result.rows[0];
  return row === undefined ? undefined : toRecord(row);
}

/** Newest first, keyset-paginated on (requested_at, export_id). */
export async function listExports(
  tx: PoolClient,
  query: { status?: ExportStatus | undefined; afterExportId?: string | undefined; limit: number },
): Promise<{ exports: ExportRecord[]; hasMore: boolean }> {
  const result = await tx.query<ExportRow>(
    `SELECT ${shownColumns} FROM cordon.exports
      WHERE ($1::text IS NULL OR status = $1)
        AND ($2::uuid IS NULL OR (requested_at, export_id) <
             (SELECT requested_at, export_id FROM cordon.exports WHERE export_id = $2))
      ORDER BY requested_at DESC, export_id DESC
      LIMIT $3`,
    [query.status ?? null, query.afterExportId ?? null, query.limit + 1],
  );
  return {
    exports: result.rows.slice(0, query.limit).map(toRecord),
    hasMore: result.rows.length > query.limit,
  };
}

/**
 * A steward's decision on an export that waits for one. Row-level security
 * admits only a steward of the organisation who is not the requester, and
 * only while the export is pending; the approval records the plan hash it saw.
 */
export async function decideExport(
  tx: PoolClient,
  decision:
    | { exportId: string; kind: "approve"; stewardId: string; planHash: string }
    | { exportId: string; kind: "deny"; stewardId: string; reason: string },
): Promise<ExportRecord | undefined> {
  const result =
    decision.kind === "approve"
      ? await tx.query<ExportRow>(
          `UPDATE cordon.exports
              SET status = 'queued', approved_by = $2, approved_at = now(), approved_plan_hash = plan_hash
            WHERE export_id = $1 AND status = 'pending_approval' AND plan_hash = decode($3, 'hex')
           RETURNING ${shownColumns}`,
          [decision.exportId, decision.stewardId, decision.planHash],
        )
      : await tx.query<ExportRow>(
          `UPDATE cordon.exports
              SET status = 'denied', denied_by = $2, denied_at = now(), denial_reason = $3
            WHERE export_id = $1 AND status = 'pending_approval'
           RETURNING ${shownColumns}`,
          [decision.exportId, decision.stewardId, decision.reason],
        );
  const row = result.rows[0];
  return row === undefined ? undefined : toRecord(row);
}

/** The wrapped file key of an export the caller may read (the requester's download). */
export async function findExportFileKey(tx: PoolClient, exportId: string): Promise<Buffer | undefined> {
  const result = await tx.query<{ export_key_wrapped: Buffer | null }>(
    "SELECT export_key_wrapped FROM cordon.exports WHERE export_id = $1",
    [exportId],
  );
  return result.rows[0]?.export_key_wrapped ?? undefined;
}
