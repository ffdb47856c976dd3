import { z } from "zod";

/**
 * Event model v1: what a collector records. Every object is strict, so a field
 * the model does not know is a rejection that names it, never something kept
 * or dropped without a word. Lengths of strings and depth of nesting are
 * deployment limits (see `BatchLimits`), not part of the model.
 */

/**
 * The kind of form field that had focus, as the collector read it. The
 * pipeline decides per field what typed text may be kept: text typed into a
 * `password` field is dropped before anything reaches the lake.
 */
export const inputTypes = ["text", "password", "email", "search", "url", "tel", "number", "other"] as const;
export type InputType = (typeof inputTypes)[number];

const inputType = z.enum(inputTypes).meta({
  id: "InputType",
  description: "kind of the focused form field; `other` when the collector cannot tell",
});

// An opaque id keeps the field's name or label (which can itself be personal) out of the event.
const fieldId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .describe(
    "opaque id the collector gives the focused field, the same for every event typed into it, so the pipeline can rebuild and classify the text of one field",
  );

const app = z
  .strictObject({
    name: z.string().min(1).describe("application name as the OS shows it"),
    bundleId: z.string().min(1).optional().describe("bundle id (macOS) or executable name"),
  })
  .meta({ id: "App", description: "application in the foreground" });

const window = z
  .strictObject({
    title: z.string().optional().describe("window title; free text, encrypted in the lake"),
  })
  .meta({ id: "Window", description: "window in the foreground" });

const commonFields = {
  eventId: z.uuid().describe("unique id of the event, chosen by the collector"),
  ts: z.int().min(0).describe("when it happened, epoch milliseconds on the collector's clock"),
  seq: z.int().min(0).describe("position of the event within its recording session, from 0"),
  sessionId: z.uuid().describe("recording session the event belongs to"),
  app,
  window,
  url: z.url().optional().describe("address shown in the foreground browser tab, if any"),
};

const coordinate = z.number().describe("screen pixels; negative on a display left of or above the main one");

function eventSchema<Type extends string, Payload extends z.ZodRawShape>(
  type: Type,
  id: string,
  description: string,
  payload: Payload,
) {
  return z.strictObject({ type: z.literal(type), ...commonFields, ...payload }).meta({ id, description });
}

const pointerMove = eventSchema("pointer.move", "PointerMoveEvent", "the pointer moved", {
  x: coordinate,
  y: coordinate,
});

const pointerClick = eventSchema("pointer.click", "PointerClickEvent", "a pointer button was pressed", {
  x: coordinate,
  y: coordinate,
  button: z.enum(["left", "middle", "right", "back", "forward"]),
});

const pointerScroll = eventSchema("pointer.scroll", "PointerScrollEvent", "the wheel or trackpad scrolled", {
  dx: z.number().describe("horizontal distance in pixels"),
  dy: z.number().describe("vertical distance in pixels"),
});

const keyPress = eventSchema("key.press", "KeyPressEvent", "a key was pressed", {
  key: z.string().min(1).describe("the character or key name produced, as KeyboardEvent.key"),
  code: z.string().min(1).describe("the physical key, as KeyboardEvent.code"),
  modifiers: z.array(z.enum(["alt", "control", "meta", "shift"])).max(4),
  inputType,
  fieldId: fieldId.optional(),
});

const textInput = eventSchema("text.input", "TextInputEvent", "text the collector joined from keystrokes", {
  text: z.string(),
  inputType,
  fieldId: fieldId.optional(),
});

const windowFocus = eventSchema(
  "window.focus",
  "WindowFocusEvent",
  "another window came to the foreground; app, window and url describe it",
  {},
);

const clipboardCopy = eventSchema("clipboard.copy", "ClipboardCopyEvent", "text was copied", {
  text: z.string(),
});

const aiPrompt = eventSchema("ai.prompt", "AiPromptEvent", "a prompt was sent to an AI assistant", {
  tool: z.string().min(1).describe("name of the assistant, e.g. ChatGPT"),
  text: z.string(),
});

const screenText = eventSchema("screen.text", "ScreenTextEvent", "text read from the screen", {
  text: z.string(),
});

const sessionStart = eventSchema("session.start", "SessionStartEvent", "a recording session began", {});

const sessionEnd = eventSchema("session.end", "SessionEndEvent", "a recording session ended", {});

/** Every event type of v1. A collector that sends another gets `unknown_type` for that event. */
export const eventTypes = [
  "pointer.move",
  "pointer.click",
  "pointer.scroll",
  "key.press",
  "text.input",
  "window.focus",
  "clipboard.copy",
  "ai.prompt",
  "screen.text",
  "session.start",
  "session.end",
] as const;

export type EventType = (typeof eventTypes)[number];

/** The schema of each event type, keyed by its `type`. */
export const eventSchemas = {
  "pointer.move": pointerMove,
  "pointer.click": pointerClick,
  "pointer.scroll": pointerScroll,
  "key.press": keyPress,
  "text.input": textInput,
  "window.focus": windowFocus,
  "clipboard.copy": clipboardCopy,
  "ai.prompt": aiPrompt,
  "screen.text": screenText,
  "session.start": sessionStart,
  "session.end": sessionEnd,
} as const satisfies { [Type in EventType]: z.ZodType<{ type: Type }> };

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(eventSchemas, value);
}

export const telemetryEventSchema = z
  .discriminatedUnion("type", [
    pointerMove,
    pointerClick,
    pointerScroll,
    keyPress,
    textInput,
    windowFocus,
    clipboardCopy,
    aiPrompt,
    screenText,
    sessionStart,
    sessionEnd,
  ])
  .meta({ id: "TelemetryEvent", description: "one recorded event; `type` says which" });

export type TelemetryEvent = z.infer<typeof telemetryEventSchema>;
