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
  if (source.json !== undefined && source.file !== undefined) {
    throw new Error("set at most one of COLLECTOR_EXCLUSIONS and COLLECTOR_EXCLUSIONS_FILE");
  }
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

/** `*` stands for any run of characters; everything else matches itself, case-insensitively. */
function hostMatches(pattern: string, host: string): boolean {
  // The classic two-pointer wildcard match: no regular expression, so a
  // pattern with many stars cannot make one host cost more than
  // pattern length × host length steps.
  let p = 0;
  let h = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (h < host.length) {
    if (p < pattern.length && pattern[p] === "*") {
      starAt = p++;
      resumeAt = h;
    } else if (p < pattern.length && pattern[p] === host[h]) {
      p++;
      h++;
    } else if (starAt !== -1) {
      p = starAt + 1;
      h = ++resumeAt;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

/** What an event says about where it was recorded: the fields every event type carries. */
export interface RecordedPlace {
  app: { name: string; bundleId?: string | undefined };
  url?: string | undefined;
}

/**
 * The exclusion list, ready to check events against: the gateway drops what
 * it matches before anything is sealed, and the pipeline checks again, so an
 * old or broken collector that ignores the list cannot store a password
 * manager's window.
 */
export class ExclusionMatcher {
  readonly #appReasons = new Map<string, string>();
  readonly #urlPatterns: { hostPattern: string; reason: string }[];
  readonly #urlReasons = new Map<string, string | null>();

  constructor(exclusions: CollectorExclusions) {
    for (const app of exclusions.apps) {
      if (app.bundleId !== undefined)
        this.#appReasons.set(`bundle:${app.bundleId.toLowerCase()}`, app.reason);
      if (app.name !== undefined) this.#appReasons.set(`name:${app.name.toLowerCase()}`, app.reason);
    }
    this.#urlPatterns = exclusions.urlPatterns.map((pattern) => ({
      hostPattern: pattern.hostPattern.toLowerCase(),
      reason: pattern.reason,
    }));
  }

  /** The reason of the first exclusion the event's app or URL matches; undefined when none does. */
  reasonFor(place: RecordedPlace): string | undefined {
    const { app } = place;
    const byApp =
      (app.bundleId === undefined
        ? undefined
        : this.#appReasons.get(`bundle:${app.bundleId.toLowerCase()}`)) ??
      this.#appReasons.get(`name:${app.name.toLowerCase()}`);
    if (byApp !== undefined) return byApp;
    if (place.url === undefined) return undefined;
    // A session repeats its URLs event after event: parse and match each once.
    let byUrl = this.#urlReasons.get(place.url);
    if (byUrl === undefined) {
      const host = hostOf(place.url);
      byUrl =
        host === undefined
          ? null
          : (this.#urlPatterns.find((pattern) => hostMatches(pattern.hostPattern, host))?.reason ?? null);
      if (this.#urlReasons.size >= urlReasonsKept) this.#urlReasons.clear();
      this.#urlReasons.set(place.url, byUrl);
    }
    return byUrl ?? undefined;
  }
}

const urlReasonsKept = 10_000;

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === "" ? undefined : host;
  } catch {
    return undefined;
  }
}
