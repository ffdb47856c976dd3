/**
 * The sensitivity categories of the lake. Each has its own KMS key, so a
 * grant, an audit record or an erasure can name exactly what it covers. The
 * list is closed: a field that fits none of them is not stored.
 */
export const keyCategories = [
  "text",
  "pii",
  "credential",
  "health",
  "hr",
  "prompt",
  "financial",
  "transit",
] as const;

export type KeyCategory = (typeof keyCategories)[number];

/** The asymmetric key that signs audit-log checkpoints; not a data category. */
export const auditSigningKeyName = "audit-signing";

export type KeyName = KeyCategory | typeof auditSigningKeyName;

export function isKeyCategory(value: string): value is KeyCategory {
  return (keyCategories as readonly string[]).includes(value);
}

/** `alias/cordon/` + `pii` → `alias/cordon/pii`: the alias that names a category's key. */
export function keyAlias(aliasPrefix: string, name: KeyName): string {
  // KMS reserves alias/aws/ for its own keys and rejects names without alias/.
  if (!aliasPrefix.startsWith("alias/") || aliasPrefix.startsWith("alias/aws/")) {
    throw new RangeError(
      `key alias prefix must start with "alias/" and not "alias/aws/", got "${aliasPrefix}"`,
    );
  }
  return `${aliasPrefix}${name}`;
}
