import {
  eventTypeSchema,
  exportDatasets,
  grantableFieldGroups,
  grantTiers,
  purposeSchema,
} from "@cordon/export-plan";
import { z } from "zod";

const granteeSchema = z.strictObject({
  type: z.enum(["principal", "role"]),
  id: z
    .string()
    .min(1)
    .max(256)
    .regex(/^[A-Za-z0-9._@:+-]+$/, "may hold letters, digits and . _ @ : + - only"),
});

/** What a steward states for a grant: who may export what, for which purposes, from/until when. */
export const grantTermsSchema = z
  .strictObject({
    grantee: granteeSchema,
    dataset: z.enum(exportDatasets),
    eventTypes: z.array(eventTypeSchema).min(1).max(64),
    fields: z
      .array(z.enum(grantableFieldGroups))
      .max(grantableFieldGroups.length)
      .describe("field groups (sensitivity categories); credential is never exportable"),
    maxTier: z.enum(grantTiers),
    purposes: z.array(purposeSchema).min(1).max(32),
    validFrom: z.iso.datetime({ offset: true }).optional().describe("default: now"),
    validUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine(
    (terms) =>
      terms.validUntil == null ||
      Date.parse(terms.validUntil) >
        (terms.validFrom === undefined ? Date.now() : Date.parse(terms.validFrom)),
    { message: "validUntil must be after validFrom", path: ["validUntil"] },
  );

export const grantSchema = z.object({
  grantId: z.uuid(),
  version: z.number().int(),
  orgId: z.string(),
  policyVersion: z.number().int(),
  grantee: z.object({ type: z.enum(["principal", "role"]), id: z.string() }),
  dataset: z.string(),
  eventTypes: z.array(z.string()),
  fields: z.array(z.string()),
  maxTier: z.string(),
  purposes: z.array(z.string()),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime().nullable(),
  revoked: z.boolean(),
  changedBy: z.string(),
  changedAt: z.iso.datetime(),
});

export const grantIdParams = z.strictObject({ id: z.uuid() });
