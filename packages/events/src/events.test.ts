import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eventTypes, inputTypes, telemetryEventSchema } from "./events.ts";
import { exampleEvents } from "./examples.ts";

describe("event model v1", () => {
  for (const type of eventTypes) {
    it(`accepts a valid ${type} event`, () => {
      const result = telemetryEventSchema.safeParse(exampleEvents[type]);
      assert.ok(result.success, JSON.stringify(result.error?.issues));
      assert.deepEqual(result.data, exampleEvents[type]);
    });
  }

  it("lists in eventTypes exactly the types the schema accepts", () => {
    const unionTypes = telemetryEventSchema.options.map((option) => option.shape.type.value);
    assert.deepEqual([...unionTypes].sort(), [...eventTypes].sort());
  });

  it("refuses a field it does not know, at the top and inside app and window", () => {
    const event = exampleEvents["pointer.move"];
    for (const changed of [
      { ...event, pressure: 0.5 },
      { ...event, app: { ...event.app, pid: 42 } },
      { ...event, window: { ...event.window, bounds: {} } },
    ]) {
      const result = telemetryEventSchema.safeParse(changed);
      assert.equal(result.success, false);
      assert.equal(result.error?.issues[0]?.code, "unrecognized_keys");
    }
  });

  it("requires the focused field's inputType on key.press and text.input, from a closed set", () => {
    for (const type of ["key.press", "text.input"] as const) {
      const { inputType: _, ...withoutInputType } = exampleEvents[type];
      assert.equal(telemetryEventSchema.safeParse(withoutInputType).success, false);
      assert.equal(
        telemetryEventSchema.safeParse({ ...exampleEvents[type], inputType: "secret" }).success,
        false,
      );
      for (const inputType of inputTypes) {
        assert.equal(telemetryEventSchema.safeParse({ ...exampleEvents[type], inputType }).success, true);
      }
    }
  });

  it("keeps field ids opaque: a field's name or label with spaces or @ is not a field id", () => {
    const event = exampleEvents["text.input"];
    assert.equal(
      telemetryEventSchema.safeParse({ ...event, fieldId: "jane.doe@example.com" }).success,
      false,
    );
    assert.equal(telemetryEventSchema.safeParse({ ...event, fieldId: "Your password" }).success, false);
  });

  it("refuses timestamps and sequence numbers that are not non-negative integers", () => {
    const event = exampleEvents["session.start"];
    for (const changed of [
      { ...event, ts: 1.5 },
      { ...event, ts: -1 },
      { ...event, ts: "1767225600000" },
      { ...event, seq: -1 },
    ]) {
      assert.equal(telemetryEventSchema.safeParse(changed).success, false);
    }
  });
});
