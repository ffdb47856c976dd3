import type { TopicSpec } from "./event-log.ts";

/** Encrypted event batches from the gateway, keyed by subject so a subject's events stay in order. */
export const rawEventsTopic = "cordon.events.raw.v1";

/** Records the pipeline could not process, kept for inspection and replay. */
export const deadLetterTopic = "cordon.events.deadletter.v1";

/**
 * Largest record the Cordon topics accept. A raw record is one whole batch:
 * the gateway lets a batch inflate to MAX_DECOMPRESSED_BYTES (8 MiB by default),
 * far past Kafka's 1 MiB default, which would turn every large batch into a
 * 503 the collector retries forever. Keep the gateway's limit below this.
 */
export const maxRecordBytes = 16 * 1024 * 1024;

const recordSizeConfig = { "max.message.bytes": String(maxRecordBytes) };

/**
 * Every topic Cordon uses. Only the raw topic is sized for throughput: its
 * partition count caps how many pipeline workers can consume in parallel.
 */
export function cordonTopics(options: { rawPartitions: number }): TopicSpec[] {
  return [
    { topic: rawEventsTopic, partitions: options.rawPartitions, config: recordSizeConfig },
    { topic: deadLetterTopic, partitions: 1, config: recordSizeConfig },
  ];
}
