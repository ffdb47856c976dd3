export type {
  ConsumedBatch,
  ConsumedRecord,
  ConsumeOptions,
  EventConsumer,
  EventLog,
  EventLogLogger,
  EventLogLogLevel,
  EventRecord,
  PartitionOffset,
  StoredPosition,
  TopicPartition,
  TopicSpec,
} from "./event-log.ts";
export { forwardKafkaLogs } from "./event-log.ts";
export { createKafkaEventLog, type KafkaEventLogOptions } from "./kafka-event-log.ts";
export { cordonTopics, deadLetterTopic, maxRecordBytes, rawEventsTopic } from "./topics.ts";
