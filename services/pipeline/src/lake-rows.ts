import {
  type Classifier,
  type EventClassification,
  type FieldClassification,
  higherTier,
  reconstructTypedText,
  type SensitivityCategory,
  type Tier,
  type TypedSegment,
  tierOf,
} from "@cordon/classifier";
import {
  type CompiledEventChecks,
  compileEventChecks,
  parseTelemetryEvent,
  type TelemetryEvent,
} from "@cordon/events";
import type { LakeRow, Redaction, SensitiveText, TextField } from "@cordon/lake";
import type { RawBatch } from "@cordon/transit";

/** Why an event was not written; labels of the dropped-events metric. */
export type DropReason = "subject-keys-destroyed";

export interface BatchRows {
  rows: LakeRow[];
  /** Fields dropped as prohibited content (password fields, secrets), by category: counted, never logged. */
  redactedFields: number;
}

/** The events of a batch did not match the event model this pipeline speaks: the whole record is dead-lettered. */
export class SchemaDriftError extends Error {
  readonly eventIndex: number;
  constructor(eventIndex: number) {
    super(`event ${eventIndex} does not match event model v1`);
    this.name = "SchemaDriftError";
    this.eventIndex = eventIndex;
  }
}

export interface LakeRowOptions {
  classifier: Classifier;
  /** The subject's pseudonym, the only subject name the lake sees. */
  subject: string;
  /**
   * The lake's name for a field id. The collector chooses field ids and could
   * put text in them, and field_id is a plaintext lake column, so only a keyed
   * hash of it is stored: still the same for every event of one field.
   */
  fieldIdOf: (fieldId: string) => string;
}

/** What typed-text reconstruction found, keyed by `key.press` event id. */
export interface TypedTextResults {
  /** The classification of the segment each key press helped form (and of clipboard events pasted into a password field). */
  typed: Map<string, FieldClassification>;
  /** The rebuilt text of each segment, on the key press that closed it. */
  typedTextAt: Map<string, { text: string; classification: FieldClassification }>;
}

/** Classifies closed segments; the rebuilt text of a field is stored once, on the key press that closed it. */
export function typedTextResultsOf(
  segments: readonly TypedSegment[],
  classifier: Classifier,
): TypedTextResults {
  const typed = classifier.classifyTypedSegments(segments);
  const typedTextAt = new Map<string, { text: string; classification: FieldClassification }>();
  for (const segment of segments) {
    const last = segment.eventIds.at(-1);
    const classification = last === undefined ? undefined : typed.get(last);
    if (last === undefined || classification === undefined || segment.text === "") continue;
    typedTextAt.set(last, { text: segment.text, classification });
  }
  return { typed, typedTextAt };
}

/**
 * Turns one opened batch into lake rows on its own, rebuilding typed text
 * within the batch only. The pipeline carries unfinished typed text from one
 * batch to the next (`TypedTextCarry`) and calls `rowsOfEvents` itself.
 */
export function lakeRowsOf(batch: RawBatch, options: LakeRowOptions): BatchRows {
  const events = validEvents(batch.events);
  const segments = reconstructTypedText(events);
  return rowsOfEvents(batch, events, {
    ...options,
    typedText: typedTextResultsOf(segments, options.classifier),
  });
}

/**
 * Turns the validated events of one batch into lake rows (docs/invariants.md,
 * invariants 1 and 8): classifies every free-text field with the typed-text
 * results of the segments its keys belong to, drops prohibited content
 * leaving a `<field>:credential` marker, and hands every other free-text
 * value to the lake with the most sensitive category found in it (the key it
 * is encrypted under). Pointer data, type, times, subject pseudonym and org
 * stay plaintext.
 */
export function rowsOfEvents(
  batch: RawBatch,
  events: readonly TelemetryEvent[],
  options: LakeRowOptions & { typedText: TypedTextResults },
): BatchRows {
  const { typed, typedTextAt } = options.typedText;
  let redactedFields = 0;
  // Input into a password field becomes one marker row per field: a row per
  // key would keep the password's length, where its capitals are (modifiers)
  // and the typing rhythm, even with every character dropped.
  const passwordFieldsSeen = new Set<string>();
  const rows: LakeRow[] = [];
  // The batch's events are classified together: the classifier runs each detector over many texts in turn.
  const kept = events.filter((event) => !isPasswordInput(event));
  const classifications = options.classifier.classifyEvents(kept, { typed });
  let next = 0;
  for (const event of events) {
    if (!isPasswordInput(event)) {
      rows.push(rowOf(event, classifications[next++] as EventClassification));
      continue;
    }
    const field = `${event.sessionId}\u0000${event.fieldId ?? ""}`;
    if (passwordFieldsSeen.has(field)) continue;
    passwordFieldsSeen.add(field);
    redactedFields += 1;
    rows.push(passwordMarkerRow(event, batch.orgId, options));
  }
  return { rows, redactedFields };

  function rowOf(event: TelemetryEvent, classification: EventClassification): LakeRow {
    const text: Partial<Record<TextField, SensitiveText>> = {};
    const redactions: Redaction[] = [];
    const categories = new Set<SensitivityCategory>();
    let tier: Tier = "public";
    const keep = (field: TextField, value: string | undefined, found: FieldClassification | undefined) => {
      if (value === undefined || value === "") return;
      if (found?.prohibited === true) {
        // Dropped here, before anything is written; only the marker remains.
        redactions.push({ field, category: "credential" });
        categories.add("credential");
        redactedFields += 1;
        return;
      }
      const category = found?.category ?? "text";
      text[field] = { value, category };
      categories.add(category);
      for (const other of found?.categories ?? []) categories.add(other);
      tier = higherTier(tier, tierOf(category));
    };

    keep("app_name", event.app.name, undefined);
    keep("app_bundle_id", event.app.bundleId, undefined);
    keep("window_title", event.window.title, classification.fields["window.title"]);
    keep("url", event.url, classification.fields.url);
    const row: LakeRow = {
      eventId: event.eventId,
      eventType: event.type,
      ts: event.ts,
      seq: event.seq,
      sessionId: event.sessionId,
      org: batch.orgId,
      subject: options.subject,
      tier: "public",
      categories: [],
      text,
    };
    switch (event.type) {
      case "pointer.move":
        Object.assign(row, { x: event.x, y: event.y });
        break;
      case "pointer.click":
        Object.assign(row, { x: event.x, y: event.y, button: event.button });
        break;
      case "pointer.scroll":
        Object.assign(row, { dx: event.dx, dy: event.dy });
        break;
      case "key.press": {
        Object.assign(row, { modifiers: event.modifiers, inputType: event.inputType });
        if (event.fieldId !== undefined) row.fieldId = options.fieldIdOf(event.fieldId);
        const field = classification.fields.key;
        keep("key_char", event.key, field);
        keep("key_code", event.code, field);
        const rebuilt = typedTextAt.get(event.eventId);
        if (rebuilt !== undefined) keep("typed_text", rebuilt.text, rebuilt.classification);
        break;
      }
      case "text.input":
        row.inputType = event.inputType;
        if (event.fieldId !== undefined) row.fieldId = options.fieldIdOf(event.fieldId);
        keep("typed_text", event.text, classification.fields.text);
        break;
      case "clipboard.copy":
        keep("clipboard_text", event.text, classification.fields.text);
        break;
      case "ai.prompt":
        keep("prompt_text", event.text, classification.fields.text);
        keep("prompt_tool", event.tool, { ...promptTool });
        break;
      case "screen.text":
        keep("screen_text", event.text, classification.fields.text);
        break;
      default:
        break;
    }
    row.tier = tier;
    row.categories = [...categories].sort();
    if (redactions.length > 0) row.redactions = redactions;
    return row;
  }
}

type PasswordInput = Extract<TelemetryEvent, { type: "key.press" | "text.input" }> & {
  inputType: "password";
};

function isPasswordInput(event: TelemetryEvent): event is PasswordInput {
  return (event.type === "key.press" || event.type === "text.input") && event.inputType === "password";
}

/**
 * What remains of input into a password field: that something was entered
 * there, once, at the time of the first event. No key, code, modifiers, text
 * or per-key time; tier `prohibited`, with a credential marker.
 */
function passwordMarkerRow(first: PasswordInput, org: string, options: LakeRowOptions): LakeRow {
  const row: LakeRow = {
    eventId: first.eventId,
    eventType: first.type,
    ts: first.ts,
    seq: first.seq,
    sessionId: first.sessionId,
    org,
    subject: options.subject,
    inputType: "password",
    tier: "prohibited",
    categories: ["credential"],
    text: {},
    redactions: [{ field: "typed_text", category: "credential" }],
  };
  if (first.fieldId !== undefined) row.fieldId = options.fieldIdOf(first.fieldId);
  return row;
}

// The assistant's name is stored under the prompt key: it belongs to the prompt it came with.
const promptTool: FieldClassification = {
  category: "prompt",
  tier: tierOf("prompt"),
  prohibited: false,
  categories: ["prompt"],
  spans: [],
};

// Compiled on first use, once per process (tens of milliseconds).
let eventChecks: CompiledEventChecks | undefined;

/**
 * The batch's events checked against the event model, as the gateway checks
 * them (compiled checks, zod for what they refuse; zod's copy of each event
 * was a twentieth of the pipeline's CPU); the first that does not match
 * throws SchemaDriftError.
 */
export function validEvents(events: readonly unknown[]): TelemetryEvent[] {
  eventChecks ??= compileEventChecks();
  const checks = eventChecks;
  return events.map((event, index) => {
    const parsed = parseTelemetryEvent(event, checks);
    if (parsed === undefined) throw new SchemaDriftError(index);
    return parsed;
  });
}
