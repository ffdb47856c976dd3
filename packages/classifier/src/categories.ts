import type { KeyCategory } from "@cordon/key-service";

/**
 * The categories a classified field can fall into: every KMS key category
 * except `transit`, which protects Kafka batches and never a field at rest.
 * `text` is what a free-text field is when nothing more sensitive was found.
 */
export type SensitivityCategory = Exclude<KeyCategory, "transit">;

/** How sensitive something is, lowest first; `prohibited` content is never stored. */
export const tiers = ["public", "internal", "confidential", "restricted", "prohibited"] as const;
export type Tier = (typeof tiers)[number];

/**
 * The one table that maps a category to its tier. Rows are ordered from most
 * to least sensitive: when a field holds several categories, the first row
 * that matches names the key the field is encrypted under. Health, HR,
 * financial data and personal conversations are `restricted` because those
 * are what the incident exposed (DESIGN.md); exports of them need a second
 * person's approval. Secrets are `prohibited`: dropped, never encrypted.
 *
 * | category   | tier         | what lands here                                               |
 * | ---------- | ------------ | ------------------------------------------------------------- |
 * | credential | prohibited   | password-field input, API keys, tokens, private keys, JWTs    |
 * | health     | restricted   | conditions, medications, clinical terms                       |
 * | hr         | restricted   | reviews, ratings, PIPs, salary, disciplinary, medical leave   |
 * | financial  | restricted   | payment cards, IBANs                                          |
 * | prompt     | restricted   | AI prompts, text typed into AI assistants and personal chat   |
 * | pii        | confidential | email, phone, person names, government ids, IP addresses      |
 * | text       | internal     | any other free text                                           |
 */
export const categoryTiers = [
  { category: "credential", tier: "prohibited" },
  { category: "health", tier: "restricted" },
  { category: "hr", tier: "restricted" },
  { category: "financial", tier: "restricted" },
  { category: "prompt", tier: "restricted" },
  { category: "pii", tier: "confidential" },
  { category: "text", tier: "internal" },
] as const satisfies readonly { category: SensitivityCategory; tier: Tier }[];

/** Every category, most sensitive first. */
export const sensitivityCategories: readonly SensitivityCategory[] = categoryTiers.map((row) => row.category);

const rankOf = new Map<SensitivityCategory, number>(
  sensitivityCategories.map((category, index) => [category, sensitivityCategories.length - index]),
);

export function tierOf(category: SensitivityCategory): Tier {
  return categoryTiers.find((row) => row.category === category)?.tier ?? "internal";
}

/** The category whose key a field is encrypted under: the most sensitive present, `text` when none. */
export function mostSensitiveCategory(categories: Iterable<SensitivityCategory>): SensitivityCategory {
  let best: SensitivityCategory = "text";
  for (const category of categories) {
    if ((rankOf.get(category) ?? 0) > (rankOf.get(best) ?? 0)) best = category;
  }
  return best;
}

export function higherTier(a: Tier, b: Tier): Tier {
  return tiers.indexOf(a) >= tiers.indexOf(b) ? a : b;
}

/** Categories in table order, so outputs are stable whatever order detectors ran in. */
export function sortCategories(categories: Iterable<SensitivityCategory>): SensitivityCategory[] {
  const present = new Set(categories);
  return sensitivityCategories.filter((category) => present.has(category));
}
