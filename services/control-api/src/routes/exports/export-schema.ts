import { fieldGroups } from "@cordon/export-plan";
import { z } from "zod";
import { exportStatuses } from "../../db/exports.ts";

export const exportIdParams = z.strictObject({ id: z.uuid() });

/** A plan as the API shows it: counts and decisions, never the slice list (which names pseudonyms). */
export const planSchema = z.object({
  purpose: z.string(),
  dataset: z.string(),
  fieldsGranted: z.array(z.string()),
  fieldsRefused: z.array(
    z.object({
      field: z.enum(fieldGroups),
      reason: z.enum(["no_grant", "never_exportable", "purpose_not_allowed"]),
    }),
  ),
  eventTypes: z.array(z.string()),
  eventTypesRefused: z.array(z.string()),
  needsApproval: z.boolean(),
  approvalReasons: z.array(z.enum(["restricted_field", "restricted_tier"])),
  counts: z
    .object({
      rows: z.number().int(),
      subjects: z.number().int(),
      files: z.number().int(),
      slices: z.number().int(),
    })
    .describe(
      "from the catalog: rows is an upper bound until event types, apps and sessions are matched at run time",
    ),
  grantVersions: z.array(z.object({ grantId: z.string(), version: z.number().int() })),
  policyVersion: z.number().int(),
  minCohort: z.number().int(),
  hash: z.string().describe("SHA-256 of the plan; an approval names it"),
});

export const exportFileSchema = z.object({
  name: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  rows: z.number().int(),
});

export const exportSchema = z.object({
  exportId: z.uuid(),
  orgId: z.string(),
  requesterId: z.string(),
  purpose: z.string(),
  dataset: z.string(),
  status: z.enum(exportStatuses),
  needsApproval: z.boolean(),
  plan: planSchema,
  requestedAt: z.iso.datetime(),
  approvedBy: z.string().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  deniedBy: z.string().nullable(),
  denialReason: z.string().nullable(),
  completedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  failureCode: z.string().nullable(),
  files: z.array(exportFileSchema),
});

export const planAnswerSchema = z.object({
  dryRun: z.boolean(),
  plan: planSchema,
  export: exportSchema.nullable().describe("the export created; null for a dry run"),
});
