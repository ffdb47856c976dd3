import type { InputType, TelemetryEvent } from "@cordon/events";

/**
 * Text a person typed into one field, rebuilt from its `key.press` events.
 * A segment ends at Enter or Tab (a field boundary), at a click in the same
 * session (the caret moved where keys cannot tell), at the session's end, or
 * when it reaches `maxSegmentChars`.
 */
export interface TypedSegment {
  sessionId: string;
  /** The field typed into: its `fieldId`, or the app, window title and input type when the collector sent none. */
  fieldKey: string;
  inputType: InputType;
  /** Where it was typed, from the segment's first key, for context. */
  app: { name: string; bundleId?: string | undefined };
  window: { title?: string | undefined };
  url?: string | undefined;
  /** The final text; empty for a password field, whose keys are never assembled. */
  text: string;
  /**
   * The text as it stood before each run of deletions or replacements (the
   * latest `maxDrafts`), so that a card number typed and then deleted is
   * still seen: its keystrokes are stored even though the final text lacks it.
   */
  drafts: string[];
  /** Every `key.press` event of the segment, in order; the segment's classification applies to each. */
  eventIds: string[];
  /** `clipboard.copy` events whose text was pasted into the segment. */
  pastedFrom: string[];
  /** Typed into a password field: prohibited content, whatever the keys were. */
  prohibited: boolean;
}

export interface TypedTextOptions {
  /** A segment this long is closed and a new one begun, bounding memory and classification cost. */
  maxSegmentChars?: number;
  /** Open fields kept at once across all sessions; the oldest is closed beyond it. */
  maxOpenFields?: number;
  maxDrafts?: number;
}

export interface TypedTextReconstructor {
  /** Feeds one event in session order; returns the segments it closed. */
  push(event: TelemetryEvent): TypedSegment[];
  /** Closes every open segment (end of a batch or of the stream) and returns them. */
  flush(): TypedSegment[];
  /** Closes the open segments of one session (it waited too long for its end) and returns them. */
  closeSession(sessionId: string): TypedSegment[];
}

type KeyPress = Extract<TelemetryEvent, { type: "key.press" }>;

interface OpenField {
  segment: TypedSegment;
  caret: number;
  /** Selection is [min(anchor, caret), max(anchor, caret)); none when equal. */
  anchor: number;
  /** Inside a run of deletions, whose draft was already taken. */
  deleting: boolean;
}

interface SessionState {
  clipboard?: { text: string; eventId: string };
  fields: Map<string, OpenField>;
}

export function createTypedTextReconstructor(options: TypedTextOptions = {}): TypedTextReconstructor {
  const maxSegmentChars = options.maxSegmentChars ?? 4096;
  const maxOpenFields = options.maxOpenFields ?? 10_000;
  const maxDrafts = options.maxDrafts ?? 16;
  const sessions = new Map<string, SessionState>();
  // Insertion-ordered across sessions, so the oldest open field is the first entry.
  const openFields = new Map<string, { sessionId: string; fieldKey: string }>();

  const sessionOf = (sessionId: string): SessionState => {
    let state = sessions.get(sessionId);
    if (state === undefined) {
      state = { fields: new Map() };
      sessions.set(sessionId, state);
    }
    return state;
  };

  const close = (sessionId: string, fieldKey: string, closed: TypedSegment[]) => {
    const state = sessions.get(sessionId);
    const field = state?.fields.get(fieldKey);
    if (state === undefined || field === undefined) return;
    state.fields.delete(fieldKey);
    openFields.delete(`${sessionId}\u0000${fieldKey}`);
    if (state.fields.size === 0 && state.clipboard === undefined) sessions.delete(sessionId);
    if (field.segment.eventIds.length > 0) closed.push(field.segment);
  };

  const closeSession = (sessionId: string, closed: TypedSegment[]) => {
    const state = sessions.get(sessionId);
    if (state === undefined) return;
    for (const fieldKey of [...state.fields.keys()]) close(sessionId, fieldKey, closed);
  };

  const open = (event: KeyPress, fieldKey: string, closed: TypedSegment[]): OpenField => {
    const state = sessionOf(event.sessionId);
    const existing = state.fields.get(fieldKey);
    if (existing !== undefined) return existing;
    const oldest = openFields.size >= maxOpenFields ? openFields.values().next().value : undefined;
    if (oldest !== undefined) close(oldest.sessionId, oldest.fieldKey, closed);
    const field: OpenField = {
      segment: {
        sessionId: event.sessionId,
        fieldKey,
        inputType: event.inputType,
        app: event.app,
        window: event.window,
        url: event.url,
        text: "",
        drafts: [],
        eventIds: [],
        pastedFrom: [],
        prohibited: event.inputType === "password",
      },
      caret: 0,
      anchor: 0,
      deleting: false,
    };
    state.fields.set(fieldKey, field);
    openFields.set(`${event.sessionId}\u0000${fieldKey}`, { sessionId: event.sessionId, fieldKey });
    return field;
  };

  const pressKey = (event: KeyPress, closed: TypedSegment[]) => {
    const fieldKey = fieldKeyOf(event);
    const field = open(event, fieldKey, closed);
    field.segment.eventIds.push(event.eventId);
    const effect = applyKey(field, event, sessionOf(event.sessionId).clipboard, maxDrafts);
    if (effect === "boundary" || field.segment.text.length >= maxSegmentChars) {
      close(event.sessionId, fieldKey, closed);
    }
  };

  return {
    push(event) {
      const closed: TypedSegment[] = [];
      switch (event.type) {
        case "key.press":
          pressKey(event, closed);
          break;
        case "clipboard.copy":
          sessionOf(event.sessionId).clipboard = { text: event.text, eventId: event.eventId };
          break;
        case "pointer.click":
          closeSession(event.sessionId, closed);
          break;
        case "session.end":
          closeSession(event.sessionId, closed);
          sessions.delete(event.sessionId);
          break;
        default:
          break;
      }
      // Sessions that never send session.end must not pile up: the oldest is closed.
      while (sessions.size > maxOpenFields) {
        const oldest = sessions.keys().next().value;
        if (oldest === undefined) break;
        closeSession(oldest, closed);
        sessions.delete(oldest);
      }
      return closed;
    },
    flush() {
      const closed: TypedSegment[] = [];
      for (const sessionId of [...sessions.keys()]) closeSession(sessionId, closed);
      return closed;
    },
    closeSession(sessionId) {
      const closed: TypedSegment[] = [];
      closeSession(sessionId, closed);
      return closed;
    },
  };
}

/** Rebuilds every segment of a finite list of events (a batch, a test, the corpus). */
export function reconstructTypedText(
  events: Iterable<TelemetryEvent>,
  options?: TypedTextOptions,
): TypedSegment[] {
  const reconstructor = createTypedTextReconstructor(options);
  const segments: TypedSegment[] = [];
  for (const event of events) segments.push(...reconstructor.push(event));
  segments.push(...reconstructor.flush());
  return segments;
}

function fieldKeyOf(event: KeyPress): string {
  if (event.fieldId !== undefined) return `field:${event.fieldId}`;
  return `window:${event.app.name}\u0000${event.window.title ?? ""}\u0000${event.inputType}`;
}

const ignoredKeys = new Set([
  "Shift",
  "Control",
  "Alt",
  "AltGraph",
  "Meta",
  "CapsLock",
  "Fn",
  "NumLock",
  "Escape",
  "Dead",
  "Process",
  "Unidentified",
]);

/** Applies one key to the field; "boundary" when the key ends the segment. */
function applyKey(
  field: OpenField,
  event: KeyPress,
  clipboard: SessionState["clipboard"],
  maxDrafts: number,
): "edit" | "boundary" {
  const { key, modifiers } = event;
  if (key === "Enter" || key === "Tab") return "boundary";
  const shortcut = modifiers.includes("control") || modifiers.includes("meta");
  const byWord = modifiers.includes("alt") || modifiers.includes("control");
  const extend = modifiers.includes("shift");
  const segment = field.segment;

  if (shortcut && key.length === 1) {
    const letter = key.toLowerCase();
    if (letter === "v" && clipboard !== undefined) {
      segment.pastedFrom.push(clipboard.eventId);
      if (!segment.prohibited) insert(field, clipboard.text, maxDrafts);
    } else if (letter === "a") {
      field.anchor = 0;
      field.caret = segment.text.length;
    } else if (letter === "x") {
      remove(field, selection(field), maxDrafts);
    }
    return "edit";
  }
  // A password field's text is never assembled: the keys are recorded and nothing else.
  if (segment.prohibited || ignoredKeys.has(key)) return "edit";

  const text = segment.text;
  switch (key) {
    case "Backspace": {
      const range = selection(field);
      if (range[0] !== range[1]) remove(field, range, maxDrafts);
      else if (modifiers.includes("meta")) remove(field, [0, field.caret], maxDrafts);
      else
        remove(
          field,
          [byWord ? wordStartBefore(text, field.caret) : previousChar(text, field.caret), field.caret],
          maxDrafts,
        );
      return "edit";
    }
    case "Delete": {
      const range = selection(field);
      if (range[0] !== range[1]) remove(field, range, maxDrafts);
      else
        remove(
          field,
          [field.caret, byWord ? wordEndAfter(text, field.caret) : nextChar(text, field.caret)],
          maxDrafts,
        );
      return "edit";
    }
    case "ArrowLeft":
    case "ArrowRight": {
      const left = key === "ArrowLeft";
      const [from, to] = selection(field);
      let caret: number;
      if (modifiers.includes("meta")) caret = left ? 0 : text.length;
      else if (from !== to && !extend) caret = left ? from : to;
      else if (byWord) caret = left ? wordStartBefore(text, field.caret) : wordEndAfter(text, field.caret);
      else caret = left ? previousChar(text, field.caret) : nextChar(text, field.caret);
      moveCaret(field, caret, extend);
      return "edit";
    }
    // One-line model: a segment ends at Enter, so up and home lead to its start, down and end to its end.
    case "ArrowUp":
    case "Home":
    case "PageUp":
      moveCaret(field, 0, extend);
      return "edit";
    case "ArrowDown":
    case "End":
    case "PageDown":
      moveCaret(field, text.length, extend);
      return "edit";
    default:
      if (isPrintable(key)) insert(field, key, maxDrafts);
      return "edit";
  }
}

function isPrintable(key: string): boolean {
  // One user-perceived character: "a", "é", "€", an emoji; named keys ("F5", "Insert") are longer words.
  // A line break sent as the character (a multi-line field's Shift+Enter, a collector that reports the
  // character typed) is part of the text: the line below a command is what was typed at its prompt.
  if (key.length === 1) return key >= " " || key === "\n";
  const codePoints = [...key];
  return codePoints.length <= 2 && !/^[A-Z][a-zA-Z0-9]+$/.test(key);
}

function selection(field: OpenField): [number, number] {
  return field.anchor <= field.caret ? [field.anchor, field.caret] : [field.caret, field.anchor];
}

function moveCaret(field: OpenField, caret: number, extend: boolean) {
  field.caret = caret;
  if (!extend) field.anchor = caret;
  field.deleting = false;
}

function takeDraft(field: OpenField, maxDrafts: number) {
  const { segment } = field;
  if (field.deleting || segment.text.length === 0) return;
  segment.drafts.push(segment.text);
  if (segment.drafts.length > maxDrafts) segment.drafts.shift();
  field.deleting = true;
}

function remove(field: OpenField, [from, to]: [number, number], maxDrafts: number) {
  if (from >= to) return;
  takeDraft(field, maxDrafts);
  const { segment } = field;
  segment.text = segment.text.slice(0, from) + segment.text.slice(to);
  field.caret = from;
  field.anchor = from;
}

function insert(field: OpenField, value: string, maxDrafts: number) {
  const [from, to] = selection(field);
  if (from !== to) takeDraft(field, maxDrafts);
  const { segment } = field;
  segment.text = segment.text.slice(0, from) + value + segment.text.slice(to);
  field.caret = from + value.length;
  field.anchor = field.caret;
  field.deleting = false;
}

// Caret steps move by code point, so an emoji's two UTF-16 halves are never split.
function previousChar(text: string, caret: number): number {
  if (caret <= 0) return 0;
  const low = text.charCodeAt(caret - 1);
  return low >= 0xdc00 && low <= 0xdfff && caret >= 2 ? caret - 2 : caret - 1;
}

function nextChar(text: string, caret: number): number {
  if (caret >= text.length) return text.length;
  const high = text.charCodeAt(caret);
  return high >= 0xd800 && high <= 0xdbff && caret + 2 <= text.length ? caret + 2 : caret + 1;
}

function wordStartBefore(text: string, caret: number): number {
  let i = caret;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  return i;
}

function wordEndAfter(text: string, caret: number): number {
  let i = caret;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  while (i < text.length && !/\s/.test(text.charAt(i))) i++;
  return i;
}
