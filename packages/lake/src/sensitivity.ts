import type { KeyCategory } from "@cordon/key-service";

/**
 * The categories a lake cell can be encrypted under: every KMS key category
 * except `transit`, which protects Kafka batches and never data at rest.
 */
export type LakeCategory = Exclude<KeyCategory, "transit">;

export const lakeCategories = [
  "text",
  "pii",
  "credential",
  "health",
  "hr",
  "prompt",
  "financial",
] as const satisfies readonly LakeCategory[];

// Fails to compile when key-service gains a category the lake does not list.
type Unlisted = Exclude<LakeCategory, (typeof lakeCategories)[number]>;
const everyCategoryListed: [Unlisted] extends [never] ? true : never = true;
void everyCategoryListed;

export function isLakeCategory(value: string): value is LakeCategory {
  return (lakeCategories as readonly string[]).includes(value);
}

/**
 * How sensitive an event is, lowest first. `prohibited` events are stored
 * only after their prohibited content was dropped (DESIGN.md invariant 8);
 * the tier still says what was there.
 */
export const tiers = ["public", "internal", "confidential", "restricted", "prohibited"] as const;
export type Tier = (typeof tiers)[number];

export function isTier(value: string): value is Tier {
  return (tiers as readonly string[]).includes(value);
}

export function higherTier(a: Tier, b: Tier): Tier {
  return tiers.indexOf(a) >= tiers.indexOf(b) ? a : b;
}
