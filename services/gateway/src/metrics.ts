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
  };
}
