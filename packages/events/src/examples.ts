import type { EventType, TelemetryEvent } from "./events.ts";

/**
 * One valid event of each type, from one recording session, for tests and
 * documentation. The type below makes this fail to compile when a type is
 * added to the model without an example.
 */
type ExampleEvents = { [Type in EventType]: Extract<TelemetryEvent, { type: Type }> };

const sessionId = "6f1c2a4e-3b5d-4c7e-8f90-a1b2c3d4e5f6";
const browser = { app: { name: "Firefox", bundleId: "org.mozilla.firefox" }, window: { title: "Inbox" } };
const url = "https://mail.example.com/inbox";

function common(seq: number) {
  const suffix = seq.toString(16).padStart(12, "0");
  return { eventId: `0d9b7c1e-5a2f-4b6c-9d8e-${suffix}`, ts: 1_767_225_600_000 + seq * 250, seq, sessionId };
}

export const exampleEvents: ExampleEvents = {
  "session.start": { type: "session.start", ...common(0), ...browser },
  "window.focus": { type: "window.focus", ...common(1), ...browser, url },
  "pointer.move": { type: "pointer.move", ...common(2), ...browser, url, x: 640.5, y: -12 },
  "pointer.click": { type: "pointer.click", ...common(3), ...browser, url, x: 641, y: 300, button: "left" },
  "pointer.scroll": { type: "pointer.scroll", ...common(4), ...browser, url, dx: 0, dy: -120 },
  "key.press": {
    type: "key.press",
    ...common(5),
    ...browser,
    url,
    key: "H",
    code: "KeyH",
    modifiers: ["shift"],
    inputType: "search",
    fieldId: "f-1",
  },
  "text.input": {
    type: "text.input",
    ...common(6),
    ...browser,
    url,
    text: "Hello team",
    inputType: "search",
    fieldId: "f-1",
  },
  "clipboard.copy": { type: "clipboard.copy", ...common(7), ...browser, url, text: "quarterly numbers" },
  "ai.prompt": {
    type: "ai.prompt",
    ...common(8),
    app: { name: "ChatGPT" },
    window: { title: "ChatGPT" },
    tool: "ChatGPT",
    text: "Summarise this thread",
  },
  "screen.text": {
    type: "screen.text",
    ...common(9),
    app: { name: "Preview" },
    window: {},
    text: "Invoice 42",
  },
  "session.end": { type: "session.end", ...common(10), ...browser },
};
