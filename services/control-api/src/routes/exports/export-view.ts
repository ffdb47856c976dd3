import type { ExportPlan } from "@cordon/export-plan";
import type { ExportRecord } from "../../db/exports.ts";

/** The API's view of a plan: without the slices, which name subject pseudonyms. */
export function planView(plan: ExportPlan) {
  const { slices: _slices, ...shown } = plan;
  return shown;
}

/** The API's view of an export: its plan with the hash it was approved by, files without object keys. */
export function exportView(record: ExportRecord) {
  return {
    exportId: record.exportId,
    orgId: record.orgId,
    requesterId: record.requesterId,
    purpose: record.purpose,
    dataset: record.dataset,
    status: record.status,
    needsApproval: record.needsApproval,
    plan: { ...record.plan, hash: record.planHash },
    requestedAt: record.requestedAt,
    approvedBy: record.approvedBy,
    approvedAt: record.approvedAt,
    deniedBy: record.deniedBy,
    denialReason: record.denialReason,
    completedAt: record.completedAt,
    expiresAt: record.expiresAt,
    failureCode: record.failureCode,
    files: record.files.map(({ name, sizeBytes, sha256, rows }) => ({ name, sizeBytes, sha256, rows })),
  };
}
