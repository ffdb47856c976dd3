import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type BatchValidation, validateBatch } from "./batch.ts";
import { exampleEvents } from "./examples.ts";
import type { BatchLimits } from "./limits.ts";

const limits: BatchLimits = { maxEvents: 100, maxStringLength: 1000, maxDepth: 4 };

const header = {
  batchId: "3e0f6d2a-8c41-4b7e-9a55-0c1d2e3f4a5b",
  sentAt: 1_767_225_660_000,
  collector: { version: "0.1.0", os: "macOS 14.5" },
};

function batchOf(events: unknown[]): Record<string, unknown> {
  return { ...header, events };
}

function accepted(result: BatchValidation) {
  assert.ok(result.ok, result.ok ? "" : `${result.code}: ${result.reason}`);
  return result;
}

function refused(result: BatchValidation) {
  assert.ok(!result.ok, "expected the batch to be refused");
  return result;
}

const move = exampleEvents["pointer.move"];
const text = exampleEvents["text.input"];

describe("validateBatch", () => {
  it("accepts a batch with one event of every type, returning the header and the events", () => {
    const events = Object.values(exampleEvents);
    const result = accepted(validateBatch(batchOf(events), limits));
    assert.deepEqual(result.batch, header);
    assert.deepEqual(result.accepted, events);
    assert.deepEqual(result.rejected, []);
  });

  it("keeps accepted events in order and reports each rejected one by its index in the batch", () => {
    const events = [
      { ...move, seq: 0 },
      { ...move, type: "pointer.drag" },
      { ...move, seq: 2 },
      { ...move, x: "left" },
      { ...move, seq: 4 },
    ];
    const result = accepted(validateBatch(batchOf(events), limits));
    assert.deepEqual(
      result.accepted.map((event) => event.seq),
      [0, 2, 4],
    );
    assert.deepEqual(
      result.rejected.map(({ index, code }) => ({ index, code })),
      [
        { index: 1, code: "unknown_type" },
        { index: 3, code: "invalid_field" },
      ],
    );
  });

  it("reports an event of an unknown type as unknown_type", () => {
    const result = accepted(validateBatch(batchOf([{ ...move, type: "gaze.fixation" }]), limits));
    assert.deepEqual(result.rejected[0], {
      index: 0,
      code: "unknown_type",
      reason: "field type is not an event type of model v1",
    });
  });

  it("reports an unknown field by index, naming its path, at the top and nested", () => {
    const events = [move, { ...move, pressure: 1 }, { ...move, app: { ...move.app, processId: 7 } }];
    const result = accepted(validateBatch(batchOf(events), limits));
    assert.deepEqual(result.rejected, [
      { index: 1, code: "unknown_field", reason: "unknown field pressure" },
      { index: 2, code: "unknown_field", reason: "unknown field app.processId" },
    ]);
  });

  it("reports a missing field as missing_field and a wrong one as invalid_field, naming each", () => {
    const { sessionId: _, ...withoutSession } = move;
    const events = [withoutSession, { ...text, inputType: "secret" }, { ...move, url: "not a url" }, 42];
    const result = accepted(validateBatch(batchOf(events), limits));
    assert.deepEqual(result.rejected, [
      { index: 0, code: "missing_field", reason: "missing field sessionId" },
      { index: 1, code: "invalid_field", reason: "invalid field inputType: not one of the allowed values" },
      { index: 2, code: "invalid_field", reason: "invalid field url: expected a url" },
      { index: 3, code: "invalid_field", reason: "the event must be a JSON object" },
    ]);
  });

  it("names the unknown field first when an event has several problems, and at most five of them", () => {
    const noisy: Record<string, unknown> = { ...move, x: "far", y: null };
    for (let i = 0; i < 20; i++) noisy[`extra${i}`] = i;
    const result = accepted(validateBatch(batchOf([noisy]), limits));
    const [rejection] = result.rejected;
    assert.equal(rejection?.code, "unknown_field");
    assert.match(rejection?.reason ?? "", /invalid field x: expected number/);
    assert.match(rejection?.reason ?? "", /; and 17 more$/);
  });

  it("never puts a rejected value into a reason", () => {
    const canary = "CANARY-7f3a-jane.doe@example.com";
    const events = [
      { ...move, type: canary },
      { ...move, type: { canary } },
      { ...text, inputType: canary },
      { ...move, url: canary },
      { ...move, eventId: canary },
      { ...move, x: canary },
      { ...text, fieldId: canary },
      { ...move, app: { name: move.app.name, bundleId: 5, canary } },
      { ...exampleEvents["key.press"], modifiers: [canary] },
      { ...exampleEvents["pointer.click"], button: canary },
    ];
    const result = accepted(validateBatch(batchOf(events), limits));
    assert.equal(result.rejected.length, events.length);
    assert.equal(result.accepted.length, 0);
    for (const { reason } of result.rejected) assert.ok(!reason.includes("CANARY"), reason);

    const badHeader = refused(validateBatch({ ...batchOf([]), batchId: canary, sentAt: canary }, limits));
    assert.ok(!badHeader.reason.includes("CANARY"), badHeader.reason);
  });

  describe("the batch header", () => {
    const cases: [string, unknown][] = [
      ["a missing batchId", { ...batchOf([]), batchId: undefined }],
      ["a batchId that is not a UUID", { ...batchOf([]), batchId: "batch-1" }],
      ["a sentAt that is not epoch milliseconds", { ...batchOf([]), sentAt: "2026-01-01" }],
      ["a collector without its os", { ...batchOf([]), collector: { version: "0.1.0" } }],
      ["an unknown header field", { ...batchOf([]), subjectId: "someone-else" }],
      ["events that are not an array", { ...header, events: { 0: move } }],
      ["no events at all", header],
    ];
    for (const [problem, input] of cases) {
      it(`refuses the whole batch as invalid_batch for ${problem}`, () => {
        assert.equal(refused(validateBatch(input, limits)).code, "invalid_batch");
      });
    }

    it("names the header field that is wrong", () => {
      const result = refused(
        validateBatch({ ...batchOf([]), subjectId: "x", collector: { os: "linux" } }, limits),
      );
      assert.equal(result.reason, "missing field collector.version; unknown field subjectId");
    });
  });

  describe("limits", () => {
    it("accepts exactly maxEvents events and refuses one more as too_many_events", () => {
      const small = { ...limits, maxEvents: 3 };
      assert.equal(accepted(validateBatch(batchOf([move, move, move]), small)).accepted.length, 3);
      assert.equal(refused(validateBatch(batchOf([move, move, move, move]), small)).code, "too_many_events");
    });

    it("refuses a string longer than maxStringLength anywhere in the batch as string_too_long", () => {
      // 40 fits the longest string of the examples, a UUID (36).
      const small = { ...limits, maxStringLength: 40 };
      const long = "x".repeat(41);
      accepted(validateBatch(batchOf([{ ...text, text: "x".repeat(40) }]), small));
      for (const input of [
        batchOf([{ ...text, text: long }]),
        batchOf([{ ...move, window: { title: long } }]),
        { ...batchOf([]), collector: { version: long, os: "linux" } },
        batchOf([{ ...move, [long]: 1 }]),
      ]) {
        assert.equal(refused(validateBatch(input, small)).code, "string_too_long");
      }
    });

    it("accepts a valid batch at maxDepth 4 and refuses anything nested deeper as nesting_too_deep", () => {
      const events = Object.values(exampleEvents);
      accepted(validateBatch(batchOf(events), { ...limits, maxDepth: 4 }));
      assert.equal(
        refused(validateBatch(batchOf(events), { ...limits, maxDepth: 3 })).code,
        "nesting_too_deep",
      );
      const nestedField = batchOf([{ ...move, app: { name: "x", bundleId: { deeper: true } } }]);
      assert.equal(refused(validateBatch(nestedField, limits)).code, "nesting_too_deep");
    });

    it("checks limits before the model, so a deep or long value is refused even where no field may be", () => {
      const input = { ...header, events: [], junk: [[[[["x".repeat(5000)]]]]] };
      assert.equal(refused(validateBatch(input, limits)).code, "nesting_too_deep");
    });
  });

  describe("hostile input gives a result, never an exception", () => {
    const big = { maxEvents: 200_000, maxStringLength: 1000, maxDepth: 64 };

    for (const [name, input] of [
      ["null", null],
      ["undefined", undefined],
      ["a number", 42],
      ["a string", "{}"],
      ["a boolean", true],
      ["an array", [batchOf([move])]],
      ["a function", () => batchOf([move])],
    ] as const) {
      it(`refuses ${name} as invalid_batch`, () => {
        assert.equal(refused(validateBatch(input, limits)).code, "invalid_batch");
      });
    }

    it("refuses nesting a million levels deep without overflowing the stack", () => {
      let deep: unknown = "bottom";
      for (let i = 0; i < 1_000_000; i++) deep = { deeper: deep };
      assert.equal(refused(validateBatch(batchOf([deep]), big)).code, "nesting_too_deep");
      assert.equal(refused(validateBatch(deep, big)).code, "nesting_too_deep");
    });

    it("refuses 100 000 events over the limit before looking at any of them", () => {
      const events = new Array(100_000).fill(move);
      assert.equal(refused(validateBatch(batchOf(events), limits)).code, "too_many_events");
    });

    it("reports each of 100 000 non-object events by index when the limit allows them", () => {
      const events = Array.from({ length: 100_000 }, (_, i) => i);
      const result = accepted(validateBatch(batchOf(events), big));
      assert.equal(result.rejected.length, 100_000);
      assert.equal(result.rejected[99_999]?.index, 99_999);
    });

    it("rejects an event carrying a 100 000-element array in a field", () => {
      const modifiers = new Array(100_000).fill("shift");
      const result = accepted(validateBatch(batchOf([{ ...exampleEvents["key.press"], modifiers }]), big));
      assert.equal(result.rejected[0]?.code, "invalid_field");
    });

    it("refuses a value that cannot come from JSON: a cycle, a throwing getter, a hostile proxy", () => {
      const cyclic: Record<string, unknown> = { ...header };
      cyclic.events = [cyclic];
      const throwingGetter = Object.defineProperty({ ...header }, "events", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      });
      const proxy = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error("boom");
          },
          get() {
            throw new Error("boom");
          },
        },
      );
      assert.equal(refused(validateBatch(cyclic, limits)).code, "nesting_too_deep");
      assert.equal(refused(validateBatch(throwingGetter, limits)).code, "invalid_batch");
      assert.equal(refused(validateBatch(proxy, limits)).code, "invalid_batch");
    });

    it("reports a __proto__ key that reached it as an unknown field, without touching prototypes", () => {
      const event = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(move).slice(1)}`);
      const result = accepted(validateBatch(batchOf([event]), limits));
      assert.deepEqual(result.rejected, [
        { index: 0, code: "unknown_field", reason: "unknown field __proto__" },
      ]);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  });
});
