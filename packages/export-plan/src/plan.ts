import { createHash } from "node:crypto";
import type { PoolClient } from "@cordon/db";
import {
  type ExportRequest,
  type FieldGroup,
  type GrantableFieldGroup,
  grantableFieldGroups,
  restrictedFieldGroups,
} from "./request.ts";

/** Why a whole plan is refused; each is an error code of the control API. */
export type PlanRefusalCode = "no_grant" | "purpose_not_allowed" | "cohort_too_small";

/** Why one requested field group is left out. */
export type FieldRefusalReason = "no_grant" | "never_exportable" | "purpose_not_allowed";

export interface FieldRefusal {
  field: FieldGroup;
  reason: FieldRefusalReason;
}

/** One catalog slice (a subject's rows in one lake file) the export will read. */
export interface PlannedSlice {
  fileKey: string;
  subject: string;
  firstRow: number;
  rowCount: number;
  highestTier: string;
}

export interface ExportPlan {
  purpose: string;
  dataset: string;
  fieldsGranted: GrantableFieldGroup[];
  fieldsRefused: FieldRefusal[];
  eventTypes: string[];
  eventTypesRefused: string[];
  needsApproval: boolean;
  approvalReasons: ("restricted_field" | "restricted_tier")[];
  /** Upper bounds from the catalog: event types, apps and sessions are matched on rows at run time. */
  counts: { rows: number; subjects: number; files: number; slices: number };
  slices: PlannedSlice[];
  grantVersions: { grantId: string; version: number }[];
  policyVersion: number;
  minCohort: number;
  /** SHA-256 (hex) of what the plan would read and how: an approval names it. */
  hash: string;
}

export type PlanOutcome =
  | { ok: true; plan: ExportPlan }
  | { ok: false; code: PlanRefusalCode; message: string; fieldsRefused?: FieldRefusal[] };

/** When an organisation has not set its own. */
export const defaultMinCohort = 10;
export const defaultPurposes = ["model-training", "evaluation", "research"] as const;

interface GrantRow {
  grant_id: string;
  version: number;
  policy_version: string;
  event_types: string[];
  categories: string[];
  max_tier: string;
  purposes: string[];
}

interface SliceRow {
  file_key: string;
  subject_id: string;
  first_row: number;
  row_count: number;
  highest_tier: string;
}

/**
 * Plans an export in the caller's transaction, which must carry the
 * requester's identity (withIdentity). The purpose is set for the
 * transaction, and row-level security on the catalog admits only slices a
 * current grant of the requester covers for it, never of an opted-out or
 * erased subject, never of another organisation: this function adds no
 * access rule of its own to what it reads, only the request's filter and
 * the field, approval and cohort decisions.
 */
export async function planExport(
  tx: PoolClient,
  request: Pick<ExportRequest, "purpose" | "dataset" | "fields" | "filter">,
): Promise<PlanOutcome> {
  await tx.query("SELECT set_config('cordon.purpose', $1, true)", [request.purpose]);
  const settings = await tx.query<{ min_cohort: number; purposes: string[] }>(
    "SELECT min_cohort, purposes FROM cordon.export_settings WHERE org_id = cordon.current_org_id()",
  );
  const minCohort = settings.rows[0]?.min_cohort ?? defaultMinCohort;
  const purposes = settings.rows[0]?.purposes ?? [...defaultPurposes];
  if (!purposes.includes(request.purpose)) {
    return {
      ok: false,
      code: "purpose_not_allowed",
      message: "the organisation does not allow this purpose",
    };
  }

  const { rows: grants } = await tx.query<GrantRow>("SELECT * FROM cordon.caller_grants()");
  const forPurpose = grants.filter((grant) => grant.purposes.includes(request.purpose));
  if (forPurpose.length === 0) {
    return grants.length === 0
      ? { ok: false, code: "no_grant", message: "no grant covers the requester" }
      : { ok: false, code: "purpose_not_allowed", message: "no grant of the requester allows this purpose" };
  }

  const grantedGroups = new Set(forPurpose.flatMap((grant) => grant.categories));
  const anyGroups = new Set(grants.flatMap((grant) => grant.categories));
  const fieldsGranted: GrantableFieldGroup[] = [];
  const fieldsRefused: FieldRefusal[] = [];
  for (const field of [...new Set(request.fields)].sort()) {
    if (field === "credential") fieldsRefused.push({ field, reason: "never_exportable" });
    else if (grantedGroups.has(field)) fieldsGranted.push(field);
    else fieldsRefused.push({ field, reason: anyGroups.has(field) ? "purpose_not_allowed" : "no_grant" });
  }
  const grantedTypes = new Set(forPurpose.flatMap((grant) => grant.event_types));
  const eventTypes = [...new Set(request.filter.eventTypes)].filter((type) => grantedTypes.has(type)).sort();
  const eventTypesRefused = [...new Set(request.filter.eventTypes)]
    .filter((type) => !grantedTypes.has(type))
    .sort();
  if (eventTypes.length === 0) {
    return {
      ok: false,
      code: "no_grant",
      message: "no grant covers the requested event types",
      fieldsRefused,
    };
  }

  // A session is one subject's: fewer sessions than k cannot reach k subjects.
  const sessions = request.filter.sessions;
  if (sessions !== undefined && new Set(sessions).size < minCohort) {
    return cohortTooSmall(minCohort, fieldsRefused);
  }

  const { rows: sliceRows } = await tx.query<SliceRow>(
    // Row-level security decides which slices exist; the organisation and the
    // lower bound on first_ts only let the (org_id, first_ts) index find them.
    `SELECT file_key, subject_id, first_row, row_count, highest_tier
       FROM cordon.lake_slices
      WHERE org_id = cordon.current_org_id()
        AND first_ts < $2::timestamptz AND last_ts >= $1::timestamptz
        AND first_ts >= $1::timestamptz - (SELECT cordon.caller_longest_slice_span())
        AND ($3::text[] IS NULL OR org_id = ANY ($3::text[]))
      ORDER BY file_key, subject_id`,
    [request.filter.from, request.filter.to, request.filter.organisations ?? null],
  );
  const slices = sliceRows.map((row) => ({
    fileKey: row.file_key,
    subject: row.subject_id,
    firstRow: row.first_row,
    rowCount: row.row_count,
    highestTier: row.highest_tier,
  }));
  const subjects = new Set(slices.map((slice) => slice.subject));
  if (subjects.size < minCohort) return cohortTooSmall(minCohort, fieldsRefused);

  const approvalReasons: ExportPlan["approvalReasons"] = [];
  if (fieldsGranted.some((field) => restrictedFieldGroups.includes(field)))
    approvalReasons.push("restricted_field");
  if (slices.some((slice) => slice.highestTier === "restricted")) approvalReasons.push("restricted_tier");

  const grantVersions = forPurpose
    .map((grant) => ({ grantId: grant.grant_id, version: grant.version }))
    .sort((a, b) => a.grantId.localeCompare(b.grantId));
  const plan: Omit<ExportPlan, "hash"> = {
    purpose: request.purpose,
    dataset: request.dataset,
    fieldsGranted,
    fieldsRefused,
    eventTypes,
    eventTypesRefused,
    needsApproval: approvalReasons.length > 0,
    approvalReasons,
    counts: {
      rows: slices.reduce((sum, slice) => sum + slice.rowCount, 0),
      subjects: subjects.size,
      files: new Set(slices.map((slice) => slice.fileKey)).size,
      slices: slices.length,
    },
    slices,
    grantVersions,
    policyVersion: Math.max(...forPurpose.map((grant) => Number(grant.policy_version))),
    minCohort,
  };
  return { ok: true, plan: { ...plan, hash: planHash(plan, request.filter) } };
}

function cohortTooSmall(minCohort: number, fieldsRefused: FieldRefusal[]): PlanOutcome {
  // No counts: how far below k a selection is would itself tell about a few people.
  return {
    ok: false,
    code: "cohort_too_small",
    message: `the selection would single out fewer than ${minCohort} people`,
    fieldsRefused,
  };
}

/**
 * The hash an approval names: what would be read (the slices) and how (purpose,
 * fields, event types, filter). Grant versions are left out on purpose: a
 * steward approves data, and a changed grant that selects the same data is
 * the same export.
 */
function planHash(plan: Omit<ExportPlan, "hash">, filter: ExportRequest["filter"]): string {
  const canonical = JSON.stringify([
    plan.purpose,
    plan.dataset,
    plan.fieldsGranted,
    plan.eventTypes,
    [filter.from, filter.to, filter.apps ?? null, filter.sessions ?? null, filter.organisations ?? null],
    plan.slices.map((slice) => [
      slice.fileKey,
      slice.subject,
      slice.firstRow,
      slice.rowCount,
      slice.highestTier,
    ]),
  ]);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** Whether `next` reads anything `previous` did not: a widened plan needs approval again. */
export function planWidened(previous: readonly PlannedSlice[], next: ExportPlan): boolean {
  const known = new Set(previous.map(sliceId));
  return next.slices.some((slice) => !known.has(sliceId(slice)));
}

function sliceId(slice: Pick<PlannedSlice, "fileKey" | "subject" | "firstRow" | "rowCount">): string {
  return JSON.stringify([slice.fileKey, slice.subject, slice.firstRow, slice.rowCount]);
}

/** Fields groups that are restricted, for callers that show why approval is needed. */
export function isGrantableFieldGroup(value: string): value is GrantableFieldGroup {
  return (grantableFieldGroups as readonly string[]).includes(value);
}

/**
 * Records what the plan chose, for the exporter (slices) and for erasure and
 * access reports (subjects), replacing an earlier plan of the same export.
 */
export async function savePlannedSelection(
  tx: PoolClient,
  orgId: string,
  exportId: string,
  plan: ExportPlan,
): Promise<void> {
  await tx.query("DELETE FROM cordon.export_slices WHERE export_id = $1", [exportId]);
  await tx.query("DELETE FROM cordon.export_subjects WHERE export_id = $1", [exportId]);
  await tx.query(
    `INSERT INTO cordon.export_slices (export_id, org_id, file_key, subject_id, first_row, row_count)
     SELECT $1, $2, s.file_key, s.subject_id, s.first_row, s.row_count
       FROM unnest($3::text[], $4::text[], $5::int[], $6::int[]) AS s(file_key, subject_id, first_row, row_count)`,
    [
      exportId,
      orgId,
      plan.slices.map((slice) => slice.fileKey),
      plan.slices.map((slice) => slice.subject),
      plan.slices.map((slice) => slice.firstRow),
      plan.slices.map((slice) => slice.rowCount),
    ],
  );
  const rowsBySubject = new Map<string, number>();
  for (const slice of plan.slices) {
    rowsBySubject.set(slice.subject, (rowsBySubject.get(slice.subject) ?? 0) + slice.rowCount);
  }
  await tx.query(
    `INSERT INTO cordon.export_subjects (org_id, export_id, subject_id, planned_rows)
     SELECT $1, $2, s.subject_id, s.planned_rows
       FROM unnest($3::text[], $4::bigint[]) AS s(subject_id, planned_rows)`,
    [orgId, exportId, [...rowsBySubject.keys()], [...rowsBySubject.values()]],
  );
}
