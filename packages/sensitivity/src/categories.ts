/**
 * The categories a field at rest can be encrypted under. Each has its own KMS
 * key, so a grant, an audit record or an erasure can name exactly what it
 * covers. The list is closed: a field that fits none of them is not stored.
 * `text` is what a free-text field is when nothing more sensitive was found.
 */
export const fieldCategories = ["text", "pii", "credential", "health", "hr", "prompt", "financial"] as const;

export type SensitivityCategory = (typeof fieldCategories)[number];

export function isSensitivityCategory(value: string): value is SensitivityCategory {
  return (fieldCategories as readonly string[]).includes(value);
}

/**
 * Every category that has a KMS key: the field categories plus `transit`, which
 * protects batches on their way through Kafka and never a field at rest.
 */
export const keyCategories = [...fieldCategories, "transit"] as const;

export type KeyCategory = (typeof keyCategories)[number];

export function isKeyCategory(value: string): value is KeyCategory {
  return (keyCategories as readonly string[]).includes(value);
}
