/**
 * End-to-end pipeline throughput: events POSTed to the gateway (built in
 * process, listening on loopback) until they are in committed lake files,
 * with the pipeline as its own process (services/pipeline/src/main.ts) so
 * its peak RSS (VmHWM) and KMS calls are its own.
 *
 *   node --import tsx bench/pipeline.ts [events] [eventsPerBatch] [concurrentPosts]
 */
import { readFileSync } from "node:fs";
import { exampleBatchEvents, PipelineStack } from "../tests/lib/pipeline-stack.ts";
import { freePort } from "./lib/gateway-process.ts";
import { reportFigure } from "./lib/summary.ts";

const totalEvents = Number(process.argv[2] ?? 40_000);
const perBatch = Number(process.argv[3] ?? 200);
const collectorsCount = 20;
const concurrency = Number(process.argv[4] ?? 4);

const stack = await PipelineStack.start("bench-pipeline", { partitions: 4 });
const metricsPort = await freePort();
const run = stack.spawnPipeline({
  PIPELINE_METRICS_PORT: String(metricsPort),
  LOG_LEVEL: "warn",
  FLUSH_IDLE_MS: "1000",
});
try {
  const collectors = await Promise.all(Array.from({ length: collectorsCount }, () => stack.enrol()));
  // Wait until the pipeline answers /metrics: it has joined and is consuming.
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${metricsPort}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const batches = Math.ceil(totalEvents / perBatch);
  const started = performance.now();
  let next = 0;
  let accepted = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < batches) {
        const index = next++;
        const count = await stack.send(
          collectors[index % collectorsCount] as (typeof collectors)[number],
          exampleBatchEvents(perBatch),
        );
        accepted += count;
      }
    }),
  );
  const sentSeconds = (performance.now() - started) / 1000;
  const catalogued = await stack.waitForCatalogued(accepted, 600_000);
  const seconds = (performance.now() - started) / 1000;
  const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const kmsCalls = [...metrics.matchAll(/^cordon_pipeline_kms_calls_total\{[^}]*\} (\d+)/gm)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
  const status = readFileSync(`/proc/${run.child.pid}/status`, "utf8");
  const peakRssMiB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  const files = (await stack.cataloguedFiles()).length;
  const label = process.env.BENCH_LABEL === undefined ? "" : ` (${process.env.BENCH_LABEL})`;
  reportFigure("pipeline", `gateway → lake committed${label}`, catalogued / seconds, "events/s");
  reportFigure("pipeline", `pipeline peak RSS${label}`, peakRssMiB, "MiB");
  console.table([
    { metric: "events accepted by the gateway", value: accepted },
    { metric: "batches refused (status: count)", value: JSON.stringify(Object.fromEntries(stack.refusals)) },
    { metric: "events catalogued", value: catalogued },
    { metric: "lake files", value: files },
    { metric: "gateway ingest (events/s)", value: Math.round(accepted / sentSeconds) },
    { metric: "end to end, gateway → lake committed (events/s)", value: Math.round(catalogued / seconds) },
    { metric: "pipeline peak RSS (MiB)", value: Math.round(peakRssMiB) },
    { metric: "pipeline KMS calls", value: kmsCalls },
    { metric: "KMS calls per million events", value: Math.round((kmsCalls / catalogued) * 1e6) },
  ]);
} finally {
  run.child.kill("SIGTERM");
  await run.exited;
  await stack.close();
}
