import { createHash } from "node:crypto";
import { type AuditRecordInput, appendAuditRecord } from "@cordon/audit";
import { type Pool, type PoolClient, withIdentity } from "@cordon/db";
import {
  exportKeyContext,
  exportPseudonymizer,
  generateExportKey,
  sealExportFile,
} from "@cordon/export-files";
import { type ExportPlan, planExport, planWidened, savePlannedSelection } from "@cordon/export-plan";
import type { KeyService } from "@cordon/key-service";
import {
  createSubjectKeyring,
  keyringKeySource,
  type LakeReadRow,
  readLakeFile,
  textFieldNames,
} from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";
import { type ExportJob, exporterIdentity, loadExportJob, loadPlannedSlices } from "./export-job.ts";
import { type ExportRow, exportParquet, exportRowOf } from "./export-rows.ts";
import { grantedKeySource } from "./granted-key-source.ts";

export interface ExportRunDeps {
  pool: Pool;
  keys: KeyService;
  store: ObjectStore;
  logger: Logger;
  workerId: string;
  keyPrefix: string;
  fileRows: number;
}

/** How a run ended; `requeued` means it will be tried again. */
export type RunOutcome =
  | {
      kind: "completed";
      rows: number;
      subjects: number;
      files: number;
      skippedSubjects: number;
      excludedSincePlan: number;
    }
  | { kind: "failed"; code: string }
  | { kind: "needs_approval" }
  | { kind: "lost_claim" };

const exporterActor = { type: "service", id: "cordon-exporter", authMethod: "service" } as const;
const defaultExpirySeconds = 7 * 24 * 3600;

/**
 * Runs one claimed export:
 *   1. plans it again under the requester's identity (grants, opt-outs and
 *      erasures are as of now); a plan that widened goes back to a steward;
 *   2. reads only the planned slices, opening only keys of granted field
 *      groups, with a keyring of its own so every subject key is unwrapped by
 *      KMS for this export;
 *   3. drops subjects whose keys are gone (says so), matches rows to the filter,
 *      checks the cohort on what is really exported;
 *   4. replaces identifiers by the export's own pseudonyms, writes plain
 *      Parquet and a manifest, seals each under the export's data key;
 *   5. completes the row, its subjects and the audit records in one transaction.
 */
export async function runExport(deps: ExportRunDeps, exportId: string, orgId: string): Promise<RunOutcome> {
  const job = await withIdentity(deps.pool, exporterIdentity(orgId), (tx) => loadExportJob(tx, exportId));
  if (job === undefined || job.status !== "running" || job.claimedBy !== deps.workerId)
    return { kind: "lost_claim" };

  const previousSlices = await withIdentity(deps.pool, exporterIdentity(orgId), (tx) =>
    loadPlannedSlices(tx, exportId),
  );
  const requester = { orgId, principalId: job.requesterId, roles: job.requesterRoles };
  const planned = await withIdentity(deps.pool, requester, (tx) =>
    planExport(tx, {
      purpose: job.purpose,
      dataset: job.dataset,
      fields: job.requestedCategories as ExportPlan["fieldsGranted"],
      filter: job.filter,
    }),
  );
  if (!planned.ok) return failExport(deps, job, planned.code);
  const plan = planned.plan;
  if (plan.fieldsRefused.length > 0) return failExport(deps, job, "field_not_granted");
  const agreedHash = job.approvedPlanHash ?? job.planHash;
  if (plan.hash !== agreedHash) {
    if (plan.needsApproval && (job.approvedBy === null || planWidened(previousSlices, plan))) {
      return sendBackForApproval(deps, job, plan);
    }
  } else if (plan.needsApproval && job.approvedBy === null) {
    return sendBackForApproval(deps, job, plan);
  }

  // Subjects the first plan had and this one lost (opted out or erased since): left out, and said so.
  const planSubjects = new Set(plan.slices.map((slice) => slice.subject));
  const droppedSinceReview = [...new Set(previousSlices.map((slice) => slice.subject))].filter(
    (subject) => !planSubjects.has(subject),
  );
  if (plan.hash !== job.planHash) {
    // Narrowed (or unchanged in what it reads): run the new plan, and record what it chose.
    await withIdentity(deps.pool, exporterIdentity(orgId), async (tx) => {
      await savePlannedSelection(tx, orgId, exportId, plan);
      await tx.query(
        `INSERT INTO cordon.export_subjects (org_id, export_id, subject_id, planned_rows, exported_rows, skipped_reason)
         SELECT $1, $2, unnest($3::text[]), 0, 0, 'excluded_since_plan'`,
        [orgId, exportId, droppedSinceReview],
      );
    });
  }

  const filesKey = await generateExportKey(
    deps.keys,
    exportKeyContext("files", exportId, orgId, job.purpose),
  );
  const pseudonymKey = await generateExportKey(
    deps.keys,
    exportKeyContext("pseudonyms", exportId, orgId, job.purpose),
  );
  const pseudonymize = exportPseudonymizer(pseudonymKey.plaintext);

  // A keyring per export: nothing unwrapped for another export is reused.
  const keyring = createSubjectKeyring({ pool: deps.pool, keys: deps.keys, role: "exporter" });
  const keySource = grantedKeySource(keyringKeySource(keyring), new Set(plan.fieldsGranted));
  const withText = plan.fieldsGranted.length > 0;
  const collected = new Map<string, LakeReadRow[]>();
  const window = { fromMs: Date.parse(job.filter.from), toMs: Date.parse(job.filter.to) };
  const bySubjectFile = groupByFile(plan.slices);
  for (const [fileKey, subjects] of bySubjectFile) {
    const bytes = await deps.store.get(fileKey);
    const read = await readLakeFile({
      file: bytes,
      expectedKey: fileKey,
      keys: keySource,
      subjects,
      ...(withText ? { textFields: textFieldNames } : {}),
    });
    // A cell that does not authenticate where it is was moved or altered: the
    // lake is not what the pipeline wrote, and nothing of it is exported.
    if (read.unreadable.some((cell) => cell.reason === "tampered")) {
      return failExport(deps, job, "lake_cell_tampered");
    }
    for (const row of read.rows) {
      if (!matchesFilter(row, plan, job, window)) continue;
      const subject = String(row.plain.subject);
      const list = collected.get(subject) ?? [];
      list.push(row);
      collected.set(subject, list);
    }
  }
  const skipped = new Set(keySource.subjectsMissingKeys);
  const exported = [...collected.entries()].filter(([subject]) => !skipped.has(subject));
  if (exported.length < plan.minCohort) return failExport(deps, job, "cohort_too_small");

  const rows: ExportRow[] = exported.flatMap(([, subjectRows]) =>
    subjectRows.map((row) => exportRowOf(row, pseudonymize)),
  );
  // Shuffled by pseudonym and time rather than grouped in lake order, which follows pseudonyms of the lake.
  rows.sort((a, b) => (a.subject === b.subject ? a.ts - b.ts : a.subject < b.subject ? -1 : 1));
  const files: { name: string; rows: number; sizeBytes: number; sha256: string; objectKey: string }[] = [];
  const prefix = `${deps.keyPrefix}org=${orgId}/${exportId}/`;
  for (let start = 0, part = 0; start < rows.length || part === 0; start += deps.fileRows, part++) {
    const chunk = rows.slice(start, start + deps.fileRows);
    const name = `part-${String(part).padStart(5, "0")}.parquet`;
    const plaintext = exportParquet(chunk, withText);
    files.push(await storeSealed(deps, filesKey.plaintext, exportId, prefix, name, plaintext, chunk.length));
  }
  const expiresAt = new Date(Date.now() + (await expirySeconds(deps, orgId)) * 1000);
  const counts = {
    rows: rows.length,
    subjects: exported.length,
    files: files.length,
    skippedSubjects: [...skipped].filter((subject) => planSubjects.has(subject)).length,
    excludedSincePlan: droppedSinceReview.length,
  };
  const manifest = {
    exportId,
    purpose: job.purpose,
    dataset: job.dataset,
    requester: job.requesterId,
    approver: job.approvedBy,
    grantVersions: plan.grantVersions,
    policyVersion: plan.policyVersion,
    planHash: plan.hash,
    filter: job.filter,
    fields: plan.fieldsGranted,
    eventTypes: plan.eventTypes,
    counts,
    // Subjects left out at run time, and why: never who they are.
    skipped: [
      ...(counts.skippedSubjects > 0
        ? [{ subjects: counts.skippedSubjects, reason: "key_unavailable" }]
        : []),
      ...(counts.excludedSincePlan > 0
        ? [{ subjects: counts.excludedSincePlan, reason: "excluded_since_plan" }]
        : []),
    ],
    pseudonyms: "HMAC-SHA256 under a key of this export only; destroyed at expiry",
    files: files.map(({ name, rows: fileRows, sizeBytes, sha256 }) => ({
      name,
      rows: fileRows,
      sizeBytes,
      sha256,
    })),
    createdAt: new Date().toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
  const manifestFile = await storeSealed(
    deps,
    filesKey.plaintext,
    exportId,
    prefix,
    "manifest.json",
    Buffer.from(JSON.stringify(manifest, null, 2)),
    0,
  );
  filesKey.plaintext.fill(0);

  const completed = await withIdentity(deps.pool, exporterIdentity(orgId), async (tx) => {
    const updated = await tx.query(
      `UPDATE cordon.exports
          SET status = 'completed', completed_at = now(), expires_at = $3, lease_until = NULL,
              export_key_wrapped = $4, pseudonym_key_wrapped = $5, manifest = $6, files = $7,
              plan = plan || jsonb_build_object('counts', $8::jsonb)
        WHERE export_id = $1 AND claimed_by = $2 AND status = 'running'`,
      [
        exportId,
        deps.workerId,
        expiresAt,
        filesKey.wrapped,
        pseudonymKey.wrapped,
        JSON.stringify(manifest),
        JSON.stringify([...files, manifestFile]),
        JSON.stringify({
          rows: counts.rows,
          subjects: counts.subjects,
          files: counts.files,
          slices: plan.counts.slices,
        }),
      ],
    );
    if (updated.rowCount !== 1) return false;
    await tx.query(
      `UPDATE cordon.export_subjects s
          SET exported_rows = coalesce(r.exported_rows, 0),
              skipped_reason = CASE WHEN s.subject_id = ANY ($3::text[]) THEN 'key_unavailable' END
         FROM (SELECT unnest($2::text[]) AS subject_id, unnest($4::bigint[]) AS exported_rows) r
        WHERE s.export_id = $1 AND s.subject_id = r.subject_id`,
      [
        exportId,
        plan.slices.map((slice) => slice.subject),
        [...skipped],
        plan.slices.map((slice) => exportedRowsOf(collected, skipped, slice.subject)),
      ],
    );
    const audit = (input: Omit<AuditRecordInput, "actor" | "requestId" | "orgId" | "resource" | "purpose">) =>
      appendAuditRecord(tx, {
        actor: exporterActor,
        requestId: `export-run-${exportId}`,
        orgId,
        resource: { type: "export", id: exportId },
        purpose: job.purpose,
        policyVersion: `policy-${plan.policyVersion}`,
        ...input,
      });
    // Decrypts in aggregate: one record per subject key this export opened, not per cell.
    for (const opened of keySource.openedKeys.values()) {
      await audit({
        action: "data.decrypt",
        outcome: "allowed",
        detail: { subjectPseudonym: opened.subject, category: opened.category, files: opened.files },
      });
    }
    await audit({
      action: "export.run",
      outcome: "allowed",
      detail: {
        rows: counts.rows,
        subjects: counts.subjects,
        files: counts.files,
        skippedSubjects: counts.skippedSubjects,
        excludedSincePlan: counts.excludedSincePlan,
        requester: job.requesterId,
        approver: job.approvedBy,
        planHash: plan.hash,
      },
    });
    return true;
  });
  if (!completed) {
    await deleteObjects(deps, [...files, manifestFile]);
    return { kind: "lost_claim" };
  }
  return { kind: "completed", ...counts };
}

function exportedRowsOf(
  collected: Map<string, LakeReadRow[]>,
  skipped: Set<string>,
  subject: string,
): number {
  return skipped.has(subject) ? 0 : (collected.get(subject)?.length ?? 0);
}

function groupByFile(slices: ExportPlan["slices"]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const slice of slices) {
    const subjects = files.get(slice.fileKey) ?? [];
    subjects.push(slice.subject);
    files.set(slice.fileKey, subjects);
  }
  return files;
}

/** The row-level part of the filter: time, event types, sessions, apps (on the decrypted app name). */
function matchesFilter(
  row: LakeReadRow,
  plan: ExportPlan,
  job: ExportJob,
  window: { fromMs: number; toMs: number },
): boolean {
  const ts = row.plain.ts instanceof Date ? row.plain.ts.getTime() : Number(row.plain.ts);
  if (ts < window.fromMs || ts >= window.toMs) return false;
  if (!plan.eventTypes.includes(String(row.plain.event_type))) return false;
  if (job.filter.sessions !== undefined && !job.filter.sessions.includes(String(row.plain.session_id)))
    return false;
  if (job.filter.apps !== undefined) {
    const app = row.text.app_name;
    if (app === undefined || !job.filter.apps.includes(app)) return false;
  }
  return true;
}

async function storeSealed(
  deps: ExportRunDeps,
  key: Buffer,
  exportId: string,
  prefix: string,
  name: string,
  plaintext: Uint8Array,
  rows: number,
) {
  const objectKey = `${prefix}${name}`;
  await deps.store.put(objectKey, sealExportFile(key, exportId, name, plaintext), {
    contentType: "application/octet-stream",
    metadata: { "cordon-export": exportId },
  });
  return {
    name,
    rows,
    sizeBytes: plaintext.length,
    sha256: createHash("sha256").update(plaintext).digest("hex"),
    objectKey,
  };
}

export async function deleteObjects(
  deps: Pick<ExportRunDeps, "store">,
  files: readonly { objectKey: string }[],
) {
  for (const file of files) await deps.store.delete(file.objectKey);
}

async function expirySeconds(deps: ExportRunDeps, orgId: string): Promise<number> {
  const { rows } = await withIdentity(deps.pool, exporterIdentity(orgId), (tx) =>
    tx.query<{ expiry_seconds: number }>(
      "SELECT expiry_seconds FROM cordon.export_settings WHERE org_id = $1",
      [orgId],
    ),
  );
  return rows[0]?.expiry_seconds ?? defaultExpirySeconds;
}

/** Ends a run without files; the reason is the export's failure code and the audit record's. */
export async function failExport(deps: ExportRunDeps, job: ExportJob, code: string): Promise<RunOutcome> {
  const applied = await withIdentity(deps.pool, exporterIdentity(job.orgId), async (tx) => {
    const updated = await tx.query(
      `UPDATE cordon.exports SET status = 'failed', failure_code = $3, lease_until = NULL
        WHERE export_id = $1 AND claimed_by = $2 AND status = 'running'`,
      [job.exportId, deps.workerId, code],
    );
    if (updated.rowCount !== 1) return false;
    await auditRun(tx, job, { outcome: code === "internal" ? "failed" : "denied", reason: code });
    return true;
  });
  deps.logger.info({ exportId: job.exportId, code }, "export refused at run time");
  return applied ? { kind: "failed", code } : { kind: "lost_claim" };
}

/** The data under the plan changed and the new plan needs a steward again. */
async function sendBackForApproval(
  deps: ExportRunDeps,
  job: ExportJob,
  plan: ExportPlan,
): Promise<RunOutcome> {
  const applied = await withIdentity(deps.pool, exporterIdentity(job.orgId), async (tx) => {
    const { slices: _slices, hash: _hash, ...stored } = plan;
    const updated = await tx.query(
      `UPDATE cordon.exports
          SET status = 'pending_approval', lease_until = NULL, needs_approval = true,
              plan = $3, plan_hash = decode($4, 'hex'), granted_categories = $5,
              grant_versions = $6, policy_version = $7,
              approved_by = NULL, approved_at = NULL, approved_plan_hash = NULL
        WHERE export_id = $1 AND claimed_by = $2 AND status = 'running'`,
      [
        job.exportId,
        deps.workerId,
        JSON.stringify(stored),
        plan.hash,
        plan.fieldsGranted,
        JSON.stringify(plan.grantVersions),
        plan.policyVersion,
      ],
    );
    if (updated.rowCount !== 1) return false;
    await savePlannedSelection(tx, job.orgId, job.exportId, plan);
    await auditRun(tx, job, { outcome: "denied", reason: "approval_required" });
    return true;
  });
  return applied ? { kind: "needs_approval" } : { kind: "lost_claim" };
}

async function auditRun(
  tx: PoolClient,
  job: ExportJob,
  result: { outcome: "denied" | "failed"; reason: string },
): Promise<void> {
  await appendAuditRecord(tx, {
    actor: exporterActor,
    action: "export.run",
    resource: { type: "export", id: job.exportId },
    orgId: job.orgId,
    purpose: job.purpose,
    requestId: `export-run-${job.exportId}`,
    ...result,
  });
}
