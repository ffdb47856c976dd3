import type { IHeaders, Kafka, KafkaMessage } from "kafkajs";
import type {
  ConsumedBatch,
  ConsumedRecord,
  ConsumeOptions,
  EventConsumer,
  TopicPartition,
} from "./event-log.ts";

/**
 * Joins the consumer group and hands each non-empty batch to
 * `options.handleBatch`. Offsets are committed only on `commit()`: where a
 * partition resumes is the caller's decision.
 */
export async function startConsumer(kafka: Kafka, options: ConsumeOptions): Promise<EventConsumer> {
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
