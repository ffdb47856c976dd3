import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { InputType } from "@cordon/events";
import type { DetectorName, FreeTextField, SensitivityCategory, SurfaceInput } from "../src/index.ts";

/**
 * The labelled corpus: what each line of corpus/*.jsonl holds, and how
 * detectors and labels are compared. A label names a kind of value, finer
 * than a category, so checksum-validated kinds can be held to a higher bar.
 */
export const labelKinds = [
  "card",
  "iban",
  "us-ssn",
  "uk-nino",
  "es-dni",
  "fr-insee",
  "email",
  "phone",
  "ip",
  "name",
  "secret",
  "health",
  "hr",
  "prompt",
] as const;
export type LabelKind = (typeof labelKinds)[number];

/** Kinds whose values carry a checksum or validity rules: held to recall ≥ 0.99. */
export const checksumKinds: ReadonlySet<LabelKind> = new Set([
  "card",
  "iban",
  "us-ssn",
  "es-dni",
  "fr-insee",
]);

export const kindCategory: Readonly<Record<LabelKind, SensitivityCategory>> = {
  card: "financial",
  iban: "financial",
  "us-ssn": "pii",
  "uk-nino": "pii",
  "es-dni": "pii",
  "fr-insee": "pii",
  email: "pii",
  phone: "pii",
  ip: "pii",
  name: "pii",
  secret: "credential",
  health: "health",
  hr: "hr",
  prompt: "prompt",
};

/** The kind a detector's span counts as; `surface` spans describe a place, not a value, and are not graded. */
export const detectorKind: Readonly<Record<DetectorName, LabelKind | undefined>> = {
  "aws-access-key": "secret",
  "github-token": "secret",
  "slack-token": "secret",
  "slack-webhook": "secret",
  "stripe-key": "secret",
  "google-api-key": "secret",
  "npm-token": "secret",
  "provider-token": "secret",
  "aws-secret-key": "secret",
  "password-in-url": "secret",
  "password-flag": "secret",
  "password-prose": "secret",
  "one-time-code": "secret",
  "private-key": "secret",
  jwt: "secret",
  "secret-assignment": "secret",
  "high-entropy-token": "secret",
  "password-field": "secret",
  "payment-card": "card",
  iban: "iban",
  "us-ssn": "us-ssn",
  "uk-nino": "uk-nino",
  "es-dni": "es-dni",
  "fr-insee": "fr-insee",
  // Kinds this older corpus has no labels for: not graded here (see eval/ for the corpus that has them).
  "national-id": undefined,
  passport: undefined,
  "postal-address": undefined,
  "aba-routing": undefined,
  "bank-code": undefined,
  "bank-account": undefined,
  email: "email",
  phone: "phone",
  "ip-address": "ip",
  "person-name": "name",
  "health-term": "health",
  "hr-term": "hr",
  "ai-prompt": "prompt",
  "chat-app": "prompt",
  surface: undefined,
};

export interface CorpusLabel {
  start: number;
  end: number;
  kind: LabelKind;
}

/** A piece of text as one field of an event. */
export interface TextEntry {
  id: string;
  text: string;
  labels: CorpusLabel[];
  field?: FreeTextField;
  surface?: SurfaceInput;
  /** `ai.prompt`: classified as a prompt event, whose whole text is a `prompt`. */
  eventType?: "ai.prompt";
  /** The category the field must come out as (the key it is encrypted under), when the entry checks it. */
  category?: SensitivityCategory;
  note?: string;
}

/** A key written as in KeyboardEvent.key, optionally after modifiers: `a`, `Backspace`, `shift+ArrowLeft`, `ctrl+v`. */
export type KeyToken = string | { text: string };

/** Keystrokes in one field; `text` is what they must rebuild, and labels are offsets into it. */
export interface TypedEntry {
  id: string;
  keys: KeyToken[];
  /** Copied before the keys, so ctrl/meta+v pastes it. */
  clipboard?: string;
  inputType?: InputType;
  surface?: SurfaceInput;
  text: string;
  labels: CorpusLabel[];
  /** The field must come out prohibited (password-field input). */
  prohibited?: boolean;
  /** The category the typed text must come out as, e.g. when the value was typed and then deleted. */
  category?: SensitivityCategory;
  note?: string;
}

export type CorpusEntry = TextEntry | TypedEntry;

export function isTypedEntry(entry: CorpusEntry): entry is TypedEntry {
  return "keys" in entry;
}

export const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../corpus");
export const corpusFiles = ["generated.jsonl", "hard-cases.jsonl"] as const;

export function loadCorpus(file: string): CorpusEntry[] {
  return readFileSync(path.join(corpusDir, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("//"))
    .map((line, index) => {
      try {
        return JSON.parse(line) as CorpusEntry;
      } catch (error) {
        throw new Error(`${file}:${index + 1} is not JSON: ${(error as Error).message}`);
      }
    });
}
