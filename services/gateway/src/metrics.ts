import { Counter, createMetricsRegistry, Gauge, Histogram, type Registry } from "@cordon/observability";

/** What the gateway counts; one set per gateway instance, exposed at GET /metrics. */
export interface GatewayMetrics {
  registry: Registry;
  requests: Counter<"route" | "method" | "status">;
  eventsAccepted: Counter;
  /** Labelled with the rejection code, never with anything from the event. */
  eventsRejected: Counter<"reason">;
  /** Batches answered from the idempotency ledger instead of being produced again. */
  batchesDeduplicated: Counter;
  /** From the produce call to Kafka's acknowledgement (or failure). */
  produceSeconds: Histogram<"outcome">;
  producesInFlight: Gauge;
  kmsCalls: Counter<"operation">;
  /** Refused token requests, by error code: the alertable count of credential guessing. */
  tokenRefusals: Counter<"reason">;
  /** Minutes in which refused token requests reached TOKEN_REFUSAL_BURST_PER_MINUTE. */
  tokenRefusalBursts: Counter;
  /** Aggregated refusal records the access log did not take. */
  refusalAuditFailures: Counter;
  /** Events dropped because they came from an excluded app or URL, by the exclusion's reason. */
  eventsExcluded: Counter<"reason">;
}

export function createGatewayMetrics(): GatewayMetrics {
  const registry = createMetricsRegistry("gateway");
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "cordon_gateway_requests_total",
      help: "HTTP requests answered, by route, method and status",
      labelNames: ["route", "method", "status"],
      registers,
    }),
    eventsAccepted: new Counter({
      name: "cordon_gateway_events_accepted_total",
      help: "events accepted into Kafka",
      registers,
    }),
    eventsRejected: new Counter({
      name: "cordon_gateway_events_rejected_total",
      help: "events refused one by one inside accepted batches, by rejection code",
      labelNames: ["reason"],
      registers,
    }),
    batchesDeduplicated: new Counter({
      name: "cordon_gateway_batches_deduplicated_total",
      help: "batches whose id was already accepted, answered without producing again",
      registers,
    }),
    produceSeconds: new Histogram({
      name: "cordon_gateway_produce_seconds",
      help: "time from producing a batch until Kafka acknowledged or failed it",
      labelNames: ["outcome"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    producesInFlight: new Gauge({
      name: "cordon_gateway_produces_in_flight",
      help: "batches sent to Kafka and not yet acknowledged or failed",
      registers,
    }),
    kmsCalls: new Counter({
      name: "cordon_gateway_kms_calls_total",
      help: "requests sent to KMS, by operation",
      labelNames: ["operation"],
      registers,
    }),
    tokenRefusals: new Counter({
      name: "cordon_gateway_token_refusals_total",
      help: "token requests refused (bad body, bad credentials, rate limited), by error code",
      labelNames: ["reason"],
      registers,
    }),
    tokenRefusalBursts: new Counter({
      name: "cordon_gateway_token_refusal_bursts_total",
      help: "minutes in which refused token requests reached the burst threshold",
      registers,
    }),
    refusalAuditFailures: new Counter({
      name: "cordon_gateway_refusal_audit_failures_total",
      help: "aggregated auth.denied records that could not be appended to the access log",
      registers,
    }),
    eventsExcluded: new Counter({
      name: "cordon_gateway_events_excluded_total",
      help: "events dropped because they came from an excluded app or URL, by the exclusion's reason",
      labelNames: ["reason"],
      registers,
    }),
  };
}
