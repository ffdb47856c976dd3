import { type CountryCode, isSupportedCountry } from "libphonenumber-js/max";
import { z } from "zod";

/**
 * What the classifier needs to know about the organisation whose telemetry it
 * reads: the regions its people live and work in (phone numbers, addresses
 * and identity numbers are written in those regions' national formats, so
 * each is tried in turn), and which apps are work chat, personal messengers
 * or AI assistants there, beyond the ones the classifier knows.
 */
export const organisationProfileSchema = z.strictObject({
  regions: z
    .array(
      z
        .string()
        .regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code in capitals, e.g. GB")
        .refine((code) => isSupportedCountry(code), "a region with a known numbering plan"),
    )
    .min(1)
    .max(12)
    .default(["US"])
    .describe(
      "regions in order of likelihood; the first is assumed first for numbers without a country code",
    ),
  apps: z
    .strictObject({
      workChat: z.array(z.string().min(1).max(100)).max(50).default([]),
      personalMessenger: z.array(z.string().min(1).max(100)).max(50).default([]),
      aiAssistant: z.array(z.string().min(1).max(100)).max(50).default([]),
    })
    .default({ workChat: [], personalMessenger: [], aiAssistant: [] })
    .describe("app names (or bundle ids) by category, matched as whole words, case-insensitive"),
});

export type OrganisationProfileInput = z.input<typeof organisationProfileSchema>;

export interface OrganisationProfile {
  regions: readonly CountryCode[];
  apps: AppCategories;
}

export interface AppCategories {
  workChat: readonly string[];
  personalMessenger: readonly string[];
  aiAssistant: readonly string[];
}

/** Parses an organisation profile; a bad one is a list of readable problems, never an exception. */
export function parseOrganisationProfile(
  input: unknown,
): { ok: true; profile: OrganisationProfile } | { ok: false; problems: string[] } {
  const parsed = organisationProfileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "profile"}: ${issue.message}`),
    };
  }
  return { ok: true, profile: { regions: parsed.data.regions as CountryCode[], apps: parsed.data.apps } };
}
