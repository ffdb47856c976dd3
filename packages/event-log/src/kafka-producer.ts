import { type Kafka, type Message, Partitioners, type Producer } from "kafkajs";
import type { EventRecord, StoredPosition } from "./event-log.ts";
import { connectOrForget } from "./kafka-connect.ts";

/**
 * The producer gives up after this many retries so a publish fails within
 * seconds (~10 s with kafkajs's backoff) instead of hanging: the gateway then
 * answers 503, the collector retries, and the batchId dedupes the retry.
 * kafkajs's idempotent default is to retry forever.
 */
export const producerRetries = 5;

export interface CoalescingProducer {
  /** Resolves with each record's position once the broker acknowledged it (acks=all). */
  publish(topic: string, records: readonly EventRecord[]): Promise<StoredPosition[]>;
  close(): Promise<void>;
}

/** The idempotent producer behind `EventLog.publish`, connected on first use. */
export function createCoalescingProducer(kafka: Kafka): CoalescingProducer {
  // The partitioner records which partition each record went to, so publish
  // can turn the per-partition base offsets of the response into per-record offsets.
  const partitionOf = new WeakMap<Message, number>();
  let producer: Promise<Producer> | undefined;

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

    async close() {
      const closing = producer;
      producer = undefined;
      await (await closing)?.disconnect();
    },
  };
}

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
