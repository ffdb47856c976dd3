import type { TelemetryEvent } from "@cordon/events";
import {
  type Classifier,
  type EventClassification,
  type FieldClassification,
  reconstructTypedText,
  type SensitivityCategory,
  type Span,
} from "../src/index.ts";
import {
  type EvalItem,
  spanCategories,
  topicCategories,
  type ValueKind,
  valueKindCategory,
  valueKinds,
} from "./items.ts";

/**
 * Grades a classifier on evaluation items. Identifiers (pii, financial,
 * credential) are graded span by span: a label is found when a span of its
 * category overlaps it, and a span is correct when it overlaps a label of its
 * category. Health, HR and prompt are graded per event: the field carries the
 * category or it does not. Overlap rather than exact offsets, because the
 * pipeline acts on the field and labellers draw edges differently.
 */
export interface Tally {
  labels: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface Mistake {
  id: string;
  template: string;
  where: string;
  text: string;
  missed: string[];
  wrong: string[];
}

export interface Score {
  items: number;
  byCategory: Map<SensitivityCategory, Tally>;
  /** Recall per kind of value: labels and how many were found by a span of their category. */
  byKind: Map<ValueKind, { labels: number; found: number }>;
  prohibited: {
    passwordField: { expected: number; got: number };
    secret: { expected: number; got: number };
  };
  /** Items with nothing prohibited in them that came out prohibited (dropped). */
  wronglyDropped: number;
  /** Of those, how many each credential detector had a span in: which rules drop what they should not. */
  droppedBy: Map<string, number>;
  /**
   * Hard negatives, those flagged, and how many each detector (for spans) or topic flagged:
   * figures, not items, so the held-out part can say which rules raise its false alarms.
   */
  negatives: { total: number; flagged: number; flaggedBy: Map<string, number> };
  /** CPU seconds spent classifying, for items/s. */
  cpuSeconds: number;
  mistakes: Mistake[];
}

// Field-level spans describe the place or the field, not a value in it.
const fieldSpanDetectors = new Set(["surface", "password-field", "ai-prompt", "chat-app"]);

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function scoreItems(items: readonly EvalItem[], classifier: Classifier): Score {
  const score: Score = {
    items: items.length,
    byCategory: new Map([...spanCategories, ...topicCategories].map((c) => [c, emptyTally()])),
    byKind: new Map(valueKinds.map((kind) => [kind, { labels: 0, found: 0 }])),
    prohibited: { passwordField: { expected: 0, got: 0 }, secret: { expected: 0, got: 0 } },
    wronglyDropped: 0,
    droppedBy: new Map(),
    negatives: { total: 0, flagged: 0, flaggedBy: new Map() },
    cpuSeconds: 0,
    mistakes: [],
  };
  // The events are built before the clock starts: building them is the harness's work, not the
  // classifier's, and was a tenth of the CPU the figure of items/s counted.
  const planned = items.map(eventsOfItem);
  const started = process.cpuUsage();
  const results = classifyPlanned(planned, classifier);
  const used = process.cpuUsage(started);
  score.cpuSeconds = (used.user + used.system) / 1e6;

  items.forEach((item, index) => {
    const found = results[index] as FieldClassification;
    const missed: string[] = [];
    const wrong: string[] = [];
    const show = (category: string, start: number, end: number) =>
      `${category}:${JSON.stringify(item.text.slice(start, end))}`;

    const predicted = found.spans.filter(
      (span) => !fieldSpanDetectors.has(span.detector) && isSpanCategory(span.category),
    );
    for (const label of item.labels) {
      const category = valueKindCategory[label.kind];
      const tally = tallyOf(score, category);
      const kind = score.byKind.get(label.kind);
      tally.labels++;
      if (kind) kind.labels++;
      // A value typed into a password field is dropped with the field, whatever it is: nothing of it
      // reaches the lake, so it is found, though no span of its own category marks it.
      const droppedWithField = item.prohibited === "password-field" && found.prohibited;
      if (droppedWithField || predicted.some((span) => span.category === category && overlaps(span, label))) {
        tally.found++;
        if (kind) kind.found++;
      } else {
        missed.push(show(label.kind, label.start, label.end));
      }
    }
    for (const span of predicted) {
      const tally = tallyOf(score, span.category);
      tally.predicted++;
      const right = item.labels.some(
        (label) => valueKindCategory[label.kind] === span.category && overlaps(span, label),
      );
      if (right) tally.correct++;
      else wrong.push(`${show(span.category, span.start, span.end)} (${span.detector})`);
    }

    for (const topic of topicCategories) {
      const tally = tallyOf(score, topic);
      const expected = item.topics.includes(topic);
      const got = found.categories.includes(topic);
      if (expected) tally.labels++;
      if (got) tally.predicted++;
      if (expected && got) {
        tally.found++;
        tally.correct++;
      }
      if (expected && !got) missed.push(topic);
      if (got && !expected) wrong.push(topic);
    }

    if (item.prohibited === "password-field") {
      score.prohibited.passwordField.expected++;
      if (found.prohibited) score.prohibited.passwordField.got++;
      else missed.push("prohibited (password field)");
    } else if (item.prohibited === "secret") {
      score.prohibited.secret.expected++;
      if (found.prohibited) score.prohibited.secret.got++;
      else missed.push("prohibited (secret)");
    } else if (found.prohibited) {
      score.wronglyDropped++;
      wrong.push("dropped as prohibited");
      const credentialSpans = found.spans.filter((span) => span.category === "credential");
      for (const detector of new Set(credentialSpans.map((span) => span.detector)))
        count(score.droppedBy, detector);
    }

    if (item.negative) {
      score.negatives.total++;
      if (found.categories.some((category) => category !== "text")) {
        score.negatives.flagged++;
        const flaggedBy = new Set([
          ...predicted.map((span) => span.detector),
          ...topicCategories.filter((topic) => found.categories.includes(topic)),
        ]);
        for (const reason of flaggedBy) count(score.negatives.flaggedBy, reason);
      }
    }
    if (missed.length > 0 || wrong.length > 0) {
      const where = `${item.eventType} ${item.field} in ${item.app}${item.title === undefined || item.field === "window.title" ? "" : ` "${item.title}"`}`;
      score.mistakes.push({
        id: item.id,
        template: `${item.family}/${item.template}`,
        where,
        text: item.text,
        missed,
        wrong,
      });
    }
  });
  return score;
}

function isSpanCategory(category: SensitivityCategory): boolean {
  return (spanCategories as readonly string[]).includes(category);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function emptyTally(): Tally {
  return { labels: 0, found: 0, predicted: 0, correct: 0 };
}

function tallyOf(score: Score, category: SensitivityCategory): Tally {
  let tally = score.byCategory.get(category);
  if (tally === undefined) {
    tally = emptyTally();
    score.byCategory.set(category, tally);
  }
  return tally;
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** F-beta with beta 2: recall weighs four times as much as precision. */
export function f2(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
}

/** Micro-averaged over every category: each label and each prediction counts once. */
export function headline(score: Score): { precision: number; recall: number; f2: number } {
  let labels = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  for (const tally of score.byCategory.values()) {
    labels += tally.labels;
    found += tally.found;
    predicted += tally.predicted;
    correct += tally.correct;
  }
  const precision = ratio(correct, predicted);
  const recall = ratio(found, labels);
  return { precision, recall, f2: f2(precision, recall) };
}

// ---------------------------------------------------------------- events

const sessionId = "6b1d2f3e-4a5c-4d7e-9f0a-1b2c3d4e5f60";
let eventCounter = 0;

function nextEventId(): string {
  eventCounter++;
  return `00000000-0000-4000-9000-${eventCounter.toString(16).padStart(12, "0")}`;
}

// An item is one text-bearing event (or one field's key presses); a pipeline batch of a couple of
// thousand events carries a few hundred such events among its pointer moves.
const itemsPerBatch = 500;

/** The graded field of each item, classified as the pipeline does: a batch of items' events at a time. */
export function classifyItems(items: readonly EvalItem[], classifier: Classifier): FieldClassification[] {
  return classifyPlanned(items.map(eventsOfItem), classifier);
}

/** Items' events, built beforehand, classified a batch at a time: rebuilt keys, typed segments, events. */
function classifyPlanned(plans: readonly ItemEvents[], classifier: Classifier): FieldClassification[] {
  const results: FieldClassification[] = [];
  for (let at = 0; at < plans.length; at += itemsPerBatch) {
    const planned = plans.slice(at, at + itemsPerBatch);
    // Each item's keys are rebuilt on their own: every item types into the same field of one session.
    const segments = planned.flatMap((plan) => reconstructTypedText(plan.keys));
    const typed = classifier.classifyTypedSegments(segments);
    const graded = planned.flatMap((plan) => (plan.graded === undefined ? [] : [plan.graded]));
    const classified = classifier.classifyEvents(graded, { typed });
    let next = 0;
    for (const plan of planned) {
      const found = plan.graded === undefined ? undefined : classified[next++];
      results.push((found === undefined ? undefined : plan.read(found.fields)) ?? plain);
    }
  }
  return results;
}

/** The graded field of one item: a batch of one. */
export function classifyItem(item: EvalItem, classifier: Classifier): FieldClassification {
  return classifyItems([item], classifier)[0] ?? plain;
}

interface ItemEvents {
  /** The key presses whose rebuilt text the graded event takes its classification from. */
  keys: TelemetryEvent[];
  /** The event whose field is graded; none for an item of no keys. */
  graded: TelemetryEvent | undefined;
  read: (fields: EventClassification["fields"]) => FieldClassification | undefined;
}

/** The events an item stands for, and how to read its graded field from their classification. */
function eventsOfItem(item: EvalItem): ItemEvents {
  const common = () => ({
    eventId: nextEventId(),
    ts: 1_767_225_600_000,
    seq: 0,
    sessionId,
    app: { name: item.app },
    window: item.title === undefined ? {} : { title: item.title },
    ...(item.url === undefined ? {} : { url: item.url }),
  });
  const readText = (fields: EventClassification["fields"]) => fields.text;
  switch (item.eventType) {
    case "key.press": {
      const keys: TelemetryEvent[] = (item.keys ?? []).map((key) => ({
        type: "key.press",
        ...common(),
        key,
        code: key.length === 1 ? "Unidentified" : key,
        modifiers: [],
        inputType: item.inputType ?? "text",
        fieldId: "eval-field",
      }));
      return { keys, graded: keys[0], read: (fields) => fields.key };
    }
    case "window.focus":
      return {
        keys: [],
        graded: { type: "window.focus", ...common() },
        read: (fields) => (item.field === "url" ? fields.url : fields["window.title"]),
      };
    case "text.input":
      return {
        keys: [],
        graded: { type: "text.input", ...common(), text: item.text, inputType: item.inputType ?? "text" },
        read: readText,
      };
    case "clipboard.copy":
      return { keys: [], graded: { type: "clipboard.copy", ...common(), text: item.text }, read: readText };
    case "screen.text":
      return { keys: [], graded: { type: "screen.text", ...common(), text: item.text }, read: readText };
    case "ai.prompt":
      return {
        keys: [],
        graded: { type: "ai.prompt", ...common(), tool: item.app, text: item.text },
        read: readText,
      };
  }
}

const plain: FieldClassification = {
  category: "text",
  tier: "internal",
  prohibited: false,
  categories: ["text"],
  spans: [] as Span[],
};
