/**
 * What `GET /v1/collector/config` tells a collector: whether it may record at
 * all, whether ingestion is paused for it, which apps and URLs it must never
 * record, and the gateway's batch limits.
 */
export interface CollectorConfig {
  /** False when the person this collector records has opted out: nothing is recorded. */
  recording: boolean;
  paused: boolean;
  /** While paused: when to ask again. */
  retryAfterSeconds?: number;
  exclusions: Exclusions;
  /** How often the gateway wants the config asked for again. */
  refreshAfterSeconds?: number;
  limits?: { maxEvents?: number; maxDecompressedBytes?: number; maxRequestBytes?: number };
}

export interface Exclusions {
  /** An app matches by bundle id or by name, without regard to case. */
  apps: { bundleId?: string; name?: string }[];
  /** Host globs: `*` stands for any run of characters (`*bank*`, `*.1password.com`). */
  urlPatterns: string[];
}

/**
 * Used until the gateway has answered once (and nothing was saved from an
 * earlier run): a short list of the kinds of app the gateway excludes by
 * default, so a collector that starts offline does not record a password
 * manager or a bank while it waits. The gateway's list replaces it.
 */
export const fallbackExclusions: Exclusions = {
  apps: [
    { bundleId: "com.1password.1password", name: "1Password" },
    { bundleId: "com.bitwarden.desktop", name: "Bitwarden" },
    { bundleId: "com.lastpass.LastPass", name: "LastPass" },
    { bundleId: "org.keepassxc.keepassxc", name: "KeePassXC" },
    { name: "KeePass" },
    { bundleId: "com.apple.keychainaccess", name: "Keychain Access" },
    { bundleId: "com.apple.Passwords", name: "Passwords" },
  ],
  urlPatterns: ["*.1password.com", "*.bitwarden.com", "*.lastpass.com", "*bank*", "*mychart*", "*patient*"],
};

/** Reads the gateway's answer; throws on a shape it does not understand. */
export function parseCollectorConfig(body: unknown): CollectorConfig {
  if (!isObject(body) || typeof body.paused !== "boolean") {
    throw new TypeError("collector config: expected an object with a boolean `paused`");
  }
  const exclusions = isObject(body.exclusions) ? body.exclusions : {};
  const config: CollectorConfig = {
    recording: body.recording !== false,
    paused: body.paused,
    exclusions: {
      apps: list(exclusions.apps).flatMap((app) => {
        const bundleId = typeof app.bundleId === "string" ? { bundleId: app.bundleId } : {};
        const name = typeof app.name === "string" ? { name: app.name } : {};
        return "bundleId" in bundleId || "name" in name ? [{ ...bundleId, ...name }] : [];
      }),
      urlPatterns: list(exclusions.urlPatterns).flatMap((pattern) =>
        typeof pattern.hostPattern === "string" ? [pattern.hostPattern] : [],
      ),
    },
  };
  const pause = isObject(body.pause) ? body.pause : {};
  const retryAfterSeconds = pause.retryAfterSeconds ?? body.retryAfterSeconds;
  if (typeof retryAfterSeconds === "number" && retryAfterSeconds >= 0) {
    config.retryAfterSeconds = retryAfterSeconds;
  }
  if (typeof body.refreshAfterSeconds === "number" && body.refreshAfterSeconds > 0) {
    config.refreshAfterSeconds = body.refreshAfterSeconds;
  }
  if (isObject(body.limits)) {
    const limits: NonNullable<CollectorConfig["limits"]> = {};
    for (const key of ["maxEvents", "maxDecompressedBytes", "maxRequestBytes"] as const) {
      const value = body.limits[key];
      if (typeof value === "number" && value > 0) limits[key] = value;
    }
    config.limits = limits;
  }
  return config;
}

/** The parts of an event that say where it was recorded. */
export interface RecordingPlace {
  app?: { name?: string | undefined; bundleId?: string | undefined } | undefined;
  url?: string | undefined;
}

/** True when the event was recorded in an excluded app or on an excluded URL. */
export function isExcluded(place: RecordingPlace, exclusions: Exclusions): boolean {
  const name = place.app?.name?.toLowerCase();
  const bundleId = place.app?.bundleId?.toLowerCase();
  const appExcluded = exclusions.apps.some(
    (app) =>
      (app.name !== undefined && app.name.toLowerCase() === name) ||
      (app.bundleId !== undefined && app.bundleId.toLowerCase() === bundleId),
  );
  if (appExcluded) return true;
  if (place.url === undefined) return false;
  let host: string;
  try {
    host = new URL(place.url).hostname.toLowerCase();
  } catch {
    // An address the collector cannot read cannot be shown to be allowed.
    return exclusions.urlPatterns.length > 0;
  }
  return exclusions.urlPatterns.some((pattern) => hostMatches(host, pattern.toLowerCase()));
}

/**
 * A glob over the host name. `*.example.com` also covers `example.com` itself:
 * a collector errs on the side of not recording.
 */
function hostMatches(host: string, pattern: string): boolean {
  if (pattern.startsWith("*.") && host === pattern.slice(2)) return true;
  const expression = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${expression}$`).test(host);
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
