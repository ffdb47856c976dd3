import type { Classifier } from "@cordon/classifier";
import type { ConsumedBatch, ConsumedRecord, EventConsumer, EventLog } from "@cordon/event-log";
import type { ExclusionMatcher } from "@cordon/events";
import { type SubjectKeyring, type SubjectPseudonymizer, storeLakeFile } from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";
import type { UnwrapTransitKey } from "@cordon/transit";
import { writeBufferFiles } from "./buffer-files.ts";
import type { LakeCatalog } from "./catalog.ts";
import type { PipelineConfig } from "./config.ts";
import { createDeadLetter } from "./dead-letter.ts";
import { mustRelievePressure, readHeap } from "./memory-pressure.ts";
import type { PipelineMetrics } from "./metrics.ts";
import { openRecord } from "./open-record.ts";
import { type PartitionBuffer, PartitionBuffers, type PartitionState } from "./partition-buffer.ts";
import { type CarriedRecord, type DecodedRecord, TypedTextCarry } from "./typed-text-carry.ts";

/** Records opened and claimed together: one claim transaction each, and a bound on what waits decoded. */
const recordsPerClaim = 32;

export type { PoisonReason } from "./open-record.ts";

/**
 * Points where a test may have the process SIGKILLed (`PIPELINE_CRASH_AT`,
 * read only with `CORDON_TEST_HOOKS=1`), to show exactly-once under failure.
 */
export const crashPoints = ["mid-buffer", "after-upload", "after-commit"] as const;
export type CrashPoint = (typeof crashPoints)[number];

export interface PipelineOptions {
  config: Pick<
    PipelineConfig,
    | "PIPELINE_GROUP_ID"
    | "RAW_EVENTS_TOPIC"
    | "DEAD_LETTER_TOPIC"
    | "MAX_FILE_ROWS"
    | "MAX_FILE_BYTES"
    | "FLUSH_IDLE_MS"
    | "MAX_FILE_AGE_MS"
    | "MAX_BUFFER_BYTES"
    | "TYPED_TEXT_HOLD_MS"
    | "TYPED_TEXT_MAX_HELD_RECORDS"
    | "KAFKA_SESSION_TIMEOUT_MS"
    | "KAFKA_HEARTBEAT_INTERVAL_MS"
  >;
  logger: Logger;
  eventLog: EventLog;
  store: Pick<ObjectStore, "put">;
  catalog: LakeCatalog;
  keyring: Pick<SubjectKeyring, "keysForWriting">;
  unwrapTransitKey: UnwrapTransitKey;
  classifier: Classifier;
  /** Events recorded in an excluded app or site are dropped before they become rows. */
  exclusions: ExclusionMatcher;
  pseudonymize: SubjectPseudonymizer;
  metrics: PipelineMetrics;
  /** Called at each crash point; a test build kills the process there. */
  crashPoint?: (point: CrashPoint) => void;
  now?: () => number;
}

export interface Pipeline {
  /** Seeks every partition to its offset in Postgres and starts consuming. */
  start(): Promise<void>;
  /**
   * Stops consuming and waits for file commits in flight; buffered rows not
   * yet in a file are left (their records are read again after a restart).
   */
  stop(): Promise<void>;
  /** Rejects when the consumer fails for good. */
  readonly stopped: Promise<void>;
}

/**
 * The consumer of the raw topic: opens each record (`openRecord`), holds its
 * rows in a per-partition buffer (`PartitionBuffers`), dead-letters poison,
 * and commits a buffer as lake files plus the partition's next offset in one
 * catalog transaction (`flush`). Postgres, not Kafka, says where a partition
 * resumes, so a file is in the lake exactly once whatever crashes.
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const { config, logger, metrics } = options;
  const now = options.now ?? Date.now;
  const crash = options.crashPoint ?? (() => {});
  const buffers = new PartitionBuffers({
    topic: config.RAW_EVENTS_TOPIC,
    now,
    onBufferedBytes: (bytes) => metrics.bufferedBytes.set(bytes),
  });
  const deadLetter = createDeadLetter({
    eventLog: options.eventLog,
    topic: config.DEAD_LETTER_TOPIC,
    metrics,
    logger,
  });
  // Per partition: typed text still being typed when its batch ended, and the records waiting for it.
  const carries = new Map<number, TypedTextCarry>();
  const abort = new AbortController();
  let consumer: EventConsumer | undefined;
  let dueTimer: NodeJS.Timeout | undefined;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const stopped = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  stopped.catch(() => {});

  /** Writes, uploads and catalogs the partition's buffer, then forgets it. */
  const flush = async (state: PartitionState): Promise<void> => {
    const buffer = state.buffer;
    if (buffer === undefined) return;
    const started = performance.now();
    const { files, dropped } = await writeBufferFiles(state, buffer, options.keyring);
    await Promise.all(files.map((file) => storeLakeFile(options.store, file)));
    if (files.length > 0) crash("after-upload");
    const nextOffset = buffer.lastOffset + 1n;
    const outcome = await options.catalog.commit({
      groupId: config.PIPELINE_GROUP_ID,
      topic: state.topic,
      partition: state.partition,
      firstOffset: buffer.firstOffset,
      nextOffset,
      files,
      subjects: [...buffer.subjects.values()],
    });
    metrics.commitSeconds.observe((performance.now() - started) / 1000);
    if (outcome.fenced) {
      // Another instance catalogued these offsets (a rebalance moved the
      // partition): drop what this one buffered and read on from the stored offset.
      buffers.discard(state, buffer);
      carries.get(state.partition)?.reset();
      state.nextOffset = outcome.storedOffset;
      consumer?.seek({
        topic: state.topic,
        partition: state.partition,
        offset: outcome.storedOffset.toString(),
      });
      metrics.eventsDropped.inc({ reason: "fenced-commit" }, buffer.rows.length);
      logger.warn(
        {
          topic: state.topic,
          partition: state.partition,
          firstOffset: buffer.firstOffset.toString(),
          storedOffset: outcome.storedOffset.toString(),
        },
        "commit fenced: another instance already catalogued these offsets",
      );
      return;
    }
    if (files.length > 0) crash("after-commit");
    buffers.discard(state, buffer);
    const written = files.reduce((sum, file) => sum + file.rowCount, 0);
    metrics.filesWritten.inc(outcome.catalogued);
    metrics.eventsWritten.inc(written);
    if (dropped > 0) metrics.eventsDropped.inc({ reason: "subject-keys-destroyed" }, dropped);
    logger.info(
      {
        topic: state.topic,
        partition: state.partition,
        firstOffset: buffer.firstOffset.toString(),
        lastOffset: buffer.lastOffset.toString(),
        files: files.map((file) => file.key),
        rows: written,
        dropped,
        alreadyCatalogued: outcome.alreadyCatalogued,
      },
      "lake files committed",
    );
    // Kafka's copy of the offset is for lag dashboards only; Postgres decides where to resume.
    consumer
      ?.commit([{ topic: state.topic, partition: state.partition, offset: nextOffset.toString() }])
      .catch((error: unknown) => logger.debug({ err: error }, "advisory kafka offset commit failed"));
  };

  const carryOf = (partition: number): TypedTextCarry => {
    let carry = carries.get(partition);
    if (carry === undefined) {
      carry = new TypedTextCarry({
        classifier: options.classifier,
        holdMs: config.TYPED_TEXT_HOLD_MS,
        maxHeldRecords: config.TYPED_TEXT_MAX_HELD_RECORDS,
        now,
      });
      carries.set(partition, carry);
    }
    return carry;
  };

  /** Buffers, in offset order, the records whose typed text is complete, cutting files as they fill. */
  const bufferReleased = async (state: PartitionState): Promise<void> => {
    const carry = carryOf(state.partition);
    for (const { offset, opened, arrivedAt } of carry.release()) {
      if (opened.kind === "rows") {
        if (opened.redacted > 0) metrics.fieldsRedacted.inc(opened.redacted);
        // One file never spans two hours of receipt.
        const buffered = state.buffer;
        if (buffered !== undefined && buffered.hour !== undefined && buffered.hour !== opened.hour) {
          await flush(state);
        }
      }
      buffers.append(state, offset, opened, arrivedAt);
      crash("mid-buffer");
      const buffer = state.buffer;
      if (buffer !== undefined && (fileIsFull(buffer) || fileIsDue(buffer))) await flush(state);
    }
    metrics.heldRecords.set({ partition: String(state.partition) }, carry.heldRecords);
  };

  const enrolled = new EnrolmentCheck(options.catalog);

  /** Opens, claims and buffers a run of one partition's records, in offset order. */
  const bufferRecords = async (
    state: PartitionState,
    carry: TypedTextCarry,
    batch: ConsumedBatch,
    records: readonly ConsumedRecord[],
  ): Promise<void> => {
    const fetched: { record: ConsumedRecord; offset: bigint; opened: CarriedRecord }[] = [];
    for (const record of records) {
      const offset = BigInt(record.offset);
      // Already buffered, held or committed: a re-fetch after a failure or a rebalance.
      if (state.nextOffset !== undefined && offset < state.nextOffset) continue;
      let opened = await openRecord(record, options);
      if (opened.kind === "decoded" && !(await enrolled.isEnrolled(enrolmentOf(opened)))) {
        opened = { kind: "poison", reason: "collector-unknown" };
      }
      fetched.push({ record, offset, opened });
    }
    // A batch is claimed for the offset it was first read at; a copy at another offset adds no row.
    const decoded = fetched.flatMap((entry) =>
      entry.opened.kind === "decoded" ? [{ entry, record: entry.opened }] : [],
    );
    const claims = await options.catalog.claimBatches(
      decoded.map(({ entry, record }) => ({
        orgId: record.orgId,
        batchId: record.batchId,
        topic: state.topic,
        partition: state.partition,
        offset: entry.offset,
      })),
    );
    decoded.forEach(({ entry, record }, index) => {
      entry.opened =
        claims[index] === "duplicate"
          ? { kind: "duplicate" }
          : withoutExcludedEvents(record, options.exclusions, metrics);
    });
    for (const { record, offset, opened } of fetched) {
      if (opened.kind === "poison") await deadLetter(batch, record, opened.reason);
      else if (opened.kind === "duplicate") metrics.recordsConsumed.inc({ outcome: "duplicate" });
      else metrics.recordsConsumed.inc({ outcome: "buffered" });
      carry.add(offset, opened);
      state.nextOffset = offset + 1n;
      await bufferReleased(state);
    }
  };

  const handleBatch = async (batch: ConsumedBatch): Promise<void> => {
    const state = buffers.stateOf(batch.partition);
    await buffers.onPartition(state, async () => {
      const carry = carryOf(batch.partition);
      // A run of records is opened first, so that their batch ids are claimed in
      // one catalog transaction rather than one per record; a run rather than
      // the whole fetch, so that few decoded batches wait beside the buffer.
      for (let first = 0; first < batch.records.length; first += recordsPerClaim) {
        await bufferRecords(state, carry, batch, batch.records.slice(first, first + recordsPerClaim));
      }
      metrics.consumerLag.set(
        { partition: String(batch.partition) },
        Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(batch.lastOffset) - 1n)),
      );
    });
    if (mustRelievePressure(buffers.bufferedBytes, config.MAX_BUFFER_BYTES, readHeap()))
      await relievePressure();
  };

  /** Memory stays bounded whatever the backlog: stop fetching, write every buffer, fetch again. */
  const relievePressure = async () => {
    const all = buffers.all().map(({ topic, partition }) => ({ topic, partition }));
    consumer?.pause(all);
    logger.info(
      { bufferedBytes: buffers.bufferedBytes, heapUsedBytes: readHeap().used },
      "buffers or heap full: consumption paused until files are written",
    );
    try {
      await Promise.all(buffers.all().map((state) => buffers.onPartition(state, () => flush(state))));
    } finally {
      consumer?.resume(all);
    }
  };

  const fileIsFull = (buffer: PartitionBuffer) =>
    buffer.rows.length >= config.MAX_FILE_ROWS || buffer.bytes >= config.MAX_FILE_BYTES;
  // Idle, or old enough: either way the rows have waited as long as they may.
  const fileIsDue = (buffer: PartitionBuffer) =>
    now() - buffer.lastAppendAt >= config.FLUSH_IDLE_MS || now() - buffer.openedAt >= config.MAX_FILE_AGE_MS;

  const flushDue = () => {
    for (const state of buffers.all()) {
      const buffer = state.buffer;
      const carry = carries.get(state.partition);
      const holding = carry !== undefined && carry.heldRecords > 0;
      if (!holding && (buffer === undefined || !fileIsDue(buffer))) continue;
      buffers
        .onPartition(state, async () => {
          // Typed text that waited long enough for its end is classified as it stands.
          carry?.closeOverdue();
          await bufferReleased(state);
          const current = state.buffer;
          if (current !== undefined && fileIsDue(current)) await flush(state);
        })
        .catch((error: unknown) =>
          logger.error({ partition: state.partition, err: error }, "due flush failed; retried later"),
        );
    }
  };

  return {
    stopped,
    async start() {
      const stored = await options.catalog.offsetsOf(config.PIPELINE_GROUP_ID, config.RAW_EVENTS_TOPIC);
      for (const [partition, offset] of stored) buffers.stateOf(partition).nextOffset = offset;
      consumer = await options.eventLog.consume({
        groupId: config.PIPELINE_GROUP_ID,
        topics: [config.RAW_EVENTS_TOPIC],
        fromBeginning: true,
        signal: abort.signal,
        handleBatch,
        sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
        heartbeatIntervalMs: config.KAFKA_HEARTBEAT_INTERVAL_MS,
      });
      // Postgres, not Kafka's group offsets, says where each partition resumes.
      for (const [partition, offset] of stored) {
        consumer.seek({ topic: config.RAW_EVENTS_TOPIC, partition, offset: offset.toString() });
      }
      logger.info(
        { topic: config.RAW_EVENTS_TOPIC, groupId: config.PIPELINE_GROUP_ID, partitions: stored.size },
        "consuming from the offsets in Postgres",
      );
      const shortestWait = Math.min(config.FLUSH_IDLE_MS, config.MAX_FILE_AGE_MS);
      const interval = Math.max(10, Math.min(1_000, Math.floor(shortestWait / 2)));
      dueTimer = setInterval(flushDue, interval);
      consumer.stopped.then(settle.resolve, settle.reject);
    },
    async stop() {
      clearInterval(dueTimer);
      abort.abort();
      await consumer?.stopped.catch(() => {});
      // Let file commits already under way finish; start no new one.
      await Promise.all(buffers.all().map((state) => state.chain));
      settle.resolve();
    },
  };
}

/** The record without its events from excluded apps or sites, each counted by the exclusion's reason. */
function withoutExcludedEvents(
  record: DecodedRecord,
  exclusions: ExclusionMatcher,
  metrics: PipelineMetrics,
): DecodedRecord {
  const kept = record.events.filter((event) => {
    const reason = exclusions.reasonFor(event);
    if (reason === undefined) return true;
    metrics.eventsDropped.inc({ reason: `excluded-source:${reason}` });
    return false;
  });
  return kept.length === record.events.length ? record : { ...record, events: kept };
}

const enrolmentOf = (record: DecodedRecord) => ({
  collectorId: record.batch.collectorId,
  orgId: record.orgId,
  subjectId: record.batch.subjectId,
});

/**
 * Whether a batch's collector was enrolled for its organisation and subject,
 * asked of the catalog once per collector: an enrolment, once seen, stays
 * true (revocation does not undo batches accepted before it), so only the
 * answers "yes" are remembered, a bounded number of them.
 */
class EnrolmentCheck {
  readonly #known = new Set<string>();
  constructor(
    private readonly catalog: Pick<LakeCatalog, "isEnrolled">,
    private readonly maxKnown = 100_000,
  ) {}

  async isEnrolled(collector: { collectorId: string; orgId: string; subjectId: string }): Promise<boolean> {
    const key = `${collector.collectorId}\u0000${collector.orgId}\u0000${collector.subjectId}`;
    if (this.#known.has(key)) return true;
    if (!(await this.catalog.isEnrolled(collector))) return false;
    if (this.#known.size >= this.maxKnown) this.#known.clear();
    this.#known.add(key);
    return true;
  }
}
