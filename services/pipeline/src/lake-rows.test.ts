import assert from "node:assert/strict";
import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { createClassifier } from "@cordon/classifier";
import { exampleEvents, type TelemetryEvent } from "@cordon/events";
import type { LakeRow } from "@cordon/lake";
import { type RawBatch, rawBatchSchema } from "@cordon/transit";
import { lakeRowsOf, SchemaDriftError } from "./lake-rows.ts";

const classifier = createClassifier();

function batchOf(events: unknown[]): RawBatch {
  return {
    schema: rawBatchSchema,
    batchId: randomUUID(),
    orgId: `org-${randomUUID()}`,
    subjectId: `subject-${randomUUID()}`,
    collectorId: randomUUID(),
    receivedAt: 1_767_225_700_000,
    sentAt: 1_767_225_690_000,
    collector: { version: "1.0.0", os: "macos" },
    events,
  };
}

// Stands in for the keyed hash open-record.ts uses: what matters here is that the raw id is not stored.
const hashedFieldId = (fieldId: string) => createHash("sha256").update(fieldId).digest("hex").slice(0, 32);

function rowsOf(events: unknown[], subject = `pseudo-${randomUUID()}`) {
  const batch = batchOf(events);
  return { batch, subject, ...lakeRowsOf(batch, { classifier, subject, fieldIdOf: hashedFieldId }) };
}

/** Every value the row hands to the lake as text (the encrypted part). */
function textValues(row: LakeRow): string[] {
  return Object.values(row.text).map((text) => text?.value ?? "");
}

function withText<Type extends "text.input" | "clipboard.copy" | "ai.prompt" | "screen.text">(
  type: Type,
  text: string,
): Extract<TelemetryEvent, { type: Type }> {
  return { ...exampleEvents[type], eventId: randomUUID(), text } as Extract<TelemetryEvent, { type: Type }>;
}

function only<T>(items: readonly T[]): T {
  assert.equal(items.length, 1);
  return items[0] as T;
}

describe("lakeRowsOf", () => {
  it("input into a password field becomes one marker row per field: no key, length, modifiers or per-key timing", () => {
    const password = randomBytes(10).toString("hex");
    const sessionId = randomUUID();
    const fieldId = `f-${randomUUID()}`;
    const keys: TelemetryEvent[] = [...password].map((char, index) => ({
      ...exampleEvents["key.press"],
      eventId: randomUUID(),
      sessionId,
      seq: index,
      ts: 1_767_225_600_000 + index * 100,
      key: char,
      code: /[0-9]/.test(char) ? `Digit${char}` : `Key${char.toUpperCase()}`,
      modifiers: index % 3 === 0 ? ["shift"] : [],
      inputType: "password",
      fieldId,
    }));
    const joined = {
      ...withText("text.input", password),
      sessionId,
      inputType: "password" as const,
      fieldId,
    };
    const other = withText("clipboard.copy", "hello");
    const { rows, redactedFields } = rowsOf([...keys, joined, other]);

    assert.equal(rows.length, 2, "one marker for the field, one row for the other event");
    const marker = rows[0] as LakeRow;
    assert.equal(marker.eventId, keys[0]?.eventId);
    assert.equal(marker.ts, keys[0]?.ts);
    assert.equal(marker.tier, "prohibited");
    assert.deepEqual(marker.categories, ["credential"]);
    assert.deepEqual(marker.redactions, [{ field: "typed_text", category: "credential" }]);
    assert.deepEqual(marker.text, {});
    assert.equal(marker.modifiers, undefined);
    assert.equal(marker.inputType, "password");
    assert.ok(!JSON.stringify(rows).includes(password), "the password is somewhere in the rows");
    assert.equal(redactedFields, 1);
  });

  it("stores a field id the collector chose only as its hash, the same for every event of the field", () => {
    const fieldId = "ssn_078051120";
    const typedAt = (seq: number): TelemetryEvent => ({
      ...exampleEvents["key.press"],
      eventId: randomUUID(),
      seq,
      key: "a",
      modifiers: [],
      inputType: "text",
      fieldId,
    });
    const { rows } = rowsOf([typedAt(0), typedAt(1)]);
    assert.ok(!JSON.stringify(rows).includes(fieldId), "the raw field id reached the lake");
    assert.equal(rows[0]?.fieldId, hashedFieldId(fieldId));
    assert.equal(rows[1]?.fieldId, rows[0]?.fieldId);
  });

  it("keeps one marker per password field, so two fields stay two rows", () => {
    const sessionId = randomUUID();
    const inField = (fieldId: string, seq: number): TelemetryEvent => ({
      ...exampleEvents["key.press"],
      eventId: randomUUID(),
      sessionId,
      seq,
      key: "x",
      modifiers: [],
      inputType: "password",
      fieldId,
    });
    const { rows } = rowsOf([inField("a", 0), inField("a", 1), inField("b", 2), inField("b", 3)]);
    assert.equal(rows.length, 2);
  });

  it("a planted API key in text.input or clipboard.copy is in no text value and leaves a credential marker", () => {
    const token = `ghp_${randomBytes(18).toString("hex")}`;
    const input = withText("text.input", `my token is ${token} thanks`);
    const copy = withText("clipboard.copy", token);
    const { rows } = rowsOf([input, copy]);
    const [inputRow, copyRow] = rows;
    assert.ok(inputRow && copyRow);

    for (const row of rows) {
      for (const value of textValues(row)) assert.ok(!value.includes(token), "the token is in a text value");
      assert.ok(row.categories.includes("credential"));
    }
    assert.ok(!JSON.stringify(rows).includes(token), "the token is somewhere in the rows");
    assert.equal(inputRow.text.typed_text, undefined);
    assert.deepEqual(inputRow.redactions, [{ field: "typed_text", category: "credential" }]);
    assert.equal(copyRow.text.clipboard_text, undefined);
    assert.deepEqual(copyRow.redactions, [{ field: "clipboard_text", category: "credential" }]);
  });

  it("each free-text field is tagged with the most sensitive category found in it", () => {
    const email = `${randomBytes(4).toString("hex")}@example.com`;
    const events = [
      withText("text.input", `please write to ${email} tomorrow`),
      withText("screen.text", "Patient note: I was diagnosed with asthma last year"),
      withText("ai.prompt", "Summarise this thread"),
      withText("text.input", "Quarterly planning notes"),
    ];
    const { rows } = rowsOf(events);
    const [pii, health, prompt, plain] = rows;
    assert.ok(pii && health && prompt && plain);

    assert.deepEqual(pii.text.typed_text, { value: `please write to ${email} tomorrow`, category: "pii" });
    assert.equal(health.text.screen_text?.category, "health");
    assert.equal(prompt.text.prompt_text?.category, "prompt");
    assert.equal(prompt.text.prompt_tool?.category, "prompt");
    assert.equal(plain.text.typed_text?.category, "text");
    assert.ok(pii.categories.includes("pii"));
    assert.ok(health.categories.includes("health"));
    assert.equal(health.tier, "restricted");
    for (const row of rows) assert.equal(row.redactions, undefined);
  });

  it("pointer data, type, times, the given subject pseudonym and the batch's org stay plaintext fields", () => {
    const sessionId = randomUUID();
    const [x, y, dx, dy] = [
      randomInt(-5000, 5000),
      randomInt(-5000, 5000) + 0.5,
      randomInt(-500, 500),
      -randomInt(1, 500),
    ];
    const move = { ...exampleEvents["pointer.move"], eventId: randomUUID(), sessionId, x, y };
    const click = {
      ...exampleEvents["pointer.click"],
      eventId: randomUUID(),
      sessionId,
      x: y,
      y: x,
      button: "right",
    };
    const scroll = { ...exampleEvents["pointer.scroll"], eventId: randomUUID(), sessionId, dx, dy };
    // Event content that names another org must not move the row.
    const otherOrg = `org-${randomUUID()}`;
    const decoy = {
      ...withText("screen.text", otherOrg),
      app: { name: otherOrg },
      window: { title: otherOrg },
    };
    const events = [move, click, scroll, decoy];
    const { rows, subject, batch } = rowsOf(events);

    assert.deepEqual(
      rows.map((row) => [row.eventType, row.ts, row.seq, row.eventId]),
      events.map((event) => [event.type, event.ts, event.seq, event.eventId]),
    );
    const [moveRow, clickRow, scrollRow] = rows;
    assert.ok(moveRow && clickRow && scrollRow);
    assert.deepEqual([moveRow.x, moveRow.y], [x, y]);
    assert.deepEqual([clickRow.x, clickRow.y, clickRow.button], [y, x, "right"]);
    assert.deepEqual([scrollRow.dx, scrollRow.dy], [dx, dy]);
    for (const row of rows) {
      assert.equal(row.org, batch.orgId);
      assert.equal(row.subject, subject);
      assert.notEqual(row.subject, batch.subjectId);
      assert.equal(row.sessionId, events[rows.indexOf(row)]?.sessionId);
      for (const value of textValues(row)) {
        assert.ok(!value.includes(subject) && !value.includes(batch.orgId), "an identifier went into text");
      }
    }
    assert.ok(!JSON.stringify(rows).includes(batch.subjectId), "the enrolment's subject id reached a row");
  });

  it("events that do not match the event model throw SchemaDriftError instead of giving partial rows", () => {
    const good = exampleEvents["pointer.move"];
    const drifted: unknown[] = [
      { ...good, x: "640" },
      { ...good, type: "pointer.teleport" },
      (({ ts: _, ...rest }) => rest)(good),
      null,
    ];
    for (const bad of drifted) {
      let result: unknown;
      assert.throws(
        () => {
          result = lakeRowsOf(batchOf([good, exampleEvents["text.input"], bad]), {
            classifier,
            subject: "s",
            fieldIdOf: hashedFieldId,
          });
        },
        (error: unknown) => error instanceof SchemaDriftError && error.eventIndex === 2,
        JSON.stringify(bad),
      );
      assert.equal(result, undefined);
    }
  });

  it("gives exactly one row per event, in order, for every event type", () => {
    const events = [...Object.values(exampleEvents), ...Object.values(exampleEvents)].map((event) => ({
      ...event,
      eventId: randomUUID(),
    }));
    const { rows } = rowsOf(events);
    assert.equal(rows.length, events.length);
    assert.deepEqual(
      rows.map((row) => [row.eventId, row.eventType]),
      events.map((event) => [event.eventId, event.type]),
    );
    assert.deepEqual(rowsOf([]).rows, []);
    assert.equal(only(rowsOf([exampleEvents["session.end"]]).rows).eventType, "session.end");
  });
});
