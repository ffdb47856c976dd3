import {
  type Admin,
  type IHeaders,
  Kafka,
  type KafkaMessage,
  type LogEntry,
  logLevel,
  type Message,
  Partitioners,
  type Producer,
} from "kafkajs";
import type {
  ConsumedBatch,
  ConsumedRecord,
  ConsumeOptions,
  EventConsumer,
  EventLog,
  EventLogLogger,
  EventLogLogLevel,
  StoredPosition,
  TopicPartition,
} from "./event-log.ts";

export interface KafkaEventLogOptions {
  /** `host:port` bootstrap brokers. */
  brokers: string[];
  /** Shown in broker logs and metrics; one per service. */
  clientId: string;
  /** Receives kafkajs's log lines; the default prints warnings and errors to stderr. */
  logger?: EventLogLogger;
}

/**
 * The producer gives up after this many retries so a publish fails within
 * seconds (~10 s with kafkajs's backoff) instead of hanging: the gateway then
 * answers 503, the collector retries, and the batchId dedupes the retry.
 * kafkajs's idempotent default is to retry forever.
 */
const producerRetries = 5;

const defaultReachableTimeoutMs = 2_000;

export function createKafkaEventLog(options: KafkaEventLogOptions): EventLog {
  const settings = {
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.INFO,
    logCreator: () => forwardTo(options.logger ?? warnToStderr),
  };
  const kafka = new Kafka(settings);
  // Connection retries are set per Kafka instance, not per client. The admin
  // client gets its own with few of them: a readiness probe against a dead
  // broker then gives up in about a second instead of keeping close() waiting
  // on kafkajs's default backoff (about ten seconds).
  const adminKafka = new Kafka({ ...settings, retry: { retries: 2 } });

  // The partitioner records which partition each record went to, so publish
  // can turn the per-partition base offsets of the response into per-record offsets.
  const partitionOf = new WeakMap<Message, number>();
  let producer: Promise<Producer> | undefined;
  let admin: Promise<Admin> | undefined;
  const consumers = new Set<EventConsumer>();

  const connectedProducer = (): Promise<Producer> => {
    producer ??= connectOrForget(
      kafka.producer({
        idempotent: true,
        // kafkajs holds a per-broker lock for idempotent produce requests anyway;
        // one in flight keeps its sequence numbers gapless when a request fails.
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        retry: { retries: producerRetries },
        createPartitioner: () => {
          const partition = Partitioners.DefaultPartitioner();
          return (args) => {
            const chosen = partition(args);
            partitionOf.set(args.message, chosen);
            return chosen;
          };
        },
      }),
      () => {
        producer = undefined;
      },
    );
    return producer;
  };

  const connectedAdmin = (): Promise<Admin> => {
    admin ??= connectOrForget(adminKafka.admin(), () => {
      admin = undefined;
    });
    return admin;
  };

  // The idempotent producer has one produce request in flight per broker, so
  // each publish awaited alone would cap throughput at one request per round
  // trip. Publishes that arrive while a request is in flight wait and then go
  // together in the next request (what the Java client calls linger), each
  // still resolved only with its own acknowledged offsets.
  const pending: PendingPublish[] = [];
  let sending = false;

  const drain = async (): Promise<void> => {
    if (sending) return;
    sending = true;
    try {
      while (pending.length > 0) {
        const group = takeGroup(pending, maxCoalescedBytes);
        try {
          const client = await connectedProducer();
          const byTopic = new Map<string, Message[]>();
          for (const item of group) {
            const list = byTopic.get(item.topic) ?? [];
            list.push(...item.messages);
            byTopic.set(item.topic, list);
          }
          const responses = await client.sendBatch({
            topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
            acks: -1,
          });
          const positions = positionsOf(byTopic, responses, partitionOf);
          for (const item of group)
            item.resolve(item.messages.map((message) => positionOrThrow(positions, message, item.topic)));
        } catch (error) {
          for (const item of group) item.reject(error);
        }
      }
    } finally {
      sending = false;
    }
  };

  return {
    publish(topic, records) {
      if (records.length === 0) return Promise.resolve([]);
      const messages: Message[] = records.map((record) => ({
        key: record.key,
        value: record.value,
        ...(record.headers === undefined ? {} : { headers: record.headers }),
      }));
      return new Promise<StoredPosition[]>((resolve, reject) => {
        pending.push({ topic, messages, bytes: sizeOf(messages), resolve, reject });
        void drain();
      });
    },

    async isReachable(timeoutMs = defaultReachableTimeoutMs) {
      const attempt = connectedAdmin().then(async (client) => {
        await client.describeCluster();
        return true;
      });
      attempt.catch(() => {});
      return withTimeout(attempt, timeoutMs, false).catch(() => false);
    },

    async ensureTopics(topics) {
      const client = await connectedAdmin();
      const existing = new Set(await client.listTopics());
      const missing = topics.filter((spec) => !existing.has(spec.topic));
      if (missing.length === 0) return [];
      // A topic another process created since listTopics makes createTopics
      // answer false instead of throwing, which is what idempotent means here.
      await client.createTopics({
        topics: missing.map((spec) => ({
          topic: spec.topic,
          numPartitions: spec.partitions,
          // kafkajs speaks CreateTopics v3, which cannot ask for the broker's default (-1).
          replicationFactor: spec.replicationFactor ?? 1,
          configEntries: Object.entries(spec.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
        waitForLeaders: true,
      });
      return missing.map((spec) => spec.topic);
    },

    async consume(consumeOptions) {
      const consumer = await startConsumer(kafka, consumeOptions);
      consumers.add(consumer);
      consumer.stopped.then(
        () => consumers.delete(consumer),
        () => consumers.delete(consumer),
      );
      return consumer;
    },

    async close() {
      await Promise.allSettled([...consumers].map((consumer) => consumer.stop()));
      const closing = [producer, admin].map(async (client) => (await client)?.disconnect());
      producer = undefined;
      admin = undefined;
      await Promise.allSettled(closing);
    },
  };
}

async function startConsumer(kafka: Kafka, options: ConsumeOptions): Promise<EventConsumer> {
  const consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false });
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const stopped = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  stopped.catch(() => {}); // the caller may never look at it

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= consumer.disconnect().then(() => settle.resolve(), settle.reject);
    return stopping;
  };
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart) settle.reject(payload.error);
  });

  await consumer.connect();
  try {
    await consumer.subscribe({ topics: options.topics, fromBeginning: options.fromBeginning ?? true });
    // Not awaited: run() resolves after the group join, and seek() has to be
    // callable before the first fetch. kafkajs applies a seek when the
    // partition is assigned.
    consumer
      .run({
        autoCommit: false,
        // The in-memory position moves past a batch once handleBatch returns;
        // the committed one only moves on commit().
        eachBatchAutoResolve: true,
        eachBatch: async ({ batch }) => {
          if (batch.isEmpty()) return;
          await options.handleBatch(toConsumedBatch(batch));
        },
      })
      .catch(settle.reject);
  } catch (error) {
    await consumer.disconnect();
    throw error;
  }

  if (options.signal !== undefined) {
    if (options.signal.aborted) await stop();
    else options.signal.addEventListener("abort", () => void stop(), { once: true });
  }

  return {
    seek: (position) => consumer.seek(position),
    commit: (positions) => consumer.commitOffsets(positions),
    pause: (partitions) => consumer.pause(byTopic(partitions)),
    resume: (partitions) => consumer.resume(byTopic(partitions)),
    stop,
    stopped,
  };
}

function toConsumedBatch(batch: {
  topic: string;
  partition: number;
  highWatermark: string;
  messages: KafkaMessage[];
}): ConsumedBatch {
  const records = batch.messages.map(
    (message): ConsumedRecord => ({
      offset: message.offset,
      key: message.key === null ? null : message.key.toString("utf8"),
      // Cordon's topics are never compacted, so there are no tombstones (null values).
      value: message.value ?? Buffer.alloc(0),
      headers: headersToStrings(message.headers),
      timestamp: message.timestamp,
    }),
  );
  const first = records[0];
  const last = records.at(-1);
  if (first === undefined || last === undefined) throw new Error("an empty batch reached toConsumedBatch");
  return {
    topic: batch.topic,
    partition: batch.partition,
    records,
    firstOffset: first.offset,
    lastOffset: last.offset,
    highWatermark: batch.highWatermark,
  };
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    // A header sent several times arrives as an array; the last one wins, as in Java's lastHeader().
    const one = Array.isArray(value) ? value.at(-1) : value;
    if (one !== undefined) result[name] = one.toString();
  }
  return result;
}

function byTopic(partitions: TopicPartition[]): { topic: string; partitions: number[] }[] {
  const grouped = new Map<string, number[]>();
  for (const { topic, partition } of partitions) {
    grouped.set(topic, [...(grouped.get(topic) ?? []), partition]);
  }
  return [...grouped].map(([topic, list]) => ({ topic, partitions: list }));
}

/** Connects a kafkajs client once; a failed connect is forgotten so the next call tries again. */
function connectOrForget<T extends { connect(): Promise<void> }>(client: T, forget: () => void): Promise<T> {
  return client.connect().then(
    () => client,
    (error: unknown) => {
      forget();
      throw error;
    },
  );
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, onTimeout: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const levels: Partial<Record<logLevel, EventLogLogLevel>> = {
  [logLevel.ERROR]: "error",
  [logLevel.WARN]: "warn",
  [logLevel.INFO]: "info",
  [logLevel.DEBUG]: "debug",
};

/**
 * Adapts kafkajs's log entries. Only scalar fields pass, so no record key,
 * value or header (kafkajs puts those in buffers, arrays and objects) can
 * reach a log line.
 */
function forwardTo(logger: EventLogLogger): (entry: LogEntry) => void {
  return ({ namespace, level, log }) => {
    const mapped = levels[level];
    if (mapped === undefined) return;
    const { message, timestamp: _timestamp, ...rest } = log;
    // Deliberate: see producerRetries.
    if (message.startsWith("Limiting retries for the idempotent producer")) return;
    const fields: Record<string, string | number | boolean> = {};
    for (const [name, value] of Object.entries(rest)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        fields[name] = value;
      }
    }
    logger({ level: mapped, namespace, message, fields });
  };
}

const warnToStderr: EventLogLogger = ({ level, namespace, message, fields }) => {
  if (level !== "error" && level !== "warn") return;
  process.stderr.write(`${JSON.stringify({ level, source: `kafkajs:${namespace}`, message, ...fields })}\n`);
};

/**
 * Keeps a coalesced request under the broker's default `message.max.bytes`
 * (1 MiB per record batch of a partition) whichever partitions the records
 * land in. A single larger publish still goes alone, as it would uncoalesced.
 */
const maxCoalescedBytes = 900 * 1024;

interface PendingPublish {
  topic: string;
  messages: Message[];
  bytes: number;
  resolve: (positions: StoredPosition[]) => void;
  reject: (error: unknown) => void;
}

function sizeOf(messages: Message[]): number {
  let bytes = 0;
  for (const message of messages) {
    bytes += (message.value as Buffer | null)?.length ?? 0;
    bytes += typeof message.key === "string" ? message.key.length : (message.key?.length ?? 0);
  }
  return bytes;
}

/** The oldest publishes whose bytes fit together; always at least one. */
function takeGroup(pending: PendingPublish[], maxBytes: number): PendingPublish[] {
  let count = 0;
  let bytes = 0;
  for (const item of pending) {
    if (count > 0 && bytes + item.bytes > maxBytes) break;
    bytes += item.bytes;
    count += 1;
  }
  return pending.splice(0, count);
}

/**
 * The broker answers with one base offset per topic partition; records of a
 * partition were appended in the order they were sent, so each record's
 * offset is the base plus its index among that partition's records.
 */
function positionsOf(
  byTopic: Map<string, Message[]>,
  responses: { topicName: string; partition: number; baseOffset?: string }[],
  partitionOf: WeakMap<Message, number>,
): Map<Message, StoredPosition> {
  const positions = new Map<Message, StoredPosition>();
  for (const [topic, messages] of byTopic) {
    const baseOffsets = new Map(
      responses.filter((r) => r.topicName === topic).map((r) => [r.partition, BigInt(r.baseOffset ?? "-1")]),
    );
    const nextIndex = new Map<number, bigint>();
    for (const message of messages) {
      const partition = partitionOf.get(message);
      const base = partition === undefined ? undefined : baseOffsets.get(partition);
      if (partition === undefined || base === undefined || base < 0n) continue;
      const index = nextIndex.get(partition) ?? 0n;
      nextIndex.set(partition, index + 1n);
      positions.set(message, { topic, partition, offset: (base + index).toString() });
    }
  }
  return positions;
}

function positionOrThrow(
  positions: Map<Message, StoredPosition>,
  message: Message,
  topic: string,
): StoredPosition {
  const position = positions.get(message);
  if (position === undefined) {
    throw new Error(`the broker's answer for ${topic} has no offset for one of the records`);
  }
  return position;
}
