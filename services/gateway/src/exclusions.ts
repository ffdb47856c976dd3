import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * What collectors must not record at all, served by GET /v1/collector/config.
 * Apps match by bundle id or executable/app name (case-insensitive); URL
 * patterns are host globs where `*` stands for any run of characters
 * (`*.1password.com`, `*bank*`). Each entry names the reason, so a collector
 * can say why a window went dark.
 */
const exclusionReason = z.string().min(1).max(64);

export const collectorExclusionsSchema = z.strictObject({
  apps: z.array(
    z
      .strictObject({
        bundleId: z.string().min(1).max(256).optional(),
        name: z.string().min(1).max(256).optional(),
        reason: exclusionReason,
      })
      .refine(
        (app) => app.bundleId !== undefined || app.name !== undefined,
        "an app needs a bundleId or a name",
      ),
  ),
  urlPatterns: z.array(z.strictObject({ hostPattern: z.string().min(1).max(256), reason: exclusionReason })),
});

export type CollectorExclusions = z.infer<typeof collectorExclusionsSchema>;

/** Password managers, banking and health portals: never recorded unless the deployment says otherwise. */
export const defaultCollectorExclusions: CollectorExclusions = {
  apps: [
    { bundleId: "com.1password.1password", name: "1Password", reason: "password-manager" },
    { bundleId: "com.agilebits.onepassword7", name: "1Password 7", reason: "password-manager" },
    { bundleId: "com.bitwarden.desktop", name: "Bitwarden", reason: "password-manager" },
    { bundleId: "com.lastpass.LastPass", name: "LastPass", reason: "password-manager" },
    { bundleId: "org.keepassxc.keepassxc", name: "KeePassXC", reason: "password-manager" },
    { name: "KeePass", reason: "password-manager" },
    { bundleId: "com.dashlane.dashlanephonefinal", name: "Dashlane", reason: "password-manager" },
    { bundleId: "com.apple.keychainaccess", name: "Keychain Access", reason: "password-manager" },
    { bundleId: "com.apple.Passwords", name: "Passwords", reason: "password-manager" },
  ],
  urlPatterns: [
    { hostPattern: "*.1password.com", reason: "password-manager" },
    { hostPattern: "*.bitwarden.com", reason: "password-manager" },
    { hostPattern: "*.lastpass.com", reason: "password-manager" },
    { hostPattern: "*.dashlane.com", reason: "password-manager" },
    { hostPattern: "*bank*", reason: "banking" },
    { hostPattern: "*.paypal.com", reason: "banking" },
    { hostPattern: "*.chase.com", reason: "banking" },
    { hostPattern: "*.wellsfargo.com", reason: "banking" },
    { hostPattern: "*.americanexpress.com", reason: "banking" },
    { hostPattern: "*.revolut.com", reason: "banking" },
    { hostPattern: "*.n26.com", reason: "banking" },
    { hostPattern: "*mychart*", reason: "health" },
    { hostPattern: "*patient*", reason: "health" },
    { hostPattern: "*.nhs.uk", reason: "health" },
    { hostPattern: "*.healthcare.gov", reason: "health" },
    { hostPattern: "*.kaiserpermanente.org", reason: "health" },
    { hostPattern: "*.doctolib.*", reason: "health" },
    { hostPattern: "*.zocdoc.com", reason: "health" },
  ],
};

/** The exclusion list from COLLECTOR_EXCLUSIONS (JSON) or COLLECTOR_EXCLUSIONS_FILE, else the defaults. */
export function loadCollectorExclusions(source: {
  json?: string | undefined;
  file?: string | undefined;
}): CollectorExclusions {
  const text = source.json ?? (source.file === undefined ? undefined : readFileSync(source.file, "utf8"));
  if (text === undefined) return defaultCollectorExclusions;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error("the collector exclusion list is not valid JSON");
  }
  const result = collectorExclusionsSchema.safeParse(parsed);
  if (!result.success) {
    const where = result.error.issues.map((issue) => issue.path.join(".") || "(root)").join(", ");
    throw new Error(`the collector exclusion list does not match its schema at ${where}`);
  }
  return result.data;
}
