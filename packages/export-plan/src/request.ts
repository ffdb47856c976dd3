import { z } from "zod";

/** The only dataset the lake holds today. */
export const exportDatasets = ["events/v1"] as const;

/**
 * Field groups a grant and a request name: the lake's sensitivity categories.
 * `credential` is listed so a request for it gets its own refusal; no grant
 * can name it (migrations/0020_exports.sql).
 */
export const fieldGroups = ["text", "pii", "credential", "health", "hr", "prompt", "financial"] as const;
export type FieldGroup = (typeof fieldGroups)[number];
export const grantableFieldGroups = ["text", "pii", "health", "hr", "prompt", "financial"] as const;
export type GrantableFieldGroup = (typeof grantableFieldGroups)[number];

/** Field groups whose export waits for a steward's approval (DESIGN.md invariant 6). */
export const restrictedFieldGroups: readonly FieldGroup[] = ["health", "hr", "prompt", "financial"];

/** Tiers a grant may reach; `prohibited` is never exportable. */
export const grantTiers = ["public", "internal", "confidential", "restricted"] as const;
export type GrantTier = (typeof grantTiers)[number];

/** Event types of event model v1, as the lake's `event_type` column holds them. */
const eventTypePattern = /^[a-z][a-z_]{0,30}\.[a-z][a-z_]{0,30}$/;
export const eventTypeSchema = z.string().regex(eventTypePattern, "must be an event type such as key.press");

export const purposeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, "must be a lower-case purpose name such as model-training");

const shortId = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^\p{Cc}]*$/u, "must hold no control characters");

/**
 * What an export selects. Every part is a typed value that becomes a bound
 * parameter of a fixed query; nothing a user sends is ever spliced into SQL.
 */
export const exportFilterSchema = z
  .strictObject({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    eventTypes: z.array(eventTypeSchema).min(1).max(64),
    /** Foreground application names; matched on the decrypted value at run time. */
    apps: z.array(shortId).min(1).max(64).optional(),
    /** Recording sessions; one session belongs to one subject. */
    sessions: z.array(shortId).min(1).max(1000).optional(),
    /** Organisations to read; a caller's identity reaches only its own. */
    organisations: z.array(shortId).min(1).max(16).optional(),
  })
  .refine((filter) => Date.parse(filter.from) < Date.parse(filter.to), {
    message: "from must be before to",
    path: ["to"],
  });
export type ExportFilter = z.infer<typeof exportFilterSchema>;

export const exportRequestSchema = z.strictObject({
  purpose: purposeSchema,
  dataset: z.enum(exportDatasets),
  fields: z.array(z.enum(fieldGroups)).max(fieldGroups.length),
  filter: exportFilterSchema,
  dryRun: z.boolean().default(false),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;
