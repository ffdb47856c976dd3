import { appendAuditRecord } from "@cordon/audit";
import { withIdentity } from "@cordon/db";
import { exporterIdentity, loadExportJob } from "./export-job.ts";
import { deleteObjects, type ExportRunDeps } from "./run-export.ts";

/**
 * Crypto-shreds an export that expired (or was cancelled): destroys its
 * wrapped file key and pseudonym key, deletes its objects, and records it.
 * The keys go first and in the same transaction as the audit record: once
 * that commits nothing of the export can be read or linked, even from a copy
 * of the objects; deleting them is clean-up, retried on the next pass when an
 * object store call fails.
 */
export async function expireExport(
  deps: Pick<ExportRunDeps, "pool" | "store" | "workerId" | "logger">,
  exportId: string,
  orgId: string,
): Promise<boolean> {
  const job = await withIdentity(deps.pool, exporterIdentity(orgId), (tx) => loadExportJob(tx, exportId));
  if (job === undefined || job.claimedBy !== deps.workerId) return false;
  const shredded = await withIdentity(deps.pool, exporterIdentity(orgId), async (tx) => {
    const updated = await tx.query(
      `UPDATE cordon.exports
          SET status = CASE WHEN status = 'completed' THEN 'expired' ELSE status END,
              export_key_wrapped = NULL, pseudonym_key_wrapped = NULL, shredded_at = now(), lease_until = NULL
        WHERE export_id = $1 AND claimed_by = $2 AND shredded_at IS NULL`,
      [exportId, deps.workerId],
    );
    if (updated.rowCount !== 1) return false;
    await appendAuditRecord(tx, {
      actor: { type: "service", id: "cordon-exporter", authMethod: "service" },
      action: "export.expire",
      resource: { type: "export", id: exportId },
      orgId,
      purpose: job.purpose,
      outcome: "allowed",
      requestId: `export-expire-${exportId}`,
      detail: { previousStatus: job.status, files: job.files.length },
    });
    return true;
  });
  if (!shredded) return false;
  try {
    await deleteObjects(deps, job.files);
  } catch (error) {
    // The keys are gone already; what is left are unreadable objects.
    deps.logger.warn({ err: error, exportId }, "expired export's objects not all deleted");
  }
  return true;
}
