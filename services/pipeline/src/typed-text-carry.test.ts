import assert from "node:assert/strict";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { createClassifier } from "@cordon/classifier";
import { exampleEvents, type TelemetryEvent } from "@cordon/events";
import type { LakeRow } from "@cordon/lake";
import { type RawBatch, rawBatchSchema } from "@cordon/transit";
import { lakeRowsOf } from "./lake-rows.ts";
import type { OpenedRecord } from "./open-record.ts";
import { PartitionBuffers } from "./partition-buffer.ts";
import { type DecodedRecord, TypedTextCarry } from "./typed-text-carry.ts";

const classifier = createClassifier();
const fieldIdOf = (fieldId: string) => `hashed-${fieldId}`;

class ManualClock {
  ms = 1_767_225_600_000;
  now = () => this.ms;
}

function carryWith(clock = new ManualClock(), options: { holdMs?: number; maxHeldRecords?: number } = {}) {
  return new TypedTextCarry({
    classifier,
    holdMs: options.holdMs ?? 30_000,
    maxHeldRecords: options.maxHeldRecords ?? 1_000,
    now: clock.now,
  });
}

type InputType = Extract<TelemetryEvent, { type: "key.press" }>["inputType"];

/** The key presses that type `text` into one field; Enter at the end closes it. */
function keysOf(
  text: string,
  where: { sessionId: string; fieldId: string; inputType?: InputType; enter?: boolean },
): TelemetryEvent[] {
  const keys = [...text, ...(where.enter === true ? ["Enter"] : [])];
  return keys.map((key, index) => ({
    ...exampleEvents["key.press"],
    eventId: randomUUID(),
    sessionId: where.sessionId,
    seq: index,
    ts: 1_767_225_600_000 + index * 120,
    key,
    code: key === "Enter" ? "Enter" : `Key${key.toUpperCase()}`,
    modifiers: [],
    inputType: where.inputType ?? "text",
    fieldId: where.fieldId,
  }));
}

function decoded(events: TelemetryEvent[], subject: string, orgId = "acme"): DecodedRecord {
  const batch: RawBatch = {
    schema: rawBatchSchema,
    batchId: randomUUID(),
    orgId,
    subjectId: `subject-of-${subject}`,
    collectorId: randomUUID(),
    receivedAt: 1_767_225_700_000,
    sentAt: 1_767_225_690_000,
    collector: { version: "1.0.0", os: "macos" },
    events,
  };
  return {
    kind: "decoded",
    orgId,
    batchId: batch.batchId,
    fieldIdOf: (fieldId: string) => `hashed-${fieldId}`,
    batch,
    events,
    subject,
    subjectRef: { org: orgId, subjectId: batch.subjectId, pseudonym: subject },
    hour: 490_896,
    bytes: 100,
  };
}

function rowsOf(released: { opened: OpenedRecord }[]): LakeRow[] {
  return released.flatMap(({ opened }) => (opened.kind === "rows" ? opened.rows : []));
}

/** Cuts `text` at each of `cuts` (sorted positions) into consecutive parts. */
function split(text: string, cuts: number[]): string[] {
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((end, index) => text.slice(bounds[index], end));
}

/** Feeds the parts as consecutive records of one subject and returns every row released. */
function typeAcrossRecords(parts: string[], options: { inputType?: InputType } = {}): LakeRow[] {
  const carry = carryWith();
  const where = { sessionId: randomUUID(), fieldId: `f-${randomUUID()}`, ...options };
  const subject = `pseudo-${randomUUID()}`;
  const rows: LakeRow[] = [];
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    carry.add(BigInt(index), decoded(keysOf(part, { ...where, enter: last }), subject));
    rows.push(...rowsOf(carry.release()));
  });
  assert.equal(carry.heldRecords, 0, "every record is released once its text ended");
  return rows;
}

function keyChars(rows: LakeRow[]): string[] {
  return rows.flatMap((row) => (row.text.key_char === undefined ? [] : [row.text.key_char.value]));
}

const githubToken = () => `ghp_${randomBytes(18).toString("hex")}`;

function luhnCard(): string {
  const digits = [4, ...Array.from({ length: 14 }, () => randomInt(10))];
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits[digits.length - 1 - index] ?? 0;
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return [...digits, (10 - (sum % 10)) % 10].join("");
}

describe("TypedTextCarry", () => {
  it("each half of a secret split across two batches looks harmless on its own (why the carry exists)", () => {
    const secret = githubToken();
    const where = { sessionId: randomUUID(), fieldId: "f-1" };
    const [first = "", second = ""] = split(secret, [6]);
    const firstRows = lakeRowsOf(decoded(keysOf(first, where), "s").batch, {
      classifier,
      subject: "s",
      fieldIdOf,
    }).rows;
    const secondRows = lakeRowsOf(decoded(keysOf(second, { ...where, enter: true }), "s").batch, {
      classifier,
      subject: "s",
      fieldIdOf,
    }).rows;
    // Every character is stored (encrypted, but readable to whoever holds the key): the halves were not recognised.
    assert.equal(keyChars([...firstRows, ...secondRows]).join(""), `${secret}Enter`);
  });

  it("a secret typed across two batches is dropped whole, whatever the split position", () => {
    const secret = githubToken();
    for (let cut = 1; cut < secret.length; cut++) {
      const rows = typeAcrossRecords(split(secret, [cut]));
      assert.deepEqual(keyChars(rows), [], `split at ${cut}: key characters were kept`);
      assert.ok(!JSON.stringify(rows).includes(secret.slice(4)), `split at ${cut}: the secret is in a row`);
      const keyRows = rows.filter((row) => row.eventType === "key.press");
      assert.ok(
        keyRows.every((row) =>
          (row.redactions ?? []).some((redaction) => redaction.category === "credential"),
        ),
        `split at ${cut}: a key row has no credential marker`,
      );
    }
  });

  it("a secret typed across three batches is dropped whole, for every pair of split positions", () => {
    const secret = githubToken();
    for (let first = 1; first < secret.length - 1; first += 3) {
      for (let second = first + 1; second < secret.length; second += 4) {
        const rows = typeAcrossRecords(split(secret, [first, second]));
        assert.deepEqual(keyChars(rows), [], `split at ${first} and ${second}`);
      }
    }
  });

  it("a password typed across batches leaves no key character, whatever the split", () => {
    // Not hex alone: event ids are UUIDs, and a hex slice could appear in them by chance.
    const password = `Zq!${randomBytes(6).toString("base64url")}`;
    for (let cut = 1; cut < password.length; cut++) {
      const rows = typeAcrossRecords(split(password, [cut]), { inputType: "password" });
      assert.deepEqual(keyChars(rows), [], `split at ${cut}`);
      assert.ok(!JSON.stringify(rows).includes(password), `split at ${cut}: the password is in a row`);
    }
  });

  it("a card number typed across two batches is classified financial in every key row, whatever the split", () => {
    const card = luhnCard();
    for (let cut = 1; cut < card.length; cut++) {
      const rows = typeAcrossRecords(split(card, [cut]));
      const categories = rows
        .filter((row) => row.text.key_char !== undefined)
        .map((row) => row.text.key_char?.category);
      assert.equal(categories.length, card.length + 1, `split at ${cut}: the digits and Enter`);
      assert.ok(
        categories.every((category) => category === "financial"),
        `split at ${cut}: ${categories.join(",")}`,
      );
    }
  });

  it("holds back every later record of the partition until the held one's text ends, then releases them in offset order", () => {
    const carry = carryWith();
    const where = { sessionId: randomUUID(), fieldId: "f-1" };
    carry.add(10n, decoded(keysOf("ghp_", where), "alice"));
    carry.add(11n, decoded(keysOf("hello", { sessionId: randomUUID(), fieldId: "f-2", enter: true }), "bob"));
    assert.deepEqual(carry.release(), []);
    assert.equal(carry.firstHeldOffset, 10n);
    carry.add(12n, decoded(keysOf("x", { ...where, enter: true }), "alice"));
    assert.deepEqual(
      carry.release().map((released) => released.offset),
      [10n, 11n, 12n],
    );
  });

  it("lets a record go once its text has waited holdMs, classified as it stands", () => {
    const clock = new ManualClock();
    const carry = carryWith(clock, { holdMs: 5_000 });
    carry.add(0n, decoded(keysOf("draft", { sessionId: randomUUID(), fieldId: "f-1" }), "alice"));
    carry.closeOverdue();
    assert.equal(carry.release().length, 0, "not yet overdue");
    clock.ms += 5_000;
    carry.closeOverdue();
    const rows = rowsOf(carry.release());
    assert.equal(rows.length, 5);
    assert.equal(keyChars(rows).join(""), "draft");
  });

  it("hands a held record out with the time it was read, so its wait for typed text counts toward its file's age", () => {
    const clock = new ManualClock();
    const carry = carryWith(clock, { holdMs: 5_000 });
    const readAt = clock.ms;
    carry.add(0n, decoded(keysOf("draft", { sessionId: randomUUID(), fieldId: "f-1" }), "alice"));
    clock.ms += 5_000;
    carry.closeOverdue();
    const buffers = new PartitionBuffers({ topic: "events", now: clock.now, onBufferedBytes: () => {} });
    const state = buffers.stateOf(0);
    for (const { offset, opened, arrivedAt } of carry.release())
      buffers.append(state, offset, opened, arrivedAt);
    assert.equal(
      state.buffer?.openedAt,
      readAt,
      "the file's age starts when the record was read, not when it was released",
    );
  });

  it("holds no more than maxHeldRecords records", () => {
    const carry = carryWith(new ManualClock(), { maxHeldRecords: 3 });
    for (let offset = 0; offset < 10; offset++) {
      carry.add(
        BigInt(offset),
        decoded(keysOf("ab", { sessionId: randomUUID(), fieldId: "f" }), `s${offset}`),
      );
      carry.release();
      assert.ok(carry.heldRecords <= 3, `held ${carry.heldRecords}`);
    }
  });

  it("never joins one subject's keys to another subject's session, even with the same session and field ids", () => {
    const carry = carryWith();
    const where = { sessionId: randomUUID(), fieldId: "f-1" };
    const secret = githubToken();
    const [first = "", second = ""] = split(secret, [10]);
    carry.add(0n, decoded(keysOf(first, where), "mallory"));
    // Another subject's batch ends the same session id: it must not close or complete mallory's segment.
    carry.add(1n, decoded(keysOf(second, { ...where, enter: true }), "alice"));
    assert.deepEqual(carry.release(), [], "mallory's unfinished text still holds the partition");
    assert.equal(carry.heldRecords, 2);
  });

  it("forgets everything on reset, so a partition read again from its stored offset starts clean", () => {
    const carry = carryWith();
    carry.add(0n, decoded(keysOf("ab", { sessionId: randomUUID(), fieldId: "f" }), "alice"));
    carry.reset();
    assert.equal(carry.heldRecords, 0);
    assert.equal(carry.firstHeldOffset, undefined);
  });
});
