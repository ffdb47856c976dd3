export interface BackoffPolicy {
  /** Upper bound of the first retry's wait; doubles with each failed attempt. */
  baseDelayMs: number;
  /** No wait computed from attempts is longer than this. */
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to it, so a wrong header cannot park a collector for days. */
  maxRetryAfterMs: number;
}

export const defaultBackoff: BackoffPolicy = {
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 15 * 60_000,
};

/**
 * How long to wait before retry number `attempt` (1 for the first retry).
 * Without Retry-After it is "full jitter": uniform in [0, min(max, base·2^(attempt-1))),
 * which spreads a fleet of collectors that failed together. With Retry-After the
 * server's word is a floor — never earlier — plus up to one base delay of jitter,
 * so collectors paused together do not all come back in the same instant.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy,
  random: () => number,
): number {
  if (retryAfterMs !== undefined) {
    return Math.min(retryAfterMs, policy.maxRetryAfterMs) + Math.floor(random() * policy.baseDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Reads a Retry-After header: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns undefined for a missing or unreadable header; a date in the past is 0.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its weekday and month; without letters, Date.parse would read "-3" as a year.
  if (!/[A-Za-z]/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
