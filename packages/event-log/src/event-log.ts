/**
 * The project's view of Kafka: what the gateway, the pipeline and the stack
 * need, and nothing of the client library, so kafkajs can be replaced by
 * another client with evidence instead of a rewrite.
 *
 * Offsets are decimal strings because Kafka offsets are 64-bit.
 */

export interface EventRecord {
  key: string;
  value: Buffer;
  headers?: Record<string, string>;
}

/** Where the broker stored a published record. */
export interface StoredPosition {
  topic: string;
  partition: number;
  offset: string;
}

export interface TopicPartition {
  topic: string;
  partition: number;
}

/** A position in a partition, in Kafka's convention: the offset of the next record to read. */
export interface PartitionOffset extends TopicPartition {
  offset: string;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
  /** 1 unless set: right for the single local broker, too low for a production cluster. */
  replicationFactor?: number;
  /** Topic-level configuration, e.g. `max.message.bytes`. */
  config?: Record<string, string>;
}

export interface ConsumedRecord {
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  /** Milliseconds since the epoch, as the producer or broker stamped it. */
  timestamp: string;
}

/** Consecutive records of one partition, in offset order. */
export interface ConsumedBatch {
  topic: string;
  partition: number;
  records: ConsumedRecord[];
  firstOffset: string;
  lastOffset: string;
  /** The offset the next produced record will get; lag is `highWatermark - lastOffset - 1`. */
  highWatermark: string;
}

export interface ConsumeOptions {
  groupId: string;
  topics: string[];
  /**
   * Called once per batch; the next batch of the same partition comes after it
   * settles. Throwing makes the consumer fetch the batch again. Nothing is
   * committed unless the caller calls `commit`.
   */
  handleBatch: (batch: ConsumedBatch) => Promise<void>;
  /** Where a partition with no committed offset starts: the earliest record unless false. */
  fromBeginning?: boolean;
  /** Aborting stops the consumer like `stop()`. */
  signal?: AbortSignal;
  /**
   * How long the group waits for a member that stopped heartbeating before
   * giving its partitions to another; a member killed without leaving holds
   * them this long. At least the broker's `group.min.session.timeout.ms`.
   */
  sessionTimeoutMs?: number;
  /** How often the member heartbeats, also while `handleBatch` is still working on a batch. */
  heartbeatIntervalMs?: number;
}

export interface EventConsumer {
  /**
   * Moves the next read of a partition to `offset` (e.g. one the caller stored
   * with its own results). Takes effect on the next fetch of that partition, or
   * as soon as it is assigned to this member, so it can be called right after
   * `consume` resolves.
   */
  seek(position: PartitionOffset): void;
  /** Stores the group's positions in Kafka; the only way offsets are ever committed. */
  commit(positions: PartitionOffset[]): Promise<void>;
  pause(partitions: TopicPartition[]): void;
  resume(partitions: TopicPartition[]): void;
  /**
   * Lets the batch in progress finish, leaves the group, disconnects. Commits
   * nothing. From inside handleBatch, abort the signal instead of awaiting
   * this: stop waits for that very batch.
   */
  stop(): Promise<void>;
  /** Resolves once stopped by `stop()` or the signal; rejects if the consumer failed for good. */
  readonly stopped: Promise<void>;
}

export interface EventLog {
  /**
   * Appends records and resolves only after every in-sync replica has them
   * (acks=all, idempotent producer). Fails, never hangs, when a topic does not
   * exist or the cluster cannot be reached within the producer's retries.
   * The result has one position per record, in input order.
   */
  publish(topic: string, records: EventRecord[]): Promise<StoredPosition[]>;
  /** True when a broker answered a metadata request within `timeoutMs`. */
  isReachable(timeoutMs?: number): Promise<boolean>;
  /** Creates the topics that are missing; existing topics are left as they are. Returns the created names. */
  ensureTopics(topics: TopicSpec[]): Promise<string[]>;
  /** Joins `groupId` and starts delivering batches to `handleBatch`. */
  consume(options: ConsumeOptions): Promise<EventConsumer>;
  /** Stops the consumers it started and closes the producer and admin connections. */
  close(): Promise<void>;
}

export type EventLogLogLevel = "error" | "warn" | "info" | "debug";

/**
 * Receives the Kafka client's own log lines. `fields` holds only scalar values:
 * anything that could carry a record (buffers, arrays, objects) is dropped before
 * it gets here.
 */
export type EventLogLogger = (entry: {
  level: EventLogLogLevel;
  namespace: string;
  message: string;
  fields: Record<string, string | number | boolean>;
}) => void;

/**
 * Routes the client's log lines to a service logger (pino's method shape),
 * each tagged with the client namespace it came from.
 */
export function forwardKafkaLogs(
  logger: Record<EventLogLogLevel, (fields: object, message: string) => void>,
): EventLogLogger {
  return ({ level, namespace, message, fields }) =>
    logger[level]({ source: `kafkajs:${namespace}`, ...fields }, message);
}
