import type { LakeRow } from "@cordon/lake";
import type { SubjectPseudonym } from "./catalog.ts";
import type { OpenedRecord } from "./open-record.ts";

/** The records of one partition read since its last committed file, not yet in the lake. */
export interface PartitionBuffer {
  firstOffset: bigint;
  lastOffset: bigint;
  /** Hours since the epoch of the records' gateway receipt; undefined while only poison records are held. */
  hour: number | undefined;
  rows: LakeRow[];
  /** Pseudonym → enrolment subject of the buffered rows, recorded with their files (export plans need it). */
  subjects: Map<string, SubjectPseudonym>;
  bytes: number;
  /**
   * When the buffer's first record was read from Kafka — before any wait for its
   * typed text to end — so MAX_FILE_AGE_MS bounds a row's whole stay in the
   * pipeline, however busy the partition.
   */
  openedAt: number;
  lastAppendAt: number;
}

export interface PartitionState {
  topic: string;
  partition: number;
  /** The next offset not yet buffered or committed; records before it are replays and skipped. */
  nextOffset: bigint | undefined;
  buffer: PartitionBuffer | undefined;
  /** Serialises batches, idle flushes and pressure flushes of one partition. */
  chain: Promise<void>;
}

/**
 * The buffers of every partition this instance consumes, and the bytes they
 * hold together, which bound the pipeline's memory.
 */
export class PartitionBuffers {
  readonly #topic: string;
  readonly #now: () => number;
  readonly #onBufferedBytes: (bytes: number) => void;
  readonly #partitions = new Map<number, PartitionState>();
  #bufferedBytes = 0;

  constructor(options: { topic: string; now: () => number; onBufferedBytes: (bytes: number) => void }) {
    this.#topic = options.topic;
    this.#now = options.now;
    this.#onBufferedBytes = options.onBufferedBytes;
  }

  get bufferedBytes(): number {
    return this.#bufferedBytes;
  }

  all(): PartitionState[] {
    return [...this.#partitions.values()];
  }

  stateOf(partition: number): PartitionState {
    let state = this.#partitions.get(partition);
    if (state === undefined) {
      state = {
        topic: this.#topic,
        partition,
        nextOffset: undefined,
        buffer: undefined,
        chain: Promise.resolve(),
      };
      this.#partitions.set(partition, state);
    }
    return state;
  }

  /** Runs `work` after everything queued on the partition; failures reach the caller only. */
  onPartition(state: PartitionState, work: () => Promise<void>): Promise<void> {
    const run = state.chain.then(work);
    state.chain = run.catch(() => {});
    return run;
  }

  /** Adds a record at `offset`; a poison or duplicate record only moves the buffer's offsets. */
  append(state: PartitionState, offset: bigint, opened: OpenedRecord, arrivedAt: number): void {
    if (state.buffer === undefined) {
      state.buffer = {
        firstOffset: offset,
        lastOffset: offset,
        hour: undefined,
        rows: [],
        subjects: new Map(),
        bytes: 0,
        openedAt: arrivedAt,
        lastAppendAt: this.#now(),
      };
    }
    const buffer = state.buffer;
    buffer.lastOffset = offset;
    buffer.lastAppendAt = this.#now();
    if (opened.kind === "rows") {
      buffer.hour = opened.hour;
      for (const row of opened.rows) buffer.rows.push(row);
      buffer.subjects.set(`${opened.subject.org}\u0000${opened.subject.pseudonym}`, opened.subject);
      buffer.bytes += opened.bytes;
      this.#addBufferedBytes(opened.bytes);
    }
  }

  /** Forgets the partition's buffer, once its rows are in the lake or were dropped. */
  discard(state: PartitionState, buffer: PartitionBuffer): void {
    state.buffer = undefined;
    this.#addBufferedBytes(-buffer.bytes);
  }

  #addBufferedBytes(delta: number): void {
    this.#bufferedBytes += delta;
    this.#onBufferedBytes(this.#bufferedBytes);
  }
}
