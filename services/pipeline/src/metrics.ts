import { Counter, createMetricsRegistry, Gauge, Histogram, type Registry } from "@cordon/observability";

/** What the pipeline counts; one set per process, exposed at GET /metrics. Labels never carry content. */
export interface PipelineMetrics {
  registry: Registry;
  /** Kafka records handled, by outcome: `buffered` or `dead-lettered`. */
  recordsConsumed: Counter<"outcome">;
  deadLettered: Counter<"reason">;
  eventsWritten: Counter;
  /** Events not written, by reason (`subject-keys-destroyed`). */
  eventsDropped: Counter<"reason">;
  /** Free-text fields dropped as prohibited content before writing (each leaves a marker). */
  fieldsRedacted: Counter;
  filesWritten: Counter;
  /** From the first PUT of a flush to the end of its catalog transaction. */
  commitSeconds: Histogram;
  bufferedBytes: Gauge;
  consumerLag: Gauge<"partition">;
  heldRecords: Gauge<"partition">;
  kmsCalls: Counter<"operation">;
}

export function createPipelineMetrics(): PipelineMetrics {
  const registry = createMetricsRegistry("pipeline");
  const registers = [registry];
  return {
    registry,
    recordsConsumed: new Counter({
      name: "cordon_pipeline_records_consumed_total",
      help: "raw records handled, by outcome",
      labelNames: ["outcome"],
      registers,
    }),
    deadLettered: new Counter({
      name: "cordon_pipeline_records_dead_lettered_total",
      help: "records sent to the dead-letter topic, by reason",
      labelNames: ["reason"],
      registers,
    }),
    eventsWritten: new Counter({
      name: "cordon_pipeline_events_written_total",
      help: "events written to lake files that were catalogued",
      registers,
    }),
    eventsDropped: new Counter({
      name: "cordon_pipeline_events_dropped_total",
      help: "events not written, by reason",
      labelNames: ["reason"],
      registers,
    }),
    fieldsRedacted: new Counter({
      name: "cordon_pipeline_fields_redacted_total",
      help: "free-text fields dropped as prohibited content (password fields, secrets)",
      registers,
    }),
    filesWritten: new Counter({
      name: "cordon_pipeline_files_written_total",
      help: "lake files uploaded and catalogued",
      registers,
    }),
    commitSeconds: new Histogram({
      name: "cordon_pipeline_commit_seconds",
      help: "time from the upload of a flush's files to the end of its catalog transaction",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    bufferedBytes: new Gauge({
      name: "cordon_pipeline_buffered_bytes",
      help: "plaintext bytes of records buffered and not yet in a committed file",
      registers,
    }),
    consumerLag: new Gauge({
      name: "cordon_pipeline_consumer_lag_records",
      help: "records behind the partition's high watermark at the last fetched batch",
      labelNames: ["partition"],
      registers,
    }),
    heldRecords: new Gauge({
      name: "cordon_pipeline_held_records",
      help: "records held back until typed text begun in them ends (or waits its longest)",
      labelNames: ["partition"],
      registers,
    }),
    kmsCalls: new Counter({
      name: "cordon_pipeline_kms_calls_total",
      help: "requests sent to KMS, by operation",
      labelNames: ["operation"],
      registers,
    }),
  };
}
