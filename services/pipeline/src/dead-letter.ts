import type { ConsumedBatch, ConsumedRecord, EventLog } from "@cordon/event-log";
import type { Logger } from "@cordon/observability";
import type { PipelineMetrics } from "./metrics.ts";
import type { PoisonReason } from "./open-record.ts";

export type DeadLetter = (
  batch: ConsumedBatch,
  record: ConsumedRecord,
  reason: PoisonReason,
) => Promise<void>;

/**
 * Sends a poison record to the dead-letter topic: the sealed bytes as they
 * came (still encrypted), so the record can be inspected or replayed, with
 * where it came from and why in headers.
 */
export function createDeadLetter(options: {
  eventLog: Pick<EventLog, "publish">;
  topic: string;
  metrics: PipelineMetrics;
  logger: Logger;
}): DeadLetter {
  const { eventLog, topic, metrics, logger } = options;
  return async (batch, record, reason) => {
    await eventLog.publish(topic, [
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
}
