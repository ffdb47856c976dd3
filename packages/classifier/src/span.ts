import type { SensitivityCategory } from "@cordon/sensitivity";

/** Every detector by name; a span says which one found it. */
export type DetectorName =
  | "aws-access-key"
  | "github-token"
  | "slack-token"
  | "slack-webhook"
  | "stripe-key"
  | "google-api-key"
  | "npm-token"
  | "provider-token"
  | "aws-secret-key"
  | "password-in-url"
  | "password-flag"
  | "password-prose"
  | "one-time-code"
  | "private-key"
  | "jwt"
  | "secret-assignment"
  | "high-entropy-token"
  | "password-field"
  | "payment-card"
  | "iban"
  | "us-ssn"
  | "uk-nino"
  | "es-dni"
  | "fr-insee"
  | "national-id"
  | "passport"
  | "postal-address"
  | "aba-routing"
  | "bank-code"
  | "bank-account"
  | "email"
  | "phone"
  | "ip-address"
  | "person-name"
  | "health-term"
  | "hr-term"
  | "ai-prompt"
  | "chat-app"
  | "surface";

/**
 * A stretch of text a detector found: `[start, end)` in UTF-16 code units of
 * the classified string. `score` is the detector's confidence in [0, 1] after
 * context; only spans at or above `reportThreshold` are returned.
 */
export interface Span {
  start: number;
  end: number;
  category: SensitivityCategory;
  detector: DetectorName;
  score: number;
}

/** A span this sure or surer counts: it names a category of its field. */
export const reportThreshold = 0.5;

export function clampScore(score: number): number {
  return Math.max(0, Math.min(0.99, Math.round(score * 1000) / 1000));
}

/**
 * Keeps, of spans that overlap, the one with the higher score (then the
 * longer one), so that a card's digits are not also reported as a phone
 * number. Values compete with values and a category's terms with its own
 * terms; field-level spans (a prompt, a password field, a revealing surface)
 * compete with nothing.
 * Kept spans of one class are disjoint and held sorted, so each check is a
 * binary search: O(n log n) however many spans a long text yields.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const ordered = [...spans].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const keptByClass = new Map<string, Span[]>();
  const kept: Span[] = [];
  for (const span of ordered) {
    const spanClass = classOf(span);
    if (spanClass === "field") {
      kept.push(span);
      continue;
    }
    let disjoint = keptByClass.get(spanClass);
    if (disjoint === undefined) {
      disjoint = [];
      keptByClass.set(spanClass, disjoint);
    }
    const at = firstEndingAfter(disjoint, span.start);
    const next = disjoint[at];
    if (next !== undefined && next.start < span.end) continue;
    disjoint.splice(at, 0, span);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the first span in `sorted` (disjoint, by start) that ends after `position`. */
function firstEndingAfter(sorted: readonly Span[], position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Term spans (health, HR) sit beside values rather than competing with them:
// "salary 4111 1111 1111 1111" is both HR and a card. Nor do the two topics compete
// with each other: "on sick leave after surgery" and "short-term disability leave"
// are a person's health and an HR matter at once, whichever detector is surer.
const fieldLevel = new Set<DetectorName>(["ai-prompt", "chat-app", "surface", "password-field"]);
const terms = new Set<DetectorName>(["health-term", "hr-term"]);

function classOf(span: Span): "field" | DetectorName | "value" {
  if (fieldLevel.has(span.detector)) return "field";
  return terms.has(span.detector) ? span.detector : "value";
}

const blockSize = 256;

/**
 * Spans filed by the 256-character blocks of text they cover, so that asking
 * whether a stretch overlaps any of them reads only its own blocks: a
 * detector that checks each new find against all earlier ones stays linear
 * however many it finds in a long text.
 */
export class SpanBlocks {
  readonly #blocks = new Map<number, Span[]>();

  constructor(spans: Iterable<Span> = []) {
    for (const span of spans) this.add(span);
  }

  add(span: Span): void {
    for (let block = blockOf(span.start); block <= blockOf(span.end - 1); block++) {
      const filed = this.#blocks.get(block);
      if (filed === undefined) this.#blocks.set(block, [span]);
      else filed.push(span);
    }
  }

  /** Whether `[start, end)` shares a character with a span added. */
  overlaps(start: number, end: number): boolean {
    for (let block = blockOf(start); block <= blockOf(end - 1); block++) {
      const filed = this.#blocks.get(block);
      if (filed?.some((span) => span.start < end && start < span.end)) return true;
    }
    return false;
  }
}

const blockOf = (position: number) => Math.floor(position / blockSize);
