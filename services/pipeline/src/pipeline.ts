import type { Classifier } from "@cordon/classifier";
import type { ConsumedBatch, ConsumedRecord, EventConsumer, EventLog } from "@cordon/event-log";
import { KeyServiceError } from "@cordon/key-service";
import type { SubjectPseudonymizer } from "@cordon/lake";
import {
  type LakeFile,
  type LakeRow,
  type SubjectKeyring,
  SubjectKeysDestroyedError,
  storeLakeFile,
  writeLakeFile,
} from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import type { Logger } from "@cordon/observability";
import { decodeRawBatch, openBatch, TransitEnvelopeError, type UnwrapTransitKey } from "@cordon/transit";
import type { LakeCatalog } from "./catalog.ts";
import type { PipelineConfig } from "./config.ts";
import { lakeRowsOf, SchemaDriftError } from "./lake-rows.ts";
import type { PipelineMetrics } from "./metrics.ts";

/** Why a record went to the dead-letter topic; sent as a header, never with content. */
export type PoisonReason =
  | "envelope-invalid"
  | "transit-key-refused"
  | "undecodable"
  | "ids-mismatch"
  | "schema-drift";

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
    | "MAX_BUFFER_BYTES"
  >;
  logger: Logger;
  eventLog: EventLog;
  store: Pick<ObjectStore, "put">;
  catalog: LakeCatalog;
  keyring: Pick<SubjectKeyring, "keysForWriting">;
  unwrapTransitKey: UnwrapTransitKey;
  classifier: Classifier;
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

interface PartitionBuffer {
  firstOffset: bigint;
  lastOffset: bigint;
  /** Hours since the epoch of the records' gateway receipt; undefined while only poison records are held. */
  hour: number | undefined;
  rows: LakeRow[];
  bytes: number;
  lastAppendAt: number;
}

interface PartitionState {
  topic: string;
  partition: number;
  /** The next offset not yet buffered or committed; records before it are replays and skipped. */
  nextOffset: bigint | undefined;
  buffer: PartitionBuffer | undefined;
  /** Serialises batches, idle flushes and pressure flushes of one partition. */
  chain: Promise<void>;
}

const hourMs = 3_600_000;

export function createPipeline(options: PipelineOptions): Pipeline {
  const { config, logger, metrics } = options;
  const now = options.now ?? Date.now;
  const crash = options.crashPoint ?? (() => {});
  const partitions = new Map<number, PartitionState>();
  const abort = new AbortController();
  let consumer: EventConsumer | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let bufferedBytes = 0;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const stopped = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  stopped.catch(() => {});

  const stateOf = (partition: number): PartitionState => {
    let state = partitions.get(partition);
    if (state === undefined) {
      state = {
        topic: config.RAW_EVENTS_TOPIC,
        partition,
        nextOffset: undefined,
        buffer: undefined,
        chain: Promise.resolve(),
      };
      partitions.set(partition, state);
    }
    return state;
  };

  /** Runs `work` after everything queued on the partition; failures reach the caller only. */
  const onPartition = (state: PartitionState, work: () => Promise<void>): Promise<void> => {
    const run = state.chain.then(work);
    state.chain = run.catch(() => {});
    return run;
  };

  const setBuffered = (delta: number) => {
    bufferedBytes += delta;
    metrics.bufferedBytes.set(bufferedBytes);
  };

  const deadLetter = async (batch: ConsumedBatch, record: ConsumedRecord, reason: PoisonReason) => {
    // The sealed bytes as they came (still encrypted), so the record can be inspected or replayed.
    await options.eventLog.publish(config.DEAD_LETTER_TOPIC, [
      {
        key: `${batch.topic}:${batch.partition}:${record.offset}`,
        value: record.value,
        headers: {
          "cordon-dead-letter-reason": reason,
          "cordon-source-topic": batch.topic,
          "cordon-source-partition": String(batch.partition),
          "cordon-source-offset": record.offset,
        },
      },
    ]);
    metrics.deadLettered.inc({ reason });
    metrics.recordsConsumed.inc({ outcome: "dead-lettered" });
    logger.warn(
      { topic: batch.topic, partition: batch.partition, offset: record.offset, reason },
      "record dead-lettered",
    );
  };

  type Opened =
    | { kind: "rows"; rows: LakeRow[]; hour: number; bytes: number; redacted: number }
    | { kind: "poison"; reason: PoisonReason };

  const openRecord = async (record: ConsumedRecord): Promise<Opened> => {
    let opened: Awaited<ReturnType<typeof openBatch>>;
    try {
      opened = await openBatch(record.value, options.unwrapTransitKey);
    } catch (error) {
      if (error instanceof TransitEnvelopeError) return { kind: "poison", reason: "envelope-invalid" };
      if (error instanceof KeyServiceError && error.code === "unwrap-refused") {
        return { kind: "poison", reason: "transit-key-refused" };
      }
      // KMS unreachable or the transit key disabled: not the record's fault. Retry the batch.
      throw error;
    }
    let raw: ReturnType<typeof decodeRawBatch>;
    try {
      raw = decodeRawBatch(opened.plaintext);
    } catch {
      return { kind: "poison", reason: "undecodable" };
    }
    if (raw.orgId !== opened.aad.orgId || raw.subjectId !== opened.aad.subjectId) {
      return { kind: "poison", reason: "ids-mismatch" };
    }
    try {
      // Org and subject from the authenticated envelope header, which the gateway took from the credential.
      const subject = options.pseudonymize(opened.aad.orgId, opened.aad.subjectId);
      const { rows, redactedFields } = lakeRowsOf(raw, { classifier: options.classifier, subject });
      const receivedAt = Number.isSafeInteger(raw.receivedAt) ? raw.receivedAt : Number(record.timestamp);
      return {
        kind: "rows",
        rows,
        hour: Math.floor(receivedAt / hourMs),
        bytes: opened.plaintext.length,
        redacted: redactedFields,
      };
    } catch (error) {
      if (error instanceof SchemaDriftError) return { kind: "poison", reason: "schema-drift" };
      throw error;
    }
  };

  /** Writes, uploads and catalogs the partition's buffer, then forgets it. */
  const flush = async (state: PartitionState): Promise<void> => {
    const buffer = state.buffer;
    if (buffer === undefined) return;
    const started = performance.now();
    const files: LakeFile[] = [];
    let dropped = 0;
    if (buffer.rows.length > 0 && buffer.hour !== undefined) {
      const byOrg = new Map<string, LakeRow[]>();
      for (const row of buffer.rows) {
        const list = byOrg.get(row.org) ?? [];
        list.push(row);
        byOrg.set(row.org, list);
      }
      for (const [org, orgRows] of byOrg) {
        let rows = orgRows;
        for (;;) {
          if (rows.length === 0) break;
          try {
            files.push(
              await writeLakeFile({
                org,
                hour: new Date(buffer.hour * hourMs),
                topic: state.topic,
                partition: state.partition,
                firstOffset: buffer.firstOffset,
                lastOffset: buffer.lastOffset,
                rows,
                keyring: options.keyring,
                footerWrappedKeys: false,
              }),
            );
            break;
          } catch (error) {
            if (!(error instanceof SubjectKeysDestroyedError)) throw error;
            // An erased subject's backlog is not stored under fresh keys: drop and count it.
            const kept = rows.filter((row) => row.subject !== error.subject);
            dropped += rows.length - kept.length;
            rows = kept;
          }
        }
      }
    }
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
    });
    metrics.commitSeconds.observe((performance.now() - started) / 1000);
    if (outcome.fenced) {
      // Another instance catalogued these offsets (a rebalance moved the
      // partition): drop what this one buffered and read on from the stored offset.
      state.buffer = undefined;
      setBuffered(-buffer.bytes);
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
    state.buffer = undefined;
    setBuffered(-buffer.bytes);
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

  const append = (state: PartitionState, offset: bigint, opened: Opened) => {
    if (state.buffer === undefined) {
      state.buffer = {
        firstOffset: offset,
        lastOffset: offset,
        hour: undefined,
        rows: [],
        bytes: 0,
        lastAppendAt: now(),
      };
    }
    const buffer = state.buffer;
    buffer.lastOffset = offset;
    buffer.lastAppendAt = now();
    if (opened.kind === "rows") {
      buffer.hour = opened.hour;
      for (const row of opened.rows) buffer.rows.push(row);
      buffer.bytes += opened.bytes;
      setBuffered(opened.bytes);
    }
  };

  const handleBatch = async (batch: ConsumedBatch): Promise<void> => {
    const state = stateOf(batch.partition);
    await onPartition(state, async () => {
      for (const record of batch.records) {
        const offset = BigInt(record.offset);
        // Already buffered or committed: a re-fetch after a failure or a rebalance.
        if (state.nextOffset !== undefined && offset < state.nextOffset) continue;
        const opened = await openRecord(record);
        if (opened.kind === "poison") {
          await deadLetter(batch, record, opened.reason);
        } else {
          metrics.recordsConsumed.inc({ outcome: "buffered" });
          if (opened.redacted > 0) metrics.fieldsRedacted.inc(opened.redacted);
          // One file never spans two hours of receipt.
          const buffered = state.buffer;
          if (buffered !== undefined && buffered.hour !== undefined && buffered.hour !== opened.hour) {
            await flush(state);
          }
        }
        append(state, offset, opened);
        state.nextOffset = offset + 1n;
        crash("mid-buffer");
        const buffer = state.buffer;
        if (
          buffer !== undefined &&
          (buffer.rows.length >= config.MAX_FILE_ROWS || buffer.bytes >= config.MAX_FILE_BYTES)
        ) {
          await flush(state);
        }
      }
      metrics.consumerLag.set(
        { partition: String(batch.partition) },
        Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(batch.lastOffset) - 1n)),
      );
    });
    if (bufferedBytes > config.MAX_BUFFER_BYTES) await relievePressure();
  };

  /** Memory stays bounded whatever the backlog: stop fetching, write every buffer, fetch again. */
  const relievePressure = async () => {
    const all = [...partitions.values()].map(({ topic, partition }) => ({ topic, partition }));
    consumer?.pause(all);
    logger.info({ bufferedBytes }, "buffers full: consumption paused until files are written");
    try {
      await Promise.all([...partitions.values()].map((state) => onPartition(state, () => flush(state))));
    } finally {
      consumer?.resume(all);
    }
  };

  const flushIdle = () => {
    for (const state of partitions.values()) {
      const buffer = state.buffer;
      if (buffer === undefined || now() - buffer.lastAppendAt < config.FLUSH_IDLE_MS) continue;
      onPartition(state, async () => {
        const current = state.buffer;
        if (current !== undefined && now() - current.lastAppendAt >= config.FLUSH_IDLE_MS) await flush(state);
      }).catch((error: unknown) =>
        logger.error({ partition: state.partition, err: error }, "idle flush failed; retried later"),
      );
    }
  };

  return {
    stopped,
    async start() {
      const stored = await options.catalog.offsetsOf(config.PIPELINE_GROUP_ID, config.RAW_EVENTS_TOPIC);
      for (const [partition, offset] of stored) stateOf(partition).nextOffset = offset;
      consumer = await options.eventLog.consume({
        groupId: config.PIPELINE_GROUP_ID,
        topics: [config.RAW_EVENTS_TOPIC],
        fromBeginning: true,
        signal: abort.signal,
        handleBatch,
      });
      // Postgres, not Kafka's group offsets, says where each partition resumes.
      for (const [partition, offset] of stored) {
        consumer.seek({ topic: config.RAW_EVENTS_TOPIC, partition, offset: offset.toString() });
      }
      logger.info(
        { topic: config.RAW_EVENTS_TOPIC, groupId: config.PIPELINE_GROUP_ID, partitions: stored.size },
        "consuming from the offsets in Postgres",
      );
      const interval = Math.max(10, Math.min(1_000, Math.floor(config.FLUSH_IDLE_MS / 2)));
      idleTimer = setInterval(flushIdle, interval);
      consumer.stopped.then(settle.resolve, settle.reject);
    },
    async stop() {
      clearInterval(idleTimer);
      abort.abort();
      await consumer?.stopped.catch(() => {});
      // Let file commits already under way finish; start no new one.
      await Promise.all([...partitions.values()].map((state) => state.chain));
      settle.resolve();
    },
  };
}
