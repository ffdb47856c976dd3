import { type Admin, Kafka, logLevel } from "kafkajs";
import type { EventConsumer, EventLog, EventLogLogger } from "./event-log.ts";
import { connectOrForget, withTimeout } from "./kafka-connect.ts";
import { startConsumer } from "./kafka-consumer.ts";
import { forwardTo, warnToStderr } from "./kafka-logs.ts";
import { createCoalescingProducer } from "./kafka-producer.ts";

export interface KafkaEventLogOptions {
  /** `host:port` bootstrap brokers. */
  brokers: string[];
  /** Shown in broker logs and metrics; one per service. */
  clientId: string;
  /** Receives kafkajs's log lines; the default prints warnings and errors to stderr. */
  logger?: EventLogLogger;
}

const defaultReachableTimeoutMs = 2_000;

/**
 * `EventLog` on kafkajs: the coalescing idempotent producer
 * (`kafka-producer.ts`), consumers (`kafka-consumer.ts`) and an admin client
 * for topics and readiness, each connected on first use.
 */
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
  const producer = createCoalescingProducer(kafka);
  let admin: Promise<Admin> | undefined;
  const consumers = new Set<EventConsumer>();

  const connectedAdmin = (): Promise<Admin> => {
    admin ??= connectOrForget(adminKafka.admin(), () => {
      admin = undefined;
    });
    return admin;
  };

  return {
    publish: (topic, records) => producer.publish(topic, records),

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
      const closingAdmin = admin;
      admin = undefined;
      await Promise.allSettled([producer.close(), (async () => (await closingAdmin)?.disconnect())()]);
    },
  };
}
