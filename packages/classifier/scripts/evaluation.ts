import type { TelemetryEvent } from "@cordon/events";
import {
  type Classifier,
  createClassifier,
  type FieldClassification,
  reconstructTypedText,
  type SensitivityCategory,
  type Span,
} from "../src/index.ts";
import {
  type CorpusEntry,
  type CorpusLabel,
  detectorKind,
  isTypedEntry,
  type KeyToken,
  kindCategory,
  type LabelKind,
  labelKinds,
  type TextEntry,
  type TypedEntry,
} from "./corpus.ts";

/**
 * Span-level precision and recall. A label counts as found when a predicted
 * span of the same kind overlaps it by at least one character; a predicted
 * span counts as correct when it overlaps a label of its kind. Overlap rather
 * than exact offsets because detectors and labellers draw edges differently
 * ("an anxiety disorder" vs "anxiety disorder") and the pipeline acts on the
 * field, not the offsets. Per category the same is done with categories.
 */
export interface Tally {
  labels: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface Evaluation {
  byKind: Map<LabelKind, Tally>;
  byCategory: Map<SensitivityCategory, Tally>;
  /** Typed entries whose keys did not rebuild the expected text. */
  reconstructionFailures: string[];
  /** Password-field entries, and how many came out prohibited. */
  prohibited: { expected: number; got: number; missed: string[] };
  /** Entries that name the category their field must come out as. */
  categories: { expected: number; matched: number; mismatched: string[] };
  /** Entries with a missed label or a wrong span, for reading. */
  mistakes: { id: string; text: string; missed: string[]; wrong: string[] }[];
}

interface Graded {
  kind: LabelKind;
  start: number;
  end: number;
}

export function evaluateCorpus(entries: readonly CorpusEntry[], classifier = createClassifier()): Evaluation {
  const byKind = new Map<LabelKind, Tally>(labelKinds.map((kind) => [kind, emptyTally()]));
  const byCategory = new Map<SensitivityCategory, Tally>();
  const evaluation: Evaluation = {
    byKind,
    byCategory,
    reconstructionFailures: [],
    prohibited: { expected: 0, got: 0, missed: [] },
    categories: { expected: 0, matched: 0, mismatched: [] },
    mistakes: [],
  };
  for (const entry of entries) {
    const { text, found } = isTypedEntry(entry)
      ? classifyTyped(entry, classifier, evaluation)
      : { text: entry.text, found: classifyTextEntry(entry, classifier) };
    if (entry.category !== undefined) {
      evaluation.categories.expected++;
      if (found.category === entry.category) evaluation.categories.matched++;
      else evaluation.categories.mismatched.push(`${entry.id}: ${found.category}, not ${entry.category}`);
    }
    if (isTypedEntry(entry) && entry.prohibited) {
      evaluation.prohibited.expected++;
      if (found.prohibited) evaluation.prohibited.got++;
      else evaluation.prohibited.missed.push(entry.id);
      continue;
    }
    const predicted = found.spans.flatMap(toGraded);
    grade(entry.labels, predicted, (kind) => tallyOf(byKind, kind));
    grade(
      entry.labels.map((label) => ({ ...label, kind: kindCategory[label.kind] })),
      predicted.map((span) => ({ ...span, kind: kindCategory[span.kind] })),
      (category) => tallyOf(byCategory, category),
    );
    const missed = entry.labels.filter((label) => !overlapsAny(label, predicted));
    const wrong = predicted.filter((span) => !overlapsAny(span, entry.labels));
    if (missed.length > 0 || wrong.length > 0) {
      const show = (span: Graded) => `${span.kind}:${JSON.stringify(text.slice(span.start, span.end))}`;
      evaluation.mistakes.push({ id: entry.id, text, missed: missed.map(show), wrong: wrong.map(show) });
    }
  }
  return evaluation;
}

function emptyTally(): Tally {
  return { labels: 0, found: 0, predicted: 0, correct: 0 };
}

function tallyOf<Key>(tallies: Map<Key, Tally>, key: Key): Tally {
  let tally = tallies.get(key);
  if (tally === undefined) {
    tally = emptyTally();
    tallies.set(key, tally);
  }
  return tally;
}

function toGraded(span: Span): Graded[] {
  const kind = detectorKind[span.detector];
  return kind === undefined ? [] : [{ kind, start: span.start, end: span.end }];
}

function overlapsAny<Kind>(
  span: { kind: Kind; start: number; end: number },
  others: readonly (typeof span)[],
): boolean {
  return others.some((other) => other.kind === span.kind && other.start < span.end && span.start < other.end);
}

function grade<Kind>(
  labels: readonly { kind: Kind; start: number; end: number }[],
  predicted: readonly { kind: Kind; start: number; end: number }[],
  tally: (kind: Kind) => Tally,
) {
  for (const label of labels) {
    const t = tally(label.kind);
    t.labels++;
    if (overlapsAny(label, predicted)) t.found++;
  }
  for (const span of predicted) {
    const t = tally(span.kind);
    t.predicted++;
    if (overlapsAny(span, labels)) t.correct++;
  }
}

const sessionId = "5a0c1e2d-3f4b-4c6d-8e9f-0a1b2c3d4e5f";

function eventIdOf(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

function classifyTextEntry(entry: TextEntry, classifier: Classifier): FieldClassification {
  if (entry.eventType === "ai.prompt") {
    const event: TelemetryEvent = {
      type: "ai.prompt",
      eventId: eventIdOf(1),
      ts: 0,
      seq: 0,
      sessionId,
      app: entry.surface?.app ?? { name: "ChatGPT" },
      window: entry.surface?.window ?? {},
      tool: "ChatGPT",
      text: entry.text,
    };
    return (
      classifier.classifyEvent(event).fields.text ?? classifier.classifyText(entry.text, { field: "text" })
    );
  }
  const where = entry.surface === undefined ? {} : { surface: entry.surface };
  return classifier.classifyText(entry.text, { field: entry.field ?? "text", ...where });
}

const modifierNames: Record<string, "alt" | "control" | "meta" | "shift"> = {
  alt: "alt",
  ctrl: "control",
  control: "control",
  meta: "meta",
  cmd: "meta",
  shift: "shift",
};

/** Turns the corpus's key notation into `key.press` events (and a `clipboard.copy` first when given). */
export function typedEntryEvents(entry: TypedEntry): TelemetryEvent[] {
  const surface = entry.surface ?? { app: { name: "Firefox" }, window: { title: "Form" } };
  const common = (n: number) => ({
    eventId: eventIdOf(n),
    ts: 1_767_225_600_000 + n * 120,
    seq: n,
    sessionId,
    app: surface.app,
    window: surface.window,
    ...(surface.url === undefined ? {} : { url: surface.url }),
  });
  const events: TelemetryEvent[] = [];
  if (entry.clipboard !== undefined)
    events.push({ type: "clipboard.copy", ...common(0), text: entry.clipboard });
  const keys = entry.keys.flatMap((token: KeyToken) =>
    typeof token === "string" ? [token] : [...token.text],
  );
  for (const token of keys) {
    const parts = token.length > 1 ? token.split("+") : [token];
    const key = parts.length > 1 && parts.at(-1) === "" ? "+" : (parts.at(-1) ?? token);
    const modifiers = parts
      .slice(0, -1)
      .map((name) => modifierNames[name.toLowerCase()])
      .filter((name) => name !== undefined);
    const code = key.length === 1 ? (/[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : "Unidentified") : key;
    events.push({
      type: "key.press",
      ...common(events.length + 1),
      key,
      code,
      modifiers,
      inputType: entry.inputType ?? "text",
      fieldId: "corpus-field",
    });
  }
  return events;
}

function classifyTyped(
  entry: TypedEntry,
  classifier: Classifier,
  evaluation: Evaluation,
): { text: string; found: FieldClassification } {
  const events = typedEntryEvents(entry);
  const segments = reconstructTypedText(events);
  const segment = segments[0];
  const text = segment?.text ?? "";
  if (segments.length !== 1 || (!entry.prohibited && text !== entry.text)) {
    evaluation.reconstructionFailures.push(`${entry.id}: got ${JSON.stringify(text)}`);
  }
  const typed = classifier.classifyTypedSegments(segments);
  const firstKey = events.find((event) => event.type === "key.press");
  const found = (firstKey && typed.get(firstKey.eventId)) ?? classifier.classifyText("", { field: "key" });
  return { text, found };
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** The table the evaluate script prints and the README quotes. */
export function formatEvaluation(evaluation: Evaluation, title: string): string {
  const row = (name: string, t: Tally) =>
    `| ${name.padEnd(10)} | ${String(t.labels).padStart(6)} | ${String(t.found).padStart(5)} | ${ratio(t.found, t.labels).toFixed(3)} | ${String(t.predicted).padStart(9)} | ${String(t.correct).padStart(7)} | ${ratio(t.correct, t.predicted).toFixed(3)}     |`;
  const header = [
    "| kind       | labels | found | recall | predicted | correct | precision |",
    "| ---------- | -----: | ----: | -----: | --------: | ------: | --------: |",
  ];
  const lines = [`${title}`, "", ...header];
  for (const [kind, tally] of evaluation.byKind) lines.push(row(kind, tally));
  lines.push("", ...header.map((line) => line.replace("kind      ", "category  ")));
  for (const [category, tally] of [...evaluation.byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(row(category, tally));
  }
  lines.push(
    "",
    `password-field entries prohibited: ${evaluation.prohibited.got}/${evaluation.prohibited.expected}`,
    `entries with the expected field category: ${evaluation.categories.matched}/${evaluation.categories.expected}${evaluation.categories.mismatched.length === 0 ? "" : ` (not ${evaluation.categories.mismatched.join("; ")})`}`,
    `typed entries rebuilt exactly: ${evaluation.reconstructionFailures.length === 0 ? "all" : `not ${evaluation.reconstructionFailures.join("; ")}`}`,
  );
  return lines.join("\n");
}

export interface Floor {
  what: string;
  value: number;
  floor: number;
}

/** Recall ≥ 0.99 on checksum-validated kinds, ≥ 0.9 on the rest; precision ≥ 0.9 everywhere. */
export function floorsBroken(evaluation: Evaluation, checksumKinds: ReadonlySet<LabelKind>): Floor[] {
  const broken: Floor[] = [];
  for (const [kind, tally] of evaluation.byKind) {
    const recallFloor = checksumKinds.has(kind) ? 0.99 : 0.9;
    const recall = ratio(tally.found, tally.labels);
    const precision = ratio(tally.correct, tally.predicted);
    if (recall < recallFloor) broken.push({ what: `recall of ${kind}`, value: recall, floor: recallFloor });
    if (precision < 0.9) broken.push({ what: `precision of ${kind}`, value: precision, floor: 0.9 });
  }
  return broken;
}

export type { CorpusLabel };
