import type { SensitivityCategory } from "../src/index.ts";

/**
 * The evaluation corpus's model: one item is one telemetry event (or one run
 * of key presses) with one graded field. Labels name kinds of values finer
 * than the classifier's categories; the evaluation grades by category, so the
 * corpus never needs to know how the detectors are named or built.
 */
export const valueKinds = [
  "name",
  "address",
  "passport",
  "national-id",
  "email",
  "phone",
  "ip",
  "card",
  "iban",
  "routing-number",
  "bank-account",
  "secret",
] as const;
export type ValueKind = (typeof valueKinds)[number];

export const valueKindCategory: Readonly<Record<ValueKind, SensitivityCategory>> = {
  name: "pii",
  address: "pii",
  passport: "pii",
  "national-id": "pii",
  email: "pii",
  phone: "pii",
  ip: "pii",
  card: "financial",
  iban: "financial",
  "routing-number": "financial",
  "bank-account": "financial",
  secret: "credential",
};

/** Categories graded on the whole event: does the field come out with this category at all. */
export const topicCategories = ["health", "hr", "prompt"] as const;
export type Topic = (typeof topicCategories)[number];

/** Categories graded span by span: a label is found when a span of its category overlaps it. */
export const spanCategories = ["pii", "financial", "credential"] as const;

export interface ValueLabel {
  start: number;
  end: number;
  kind: ValueKind;
}

export type GradedField = "text" | "key" | "window.title" | "url";

export type ItemEventType =
  | "text.input"
  | "clipboard.copy"
  | "ai.prompt"
  | "screen.text"
  | "window.focus"
  | "key.press";

export interface EvalItem {
  id: string;
  split: "dev" | "held-out";
  /** The template family (what the item is about) and the template's own name. */
  family: string;
  template: string;
  /** The event that carries the text; `key.press` items are typed key by key from `text`. */
  eventType: ItemEventType;
  field: GradedField;
  inputType?: "text" | "password" | "email" | "search";
  app: string;
  title?: string;
  url?: string;
  /** The graded field's text (for `key.press`, what the keys rebuild). */
  text: string;
  /** Keys as typed, mistakes and corrections included; only for `key.press` items. */
  keys?: string[];
  labels: ValueLabel[];
  topics: Topic[];
  /** Why the field must be dropped, when it must. */
  prohibited?: "password-field" | "secret";
  /** A hard negative: nothing in the graded field is sensitive. */
  negative: boolean;
}
