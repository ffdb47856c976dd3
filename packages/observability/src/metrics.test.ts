import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Counter, createMetricsRegistry } from "./metrics.ts";

describe("createMetricsRegistry", () => {
  it("exposes the service's counters and process metrics in Prometheus text format", async () => {
    const registry = createMetricsRegistry("gateway");
    const accepted = new Counter({
      name: "cordon_events_accepted_total",
      help: "events accepted",
      registers: [registry],
    });
    accepted.inc(3);
    const text = await registry.metrics();
    assert.match(text, /cordon_events_accepted_total\{service="gateway"\} 3/);
    assert.match(text, /process_resident_memory_bytes/);
  });

  it("keeps registries apart, so two services in one process do not collide", async () => {
    const a = createMetricsRegistry("a");
    const b = createMetricsRegistry("b");
    new Counter({ name: "cordon_same_name_total", help: "x", registers: [a] }).inc();
    new Counter({ name: "cordon_same_name_total", help: "x", registers: [b] });
    assert.match(await a.metrics(), /cordon_same_name_total\{service="a"\} 1/);
    assert.match(await b.metrics(), /cordon_same_name_total\{service="b"\} 0/);
  });
});
