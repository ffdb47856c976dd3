/**
 * Pipeline throughput, in two phases against the local stack:
 *
 * 1. **End to end**: events POSTed to the gateway (built in process, listening
 *    on loopback) while the pipeline (services/pipeline/src/main.ts, its own
 *    process) writes them, until every accepted event is in a committed lake
 *    file. Here the gateway built into this driver is usually the slower side.
 * 2. **Backlog drain**: the same number of events accepted by the gateway
 *    first, with no pipeline running, then a fresh pipeline started on the
 *    full topic: events/s from its start to the last catalogued file, and its
 *    peak RSS over a backlog (the pipeline alone, as after an outage).
 *
 *   node --import tsx bench/pipeline.ts [events] [eventsPerBatch] [concurrentPosts]
 *
 * BENCH_PIPELINE_PHASES=e2e,drain picks phases (both by default).
 * BENCH_PIPELINE_CHECKOUT runs the pipeline of another checkout of the repository (with its
 * own `npm ci`), so that two versions can be compared in one run on the same stack.
 * BENCH_PIPELINE_NODE_ARGS passes node flags to the pipeline process (for
 * example "--cpu-prof --cpu-prof-dir=/tmp/prof": the profile is written when it stops).
 * BENCH_PIPELINE_ENV sets pipeline settings, e.g. "LAKE_WRITER_THREADS=0,MAX_BUFFER_BYTES=67108864".
 * BENCH_PIPELINE_COPIES runs that many pipeline processes in one consumer group
 * (default 1), as an operator would run one per core; RSS is then the highest
 * of the copies and CPU seconds their sum.
 * Every line prints the load average: compare figures from one run on a quiet host.
 */
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { exampleBatchEvents, PipelineStack } from "../tests/lib/pipeline-stack.ts";
import { freePort } from "./lib/gateway-process.ts";
import { reportFigure } from "./lib/summary.ts";

const totalEvents = Number(process.argv[2] ?? 40_000);
const perBatch = Number(process.argv[3] ?? 200);
const collectorsCount = 20;
const concurrency = Number(process.argv[4] ?? 4);
const phases = (process.env.BENCH_PIPELINE_PHASES ?? "e2e,drain").split(",");
// Another checkout's pipeline (its own node_modules installed), to compare two versions in one run.
const checkout = process.env.BENCH_PIPELINE_CHECKOUT;
const copies = Number(process.env.BENCH_PIPELINE_COPIES ?? 1);
const label = [process.env.BENCH_LABEL, copies > 1 ? `${copies} pipeline copies` : undefined].filter(
  (part) => part !== undefined,
);
const labelText = label.length === 0 ? "" : ` (${label.join(", ")})`;
const load = () =>
  loadavg()
    .map((average) => average.toFixed(2))
    .join(" ");

console.log(
  `pipeline bench: ${totalEvents} events, ${perBatch} per batch, ${concurrency} posts in flight; ${availableParallelism()} CPUs, load average ${load()}`,
);

if (phases.includes("e2e")) await endToEnd();
if (phases.includes("drain")) await drain();

async function endToEnd(): Promise<void> {
  const stack = await PipelineStack.start("bench-pipeline", { partitions: 4 });
  const pipeline = await startPipeline(stack);
  try {
    const collectors = await Promise.all(Array.from({ length: collectorsCount }, () => stack.enrol()));
    const started = performance.now();
    const { accepted, seconds: sentSeconds } = await sendAll(stack, collectors);
    const catalogued = await stack.waitForCatalogued(accepted, 1_800_000);
    const seconds = (performance.now() - started) / 1000;
    const figures = await pipeline.figures(catalogued);
    reportFigure("pipeline", `gateway → lake committed${labelText}`, catalogued / seconds, "events/s");
    reportFigure("pipeline", `pipeline peak RSS${labelText}`, figures.peakRssMiB, "MiB");
    console.log(`\nend to end (load average ${load()})`);
    console.table([
      { metric: "events accepted by the gateway", value: accepted },
      {
        metric: "batches refused (status: count)",
        value: JSON.stringify(Object.fromEntries(stack.refusals)),
      },
      { metric: "events catalogued", value: catalogued },
      { metric: "lake files", value: (await stack.cataloguedFiles()).length },
      { metric: "gateway ingest (events/s)", value: Math.round(accepted / sentSeconds) },
      { metric: "end to end, gateway → lake committed (events/s)", value: Math.round(catalogued / seconds) },
      { metric: "pipeline peak RSS (MiB)", value: Math.round(figures.peakRssMiB) },
      { metric: "KMS calls per million events", value: Math.round((figures.kmsCalls / catalogued) * 1e6) },
    ]);
  } finally {
    await pipeline.stop();
    await stack.close();
  }
}

async function drain(): Promise<void> {
  const stack = await PipelineStack.start("bench-drain", { partitions: 4 });
  try {
    const collectors = await Promise.all(Array.from({ length: collectorsCount }, () => stack.enrol()));
    const { accepted, seconds: sentSeconds } = await sendAll(stack, collectors);
    if (stack.refusals.size > 0)
      console.log("batches refused (status: count)", Object.fromEntries(stack.refusals));
    console.log(
      `\nbacklog of ${accepted} events written in ${sentSeconds.toFixed(1)} s; starting the pipeline (load average ${load()})`,
    );
    const started = performance.now();
    const pipeline = await startPipeline(stack);
    try {
      const catalogued = await stack.waitForCatalogued(accepted, 1_800_000);
      const seconds = (performance.now() - started) / 1000;
      const figures = await pipeline.figures(catalogued);
      reportFigure("pipeline", `backlog drained${labelText}`, catalogued / seconds, "events/s");
      reportFigure("pipeline", `pipeline peak RSS over the backlog${labelText}`, figures.peakRssMiB, "MiB");
      console.log(`\nbacklog drain (load average ${load()})`);
      console.table([
        { metric: "events in the backlog", value: accepted },
        { metric: "events catalogued", value: catalogued },
        { metric: "lake files", value: (await stack.cataloguedFiles()).length },
        { metric: "drain, pipeline start → last file committed (s)", value: Number(seconds.toFixed(1)) },
        { metric: "drain (events/s)", value: Math.round(catalogued / seconds) },
        { metric: "pipeline peak RSS (MiB)", value: Math.round(figures.peakRssMiB) },
        { metric: "pipeline CPU seconds", value: Number(figures.cpuSeconds.toFixed(1)) },
        { metric: "events per pipeline CPU second", value: Math.round(catalogued / figures.cpuSeconds) },
      ]);
    } finally {
      await pipeline.stop();
    }
  } finally {
    await stack.close();
  }
}

async function sendAll(
  stack: PipelineStack,
  collectors: Awaited<ReturnType<PipelineStack["enrol"]>>[],
): Promise<{ accepted: number; seconds: number }> {
  const batches = Math.ceil(totalEvents / perBatch);
  const started = performance.now();
  let next = 0;
  let accepted = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < batches) {
        const index = next++;
        const collector = collectors[index % collectorsCount] as (typeof collectors)[number];
        const count = await stack.send(collector, exampleBatchEvents(perBatch));
        accepted += count;
      }
    }),
  );
  return { accepted, seconds: (performance.now() - started) / 1000 };
}

/** `copies` pipeline processes in one group, once each answers /healthz; figures over all of them. */
async function startPipeline(stack: PipelineStack) {
  const started = await Promise.all(Array.from({ length: copies }, () => startOnePipeline(stack)));
  return {
    async figures(catalogued: number) {
      const each = await Promise.all(started.map((pipeline) => pipeline.figures(catalogued)));
      return {
        catalogued,
        kmsCalls: each.reduce((sum, figures) => sum + figures.kmsCalls, 0),
        cpuSeconds: each.reduce((sum, figures) => sum + figures.cpuSeconds, 0),
        peakRssMiB: Math.max(...each.map((figures) => figures.peakRssMiB)),
      };
    },
    async stop() {
      await Promise.all(started.map((pipeline) => pipeline.stop()));
    },
  };
}

/** One pipeline as its own process, once it answers /healthz (joined and consuming). */
async function startOnePipeline(stack: PipelineStack) {
  const metricsPort = await freePort();
  const run = stack.spawnPipeline(
    {
      PIPELINE_METRICS_PORT: String(metricsPort),
      LOG_LEVEL: "warn",
      FLUSH_IDLE_MS: "1000",
      ...Object.fromEntries(
        (process.env.BENCH_PIPELINE_ENV ?? "")
          .split(",")
          .filter((setting) => setting.includes("="))
          .map((setting) => [
            setting.slice(0, setting.indexOf("=")),
            setting.slice(setting.indexOf("=") + 1),
          ]),
      ),
    },
    {
      nodeArgs: (process.env.BENCH_PIPELINE_NODE_ARGS ?? "").split(" ").filter((arg) => arg !== ""),
      ...(checkout === undefined ? {} : { checkout }),
    },
  );
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${metricsPort}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (run.child.exitCode !== null) throw new Error(`pipeline exited:\n${run.output.join("").slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    async figures(catalogued: number) {
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      const kmsCalls = [...metrics.matchAll(/^cordon_pipeline_kms_calls_total\{[^}]*\} (\d+)/gm)].reduce(
        (sum, m) => sum + Number(m[1]),
        0,
      );
      // utime + stime of /proc/<pid>/stat, in clock ticks of 1/100 s.
      const stat = readFileSync(`/proc/${run.child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      const cpuSeconds = (Number(stat[11]) + Number(stat[12])) / 100;
      const status = readFileSync(`/proc/${run.child.pid}/status`, "utf8");
      const peakRssMiB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
      return { kmsCalls, cpuSeconds, peakRssMiB, catalogued };
    },
    async stop() {
      run.child.kill("SIGTERM");
      await run.exited;
    },
  };
}
