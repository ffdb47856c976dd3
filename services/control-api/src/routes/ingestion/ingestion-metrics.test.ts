import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sumOfMetric } from "./ingestion-metrics.ts";

const exposition = `# HELP cordon_gateway_events_accepted_total Events accepted
# TYPE cordon_gateway_events_accepted_total counter
cordon_gateway_events_accepted_total{event_type="key.press"} 120
cordon_gateway_events_accepted_total{event_type="text.input"} 30
cordon_gateway_events_accepted_total_extra 999
cordon_pipeline_consumer_lag_records 7
`;

describe("reading one metric out of a Prometheus exposition", () => {
  it("sums every labelled sample of the named metric and nothing whose name only starts the same", () => {
    assert.equal(sumOfMetric(exposition, "cordon_gateway_events_accepted_total"), 150);
    assert.equal(sumOfMetric(exposition, "cordon_pipeline_consumer_lag_records"), 7);
  });

  it("answers null for a metric the service does not expose, so the chart shows a gap rather than a zero", () => {
    assert.equal(sumOfMetric(exposition, "cordon_pipeline_events_written_total"), null);
  });
});
