import type { SensitivityCategory } from "./categories.ts";

/**
 * How sensitive something is, lowest first. `prohibited` content is never
 * stored: an event that held some is kept only after it was dropped, and its
 * tier still says what was there.
 */
export const tiers = ["public", "internal", "confidential", "restricted", "prohibited"] as const;
export type Tier = (typeof tiers)[number];

export function isTier(value: string): value is Tier {
  return (tiers as readonly string[]).includes(value);
}

export function higherTier(a: Tier, b: Tier): Tier {
  return tiers.indexOf(a) >= tiers.indexOf(b) ? a : b;
}

/**
 * The one table that maps a category to its tier. Rows are ordered from most
 * to least sensitive: when a field holds several categories, the first row
 * that matches names the key the field is encrypted under. Health, HR,
 * financial data and personal conversations are `restricted` because leaking
 * them harms the employee most; exports of them need a second person's
 * approval. Secrets are `prohibited`: dropped, never encrypted.
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

// Fails to compile when a category is added without a row in the table.
type Untiered = Exclude<SensitivityCategory, (typeof categoryTiers)[number]["category"]>;
const everyCategoryTiered: [Untiered] extends [never] ? true : never = true;
void everyCategoryTiered;

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

/** Categories in table order, so outputs are stable whatever order they were found in. */
export function sortCategories(categories: Iterable<SensitivityCategory>): SensitivityCategory[] {
  const present = new Set(categories);
  return sensitivityCategories.filter((category) => present.has(category));
}
