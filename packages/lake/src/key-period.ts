/**
 * Subject data keys are per key period: a UTC ISO week (Monday 00:00 to the
 * next Monday), named by its Monday as `yyyy-mm-dd`. An event's text is
 * sealed under the key of the week the event happened in, so retention can
 * crypto-shred a week at a time. A week, because the period bounds how long
 * data outlives its retention: a week's key dies only once its LAST day has
 * expired, so its first day's events live up to seven days longer than
 * their category's retention (37 days for 30-day prompts; a month would be
 * up to 61). A shorter period would cost more keys and KMS calls for every
 * subject and category without a shorter retention to serve.
 */
export type KeyPeriod = string;

/** Keys created before keys had periods: one period per subject and category, cell scopes as they were. */
export const legacyKeyPeriod: KeyPeriod = "legacy";

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;
const periodPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of the Monday 00:00 UTC that starts the week holding `tsMs`. */
function weekStartMs(tsMs: number): number {
  const day = Math.floor(tsMs / dayMs);
  // Day 0 (1970-01-01) was a Thursday, three days after a Monday.
  const daysSinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - daysSinceMonday) * dayMs;
}

// Every lake row asks for its period several times, and a file's rows fall in one or two weeks.
const periodNames = new Map<number, KeyPeriod>();

/** The key period of an event at `tsMs` (epoch milliseconds). */
export function keyPeriodOf(tsMs: number): KeyPeriod {
  if (!Number.isFinite(tsMs)) throw new RangeError("an event time must be a finite number of milliseconds");
  const start = weekStartMs(tsMs);
  let name = periodNames.get(start);
  if (name === undefined) {
    name = new Date(start).toISOString().slice(0, 10);
    if (periodNames.size >= 4_096) periodNames.clear();
    periodNames.set(start, name);
  }
  return name;
}

export function isKeyPeriod(value: string): boolean {
  if (value === legacyKeyPeriod) return true;
  if (!periodPattern.test(value)) return false;
  const startMs = Date.parse(`${value}T00:00:00.000Z`);
  return Number.isFinite(startMs) && keyPeriodOf(startMs) === value;
}

/** The instant a (weekly) key period ends: no event of it is at or after this. */
export function keyPeriodEnd(period: KeyPeriod): Date {
  if (period === legacyKeyPeriod || !isKeyPeriod(period)) {
    throw new RangeError("only a weekly key period has an end computed from its name");
  }
  return new Date(Date.parse(`${period}T00:00:00.000Z`) + weekMs);
}
