import {
  type Classifier,
  createTypedTextReconstructor,
  type FieldClassification,
  type TypedSegment,
  type TypedTextReconstructor,
} from "@cordon/classifier";
import type { TelemetryEvent } from "@cordon/events";
import type { RawBatch } from "@cordon/transit";
import type { SubjectPseudonym } from "./catalog.ts";
import { rowsOfEvents, type TypedTextResults, typedTextResultsOf } from "./lake-rows.ts";
import type { OpenedRecord } from "./open-record.ts";

/** A record whose batch was opened and validated, its rows not built yet. */
export interface DecodedRecord {
  kind: "decoded";
  /** From the authenticated envelope header: what a duplicate is recognised by. */
  orgId: string;
  batchId: string;
  batch: RawBatch;
  events: TelemetryEvent[];
  /** The subject's lake pseudonym. */
  subject: string;
  /** The enrolment subject with that pseudonym, recorded with the files (export plans need the pair). */
  subjectRef: SubjectPseudonym;
  /** The lake's keyed name for a collector's field id. */
  fieldIdOf: (fieldId: string) => string;
  hour: number;
  bytes: number;
}

export type CarriedRecord = DecodedRecord | Extract<OpenedRecord, { kind: "poison" | "duplicate" }>;

export interface TypedTextCarryOptions {
  classifier: Classifier;
  /** A record waits at most this long for the typed text it began to end; then its open segments are closed. */
  holdMs: number;
  /** Records held at once at most; beyond it the oldest one's open segments are closed. */
  maxHeldRecords: number;
  now: () => number;
}

/** A record whose typed text is complete, with when it was read from Kafka: a file's age counts from there. */
export interface ReleasedRecord {
  offset: bigint;
  opened: OpenedRecord;
  arrivedAt: number;
}

interface HeldRecord {
  offset: bigint;
  record: CarriedRecord;
  heldSince: number;
  /** Ids (namespaced) of this record's key presses whose segment is still open. */
  openKeys: Set<string>;
  /** Sessions (namespaced) those segments belong to. */
  openSessions: Set<string>;
}

/**
 * Typed text is rebuilt from key presses, and a person may be halfway through
 * a word — or an access key — when the collector cuts a batch. One partition's
 * records arrive in order and a subject's records share a partition, so the
 * carry keeps each session's unfinished segment open from one record to the
 * next, and detection sees the whole text however it was split.
 *
 * A key press's row cannot be written before its segment is classified (the
 * whole segment may be a secret to drop), and a lake file holds whole records
 * only, so that its offsets say exactly what it holds. So a record with keys in
 * an open segment is held back, and so is every record after it on the
 * partition: `release` hands out records strictly in offset order, and the
 * committed offset never passes a held record. After a crash the held records
 * are read again from Kafka, with the start of their segments, and rebuild the
 * same text. A segment that does not end within `holdMs`, or a backlog of
 * more than `maxHeldRecords`, closes the oldest record's open segments as they
 * stand, which bounds memory and freshness.
 *
 * Sessions and event ids are namespaced by subject pseudonym: a collector
 * cannot join its keys to another subject's session by reusing its ids.
 */
export class TypedTextCarry {
  readonly #options: TypedTextCarryOptions;
  #reconstructor: TypedTextReconstructor;
  #held: HeldRecord[] = [];
  /** Classifications of closed segments not yet handed out, by namespaced key-press id. */
  #typed = new Map<string, FieldClassification>();
  #typedTextAt: TypedTextResults["typedTextAt"] = new Map();
  #waiting = new Map<string, HeldRecord>();

  constructor(options: TypedTextCarryOptions) {
    this.#options = options;
    this.#reconstructor = createTypedTextReconstructor();
  }

  /** Records held back, waiting for their typed text to end. */
  get heldRecords(): number {
    return this.#held.length;
  }

  /** The offset of the oldest record not yet released, if any. */
  get firstHeldOffset(): bigint | undefined {
    return this.#held[0]?.offset;
  }

  /** Feeds the next record of the partition; its rows come out of `release` once its typed text is complete. */
  add(offset: bigint, record: CarriedRecord): void {
    const held: HeldRecord = {
      offset,
      record,
      heldSince: this.#options.now(),
      openKeys: new Set(),
      openSessions: new Set(),
    };
    this.#held.push(held);
    if (record.kind === "decoded") {
      const closed: TypedSegment[] = [];
      for (const event of record.events) {
        closed.push(...this.#reconstructor.push(namespaced(record.subject, event)));
      }
      this.#learn(closed);
      for (const event of record.events) {
        if (event.type !== "key.press") continue;
        const id = namespacedId(record.subject, event.eventId);
        if (this.#typed.has(id)) continue;
        held.openKeys.add(id);
        held.openSessions.add(namespacedId(record.subject, event.sessionId));
        this.#waiting.set(id, held);
      }
    }
    while (this.#held.length > this.#options.maxHeldRecords) {
      const oldest = this.#held[0];
      if (oldest === undefined || oldest.openKeys.size === 0) break;
      this.#closeSegmentsOf(oldest);
    }
  }

  /** Closes the open segments of records held longer than `holdMs`, oldest first. */
  closeOverdue(): void {
    const now = this.#options.now();
    for (const held of this.#held) {
      if (now - held.heldSince < this.#options.holdMs) break;
      if (held.openKeys.size > 0) this.#closeSegmentsOf(held);
    }
  }

  /**
   * Hands out, in offset order, every record at the front whose typed text is
   * complete: rows built for decoded records, poison as it came.
   */
  release(): ReleasedRecord[] {
    const released: ReleasedRecord[] = [];
    while (this.#held.length > 0) {
      const head = this.#held[0];
      if (head === undefined || head.openKeys.size > 0) break;
      this.#held.shift();
      released.push({ offset: head.offset, opened: this.#rowsOf(head.record), arrivedAt: head.heldSince });
    }
    // Everything learned belongs to a record pushed so far; with none held, what
    // is left (a clipboard event pasted into a password field after its own
    // record went out) can never be asked for again.
    if (this.#held.length === 0) {
      this.#typed.clear();
      this.#typedTextAt.clear();
    }
    return released;
  }

  /** Forgets everything: the partition is read again from its stored offset. */
  reset(): void {
    this.#reconstructor = createTypedTextReconstructor();
    this.#held = [];
    this.#typed.clear();
    this.#typedTextAt.clear();
    this.#waiting.clear();
  }

  #closeSegmentsOf(held: HeldRecord): void {
    const closed: TypedSegment[] = [];
    for (const session of held.openSessions) closed.push(...this.#reconstructor.closeSession(session));
    this.#learn(closed);
  }

  #learn(closed: TypedSegment[]): void {
    if (closed.length === 0) return;
    const results = typedTextResultsOf(closed, this.#options.classifier);
    for (const [id, classification] of results.typed) {
      this.#typed.set(id, classification);
      const held = this.#waiting.get(id);
      if (held !== undefined) {
        this.#waiting.delete(id);
        held.openKeys.delete(id);
      }
    }
    for (const [id, text] of results.typedTextAt) this.#typedTextAt.set(id, text);
  }

  #rowsOf(record: CarriedRecord): OpenedRecord {
    if (record.kind !== "decoded") return record;
    // This record's share of the results, under the event ids the rows carry.
    const typedText: TypedTextResults = { typed: new Map(), typedTextAt: new Map() };
    for (const event of record.events) {
      const id = namespacedId(record.subject, event.eventId);
      const classification = this.#typed.get(id);
      if (classification !== undefined) {
        typedText.typed.set(event.eventId, classification);
        this.#typed.delete(id);
      }
      const text = this.#typedTextAt.get(id);
      if (text !== undefined) {
        typedText.typedTextAt.set(event.eventId, text);
        this.#typedTextAt.delete(id);
      }
    }
    const { rows, redactedFields } = rowsOfEvents(record.batch, record.events, {
      classifier: this.#options.classifier,
      subject: record.subject,
      fieldIdOf: record.fieldIdOf,
      typedText,
    });
    return {
      kind: "rows",
      orgId: record.orgId,
      batchId: record.batchId,
      rows,
      subject: record.subjectRef,
      hour: record.hour,
      bytes: record.bytes,
      redacted: redactedFields,
    };
  }
}

function namespacedId(subject: string, id: string): string {
  return `${subject}\u0000${id}`;
}

function namespaced(subject: string, event: TelemetryEvent): TelemetryEvent {
  return {
    ...event,
    eventId: namespacedId(subject, event.eventId),
    sessionId: namespacedId(subject, event.sessionId),
  };
}
