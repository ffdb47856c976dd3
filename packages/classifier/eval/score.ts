import type { TelemetryEvent } from "@cordon/events";
import {
  type Classifier,
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
  negatives: { total: number; flagged: number };
  /** CPU seconds spent classifying, for items/s. */
  cpuSeconds: number;
  mistakes: Mistake[];
}

// Field-level spans describe the place or the field, not a value in it.
const fieldSpanDetectors = new Set(["surface", "password-field", "ai-prompt", "chat-app"]);

export function scoreItems(items: readonly EvalItem[], classifier: Classifier): Score {
  const score: Score = {
    items: items.length,
    byCategory: new Map([...spanCategories, ...topicCategories].map((c) => [c, emptyTally()])),
    byKind: new Map(valueKinds.map((kind) => [kind, { labels: 0, found: 0 }])),
    prohibited: { passwordField: { expected: 0, got: 0 }, secret: { expected: 0, got: 0 } },
    wronglyDropped: 0,
    negatives: { total: 0, flagged: 0 },
    cpuSeconds: 0,
    mistakes: [],
  };
  const started = process.cpuUsage();
  const results = items.map((item) => classifyItem(item, classifier));
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
    }

    if (item.negative) {
      score.negatives.total++;
      if (found.categories.some((category) => category !== "text")) score.negatives.flagged++;
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

/** The events an item stands for, and how to read its graded field from the classifier. */
export function classifyItem(item: EvalItem, classifier: Classifier): FieldClassification {
  const common = () => ({
    eventId: nextEventId(),
    ts: 1_767_225_600_000,
    seq: 0,
    sessionId,
    app: { name: item.app },
    window: item.title === undefined ? {} : { title: item.title },
    ...(item.url === undefined ? {} : { url: item.url }),
  });
  const text = (found: FieldClassification | undefined) => found ?? plain;
  switch (item.eventType) {
    case "key.press": {
      const events: TelemetryEvent[] = (item.keys ?? []).map((key) => ({
        type: "key.press",
        ...common(),
        key,
        code: key.length === 1 ? "Unidentified" : key,
        modifiers: [],
        inputType: item.inputType ?? "text",
        fieldId: "eval-field",
      }));
      const typed = classifier.classifyTypedSegments(reconstructTypedText(events));
      const first = events[0];
      return first === undefined ? plain : text(classifier.classifyEvent(first, { typed }).fields.key);
    }
    case "window.focus": {
      const fields = classifier.classifyEvent({ type: "window.focus", ...common() }).fields;
      return text(item.field === "url" ? fields.url : fields["window.title"]);
    }
    case "text.input":
      return text(
        classifier.classifyEvent({
          type: "text.input",
          ...common(),
          text: item.text,
          inputType: item.inputType ?? "text",
        }).fields.text,
      );
    case "clipboard.copy":
      return text(
        classifier.classifyEvent({ type: "clipboard.copy", ...common(), text: item.text }).fields.text,
      );
    case "screen.text":
      return text(
        classifier.classifyEvent({ type: "screen.text", ...common(), text: item.text }).fields.text,
      );
    case "ai.prompt":
      return text(
        classifier.classifyEvent({ type: "ai.prompt", ...common(), tool: item.app, text: item.text }).fields
          .text,
      );
  }
}

const plain: FieldClassification = {
  category: "text",
  tier: "internal",
  prohibited: false,
  categories: ["text"],
  spans: [] as Span[],
};
