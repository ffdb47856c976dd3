import type { TopicSpec } from "./event-log.ts";

/** Encrypted event batches from the gateway, keyed by subject so a subject's events stay in order. */
export const rawEventsTopic = "cordon.events.raw.v1";

/** Records the pipeline could not process, kept for inspection and replay. */
export const deadLetterTopic = "cordon.events.deadletter.v1";

/**
 * Every topic Cordon uses. Only the raw topic is sized for throughput: its
 * partition count caps how many pipeline workers can consume in parallel.
 */
export function cordonTopics(options: { rawPartitions: number }): TopicSpec[] {
  return [
    { topic: rawEventsTopic, partitions: options.rawPartitions },
    { topic: deadLetterTopic, partitions: 1 },
  ];
}
