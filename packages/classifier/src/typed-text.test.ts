import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { InputType, TelemetryEvent } from "@cordon/events";
import { createTypedTextReconstructor, reconstructTypedText } from "./typed-text.ts";

const sessionId = "6f1c2a4e-3b5d-4c7e-8f90-a1b2c3d4e5f6";
let seq = 0;

function common(session = sessionId) {
  seq++;
  return {
    eventId: `0d9b7c1e-5a2f-4b6c-9d8e-${seq.toString(16).padStart(12, "0")}`,
    ts: 1_767_225_600_000 + seq,
    seq,
    sessionId: session,
    app: { name: "Firefox" },
    window: { title: "Checkout" },
  };
}

type Modifier = "alt" | "control" | "meta" | "shift";

function key(
  value: string,
  options: { modifiers?: Modifier[]; inputType?: InputType; fieldId?: string; session?: string } = {},
): TelemetryEvent {
  return {
    type: "key.press",
    ...common(options.session),
    key: value,
    code: value,
    modifiers: options.modifiers ?? [],
    inputType: options.inputType ?? "text",
    fieldId: options.fieldId ?? "f-1",
  };
}

const typeText = (text: string, options?: Parameters<typeof key>[1]) =>
  [...text].map((char) => key(char, options));
const repeat = (times: number, make: () => TelemetryEvent) => Array.from({ length: times }, make);
const copy = (text: string): TelemetryEvent => ({ type: "clipboard.copy", ...common(), text });
const textsOf = (events: TelemetryEvent[]) => reconstructTypedText(events).map((segment) => segment.text);

describe("typed-text reconstruction", () => {
  it("rebuilds printable keys, with Backspace and Delete editing around the caret", () => {
    assert.deepEqual(textsOf([...typeText("helo"), key("Backspace"), ...typeText("lo")]), ["hello"]);
    assert.deepEqual(textsOf([...typeText("abXc"), key("ArrowLeft"), key("ArrowLeft"), key("Delete")]), [
      "abc",
    ]);
  });

  it("keeps a line break sent as a character, so the line below a command stays apart from it", () => {
    assert.deepEqual(textsOf(typeText("ssh ops@bastion\nsecond line")), ["ssh ops@bastion\nsecond line"]);
    assert.deepEqual(textsOf([...typeText("first"), key("Enter"), ...typeText("second")]), [
      "first",
      "second",
    ]);
    assert.deepEqual(textsOf(typeText("a\tb\u0007c")), ["abc"]);
  });

  it("moves the caret with arrows, Home and End, and inserts there", () => {
    const events = [
      ...typeText("jane@example.com"),
      key("Home"),
      ...typeText("mary."),
      key("End"),
      ...typeText("!"),
    ];
    assert.deepEqual(textsOf(events), ["mary.jane@example.com!"]);
  });

  it("replaces a shift+arrow selection with what is typed next", () => {
    const events = [
      ...typeText("SSN 123-45-0000"),
      ...repeat(4, () => key("ArrowLeft", { modifiers: ["shift"] })),
      ...typeText("6789"),
    ];
    assert.deepEqual(textsOf(events), ["SSN 123-45-6789"]);
  });

  it("pastes the latest clipboard text of the session with ctrl+V or cmd+V", () => {
    const events = [
      copy("old"),
      copy("DE89 3704 0044 0532 0130 00"),
      ...typeText("IBAN: "),
      key("v", { modifiers: ["control"] }),
      ...typeText(" / "),
      key("v", { modifiers: ["meta"] }),
    ];
    const [segment] = reconstructTypedText(events);
    assert.equal(segment?.text, "IBAN: DE89 3704 0044 0532 0130 00 / DE89 3704 0044 0532 0130 00");
    assert.equal(segment?.pastedFrom.length, 2);
  });

  it("select-all then typing replaces everything; ctrl+Backspace deletes a word", () => {
    assert.deepEqual(
      textsOf([...typeText("draft"), key("a", { modifiers: ["meta"] }), ...typeText("final")]),
      ["final"],
    );
    assert.deepEqual(textsOf([...typeText("one two three"), key("Backspace", { modifiers: ["control"] })]), [
      "one two ",
    ]);
  });

  it("ends a segment at Enter and Tab, and at a click whose caret position keys cannot tell", () => {
    const click: TelemetryEvent = { type: "pointer.click", ...common(), x: 1, y: 2, button: "left" };
    assert.deepEqual(
      textsOf([
        ...typeText("one"),
        key("Enter"),
        ...typeText("two"),
        key("Tab"),
        ...typeText("three"),
        click,
        ...typeText("four"),
      ]),
      ["one", "two", "three", "four"],
    );
  });

  it("keeps fields and sessions apart even when their keys interleave", () => {
    const other = "7a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d";
    const events = [
      key("a"),
      key("x", { fieldId: "f-2" }),
      key("b"),
      key("1", { session: other }),
      key("y", { fieldId: "f-2" }),
    ];
    assert.deepEqual(textsOf(events).sort(), ["1", "ab", "xy"]);
  });

  it("names every key.press event that formed a segment, modifiers and arrows included", () => {
    const events = [key("a"), key("Shift"), key("B", { modifiers: ["shift"] }), key("ArrowLeft")];
    const [segment] = reconstructTypedText(events);
    assert.deepEqual(
      segment?.eventIds,
      events.map((event) => event.eventId),
    );
  });

  it("a password-field keystroke is prohibited whatever it contains, and its text is never assembled", () => {
    const events = [
      copy("correct horse"),
      ...typeText("hunter2", { inputType: "password" }),
      key("v", { modifiers: ["control"], inputType: "password" }),
    ];
    const [segment] = reconstructTypedText(events);
    assert.equal(segment?.prohibited, true);
    assert.equal(segment?.text, "");
    assert.deepEqual(segment?.drafts, []);
    assert.equal(segment?.eventIds.length, 8);
    assert.deepEqual(segment?.pastedFrom, [events[0]?.eventId]);
  });

  it("keeps the text as it was before a deletion, so a value typed and deleted is still seen", () => {
    const events = [
      ...typeText("4111111111111111"),
      ...repeat(16, () => key("Backspace")),
      ...typeText("never mind"),
    ];
    const [segment] = reconstructTypedText(events);
    assert.equal(segment?.text, "never mind");
    assert.deepEqual(segment?.drafts, ["4111111111111111"]);
  });

  it("returns closed segments as events arrive and the rest on flush", () => {
    const reconstructor = createTypedTextReconstructor();
    assert.deepEqual(reconstructor.push(key("a")), []);
    assert.deepEqual(
      reconstructor.push(key("Enter")).map((segment) => segment.text),
      ["a"],
    );
    reconstructor.push(key("b"));
    assert.deepEqual(
      reconstructor.flush().map((segment) => segment.text),
      ["b"],
    );
    assert.deepEqual(reconstructor.flush(), []);
  });

  it("bounds memory: a long segment is cut, and the oldest open field is closed past the limit", () => {
    const long = reconstructTypedText(typeText("x".repeat(25)), { maxSegmentChars: 10 });
    assert.deepEqual(
      long.map((segment) => segment.text),
      ["xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"],
    );
    const reconstructor = createTypedTextReconstructor({ maxOpenFields: 2 });
    reconstructor.push(key("a", { fieldId: "f-1" }));
    reconstructor.push(key("b", { fieldId: "f-2" }));
    assert.deepEqual(
      reconstructor.push(key("c", { fieldId: "f-3" })).map((segment) => segment.text),
      ["a"],
    );
  });

  it("never splits an emoji when moving by one character", () => {
    assert.deepEqual(textsOf([...typeText("ok"), key("👍"), key("Backspace"), key("!")]), ["ok!"]);
  });
});
