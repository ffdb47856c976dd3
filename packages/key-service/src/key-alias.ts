import type { KeyCategory } from "@cordon/sensitivity";

/** The asymmetric key that signs audit-log checkpoints; not a data category. */
export const auditSigningKeyName = "audit-signing";

export type KeyName = KeyCategory | typeof auditSigningKeyName;

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
