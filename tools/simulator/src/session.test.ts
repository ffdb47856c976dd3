import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type TelemetryEvent, validateBatch } from "@cordon/events";
import { base, en, Faker } from "@faker-js/faker";
import { plantKinds } from "./planted.ts";
import { type PlantedItem, recordingSession } from "./session.ts";

function play(seed: number, durationMs = 900_000, plantRate = 0.5) {
  const faker = new Faker({ locale: [en, base] });
  faker.seed([seed, 0]);
  const planted: PlantedItem[] = [];
  const events = [
    ...recordingSession({ faker, employee: 0, startMs: 1_767_225_600_000, durationMs, plantRate }, planted),
  ].map((timed) => timed.event);
  return { events, planted };
}

const session = play(42);
const byId = new Map(session.events.map((event) => [event.eventId, event]));

describe("recording session", () => {
  it("the same seed plays the same session and plants the same items", () => {
    const again = play(42);
    assert.deepEqual(again.events, session.events);
    assert.deepEqual(again.planted, session.planted);
    assert.notDeepEqual(play(43).events.slice(0, 50), session.events.slice(0, 50));
  });

  it("every event is valid under event model v1", () => {
    const batch = {
      batchId: "6f1c2a4e-3b5d-4c7e-8f90-a1b2c3d4e5f6",
      sentAt: 1_767_225_600_000,
      collector: { version: "test", os: "test" },
      events: session.events,
    };
    const validation = validateBatch(batch, { maxEvents: 1_000_000, maxStringLength: 10_000, maxDepth: 8 });
    assert.ok(validation.ok);
    assert.deepEqual(validation.rejected, []);
  });

  it("starts and ends the session, orders events by seq and time, and is mostly pointer moves", () => {
    assert.equal(session.events[0]?.type, "session.start");
    assert.equal(session.events.at(-1)?.type, "session.end");
    session.events.forEach((event, index) => {
      assert.equal(event.seq, index);
      if (index > 0) assert.ok(event.ts >= (session.events[index - 1]?.ts ?? 0));
    });
    const moves = session.events.filter((event) => event.type === "pointer.move").length;
    assert.ok(moves / session.events.length > 0.5, `pointer moves are ${moves} of ${session.events.length}`);
    const types = new Set(session.events.map((event) => event.type));
    for (const type of [
      "pointer.click",
      "pointer.scroll",
      "key.press",
      "text.input",
      "window.focus",
    ] as const) {
      assert.ok(types.has(type), type);
    }
  });

  it("plants every kind, each inside the text of the event it names", () => {
    const kinds = new Set(session.planted.map((item) => item.kind));
    assert.deepEqual([...kinds].sort(), [...plantKinds].sort());
    for (const item of session.planted) {
      const event = byId.get(item.eventId);
      assert.ok(event !== undefined && "text" in event, item.kind);
      assert.ok(event.text.includes(item.value), `${item.kind} is in its ${event.type}`);
    }
  });

  it("typed items are spelt out by their key presses, in a field of the tagged input type", () => {
    const typed = session.planted.filter((item) => item.keyEventIds.length > 0);
    assert.ok(typed.length > 0);
    for (const item of typed) {
      const keys = item.keyEventIds.map((id) => byId.get(id)) as Extract<
        TelemetryEvent,
        { type: "key.press" }
      >[];
      assert.equal(keys.map((key) => key.key).join(""), item.value);
      for (const key of keys) assert.equal(key.inputType, item.inputType);
    }
  });

  it("passwords are typed into password fields, and only on sign-in pages or in the password manager", () => {
    const passwords = session.planted.filter((item) => item.kind === "password");
    assert.ok(passwords.length > 0);
    for (const item of passwords) {
      assert.equal(item.inputType, "password");
      assert.ok(item.app === "1Password" || item.url?.includes("/login"), `${item.app} ${item.url}`);
    }
  });
});
