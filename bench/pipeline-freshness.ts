/**
 * Freshness and recovery of the pipeline, before and after in one run:
 *
 * 1. Freshness under continuous load: batches POSTed at a steady rate for a
 *    whole phase, the pipeline as its own process. The catalog's event count
 *    is sampled every 250 ms next to the count of acknowledged events; the
 *    freshness of the n-th acknowledged event is the time from its 202 until
 *    the catalog holds n events (partitions are consumed in parallel, so this
 *    treats the catalog as first in, first out: an estimate, within a file's
 *    commit). Printed for "no maximum file age" (files cut on size or
 *    idleness only, as before) and for the configured maximum age.
 * 2. Restart after SIGKILL: a pipeline is killed under load and a new one
 *    started at once; printed is the time from the new process's start to its
 *    joining the group (start-up) and to the first file it commits, for
 *    kafkajs's default 30 s session timeout (as before) and for the
 *    pipeline's default.
 *
 *   node --import tsx bench/pipeline-freshness.ts [phaseSeconds] [eventsPerSecond]
 */
import { loadavg } from "node:os";
import { exampleBatchEvents, PipelineStack } from "../tests/lib/pipeline-stack.ts";
import { reportFigure } from "./lib/summary.ts";

const phaseSeconds = Number(process.argv[2] ?? 90);
const eventsPerSecond = Number(process.argv[3] ?? 2_000);
const perBatch = 100;
const collectorsCount = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Sends at a steady rate for `seconds`; returns when each cumulative count of acknowledged events was reached. */
async function steadyLoad(
  stack: PipelineStack,
  collectors: Awaited<ReturnType<PipelineStack["enrol"]>>[],
  seconds: number,
): Promise<{ at: number; acknowledged: number }[]> {
  const acks: { at: number; acknowledged: number }[] = [];
  let acknowledged = 0;
  const batchesPerSecond = eventsPerSecond / perBatch;
  const total = Math.round(batchesPerSecond * seconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index / batchesPerSecond) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await pause(wait);
    const collector = collectors[index % collectors.length] as (typeof collectors)[number];
    inFlight.push(
      stack.send(collector, exampleBatchEvents(perBatch)).then((count) => {
        acknowledged += count;
        acks.push({ at: performance.now(), acknowledged });
      }),
    );
  }
  await Promise.all(inFlight);
  return acks;
}

// The pipeline's own defaults, not the test stack's short idle flush and typed-text hold.
const serviceDefaults = { FLUSH_IDLE_MS: "10000", TYPED_TEXT_HOLD_MS: "30000" };

async function freshnessPhase(label: string, env: Record<string, string>) {
  const stack = await PipelineStack.start("bench-fresh", { partitions: 4 });
  const run = stack.spawnPipeline({ LOG_LEVEL: "warn", ...serviceDefaults, ...env });
  try {
    const collectors = await Promise.all(Array.from({ length: collectorsCount }, () => stack.enrol()));
    const samples: { at: number; catalogued: number }[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        samples.push({ at: performance.now(), catalogued: await stack.cataloguedEvents() });
        await pause(250);
      }
    })();
    const acks = await steadyLoad(stack, collectors, phaseSeconds);
    const total = acks.at(-1)?.acknowledged ?? 0;
    await stack.waitForCatalogued(total, 600_000);
    samples.push({ at: performance.now(), catalogued: await stack.cataloguedEvents() });
    sampling = false;
    await sampler;
    // Freshness of each acknowledged batch: from its 202 until the catalog count reached its cumulative count.
    const ages: number[] = [];
    let sample = 0;
    for (const ack of acks) {
      while (sample < samples.length && (samples[sample]?.catalogued ?? 0) < ack.acknowledged) sample++;
      const reached = samples[sample];
      if (reached !== undefined) ages.push(Math.max(0, reached.at - ack.at) / 1000);
    }
    ages.sort((a, b) => a - b);
    reportFigure("freshness", `${label}: freshness p50`, percentile(ages, 50), "s");
    reportFigure("freshness", `${label}: freshness p99`, percentile(ages, 99), "s");
    return {
      phase: label,
      seconds: phaseSeconds,
      events: total,
      "freshness p50 (s)": percentile(ages, 50).toFixed(1),
      "freshness p99 (s)": percentile(ages, 99).toFixed(1),
      "load average": load(),
    };
  } finally {
    run.child.kill("SIGTERM");
    await run.exited;
    await stack.close();
  }
}

/** What the pipeline logs once it has joined the group and sought its stored offsets. */
const consumingMessage = "consuming from the offsets in Postgres";

async function restartPhase(label: string, env: Record<string, string>) {
  const stack = await PipelineStack.start("bench-restart", { partitions: 4 });
  // A short typed-text hold: this phase measures how soon partitions come back, not that wait.
  const settings = {
    LOG_LEVEL: "info",
    ...serviceDefaults,
    MAX_FILE_ROWS: "2000",
    FLUSH_IDLE_MS: "500",
    TYPED_TEXT_HOLD_MS: "1000",
    ...env,
  };
  let loading = true;
  try {
    const collectors = await Promise.all(Array.from({ length: collectorsCount }, () => stack.enrol()));
    const sender = (async () => {
      for (let index = 0; loading; index++) {
        await stack.send(
          collectors[index % collectors.length] as (typeof collectors)[number],
          exampleBatchEvents(50),
        );
        await pause(20);
      }
    })();
    const first = stack.spawnPipeline(settings);
    await stack.waitForCatalogued(1, 120_000);
    await pause(3_000);
    first.child.kill("SIGKILL");
    await first.exited;
    const before = await stack.cataloguedEvents();
    const started = performance.now();
    const second = stack.spawnPipeline(settings);
    let firstFileSeconds = Number.NaN;
    let startUpSeconds = Number.NaN;
    for (let poll = 0; poll < 1_200; poll++) {
      if (Number.isNaN(startUpSeconds) && second.output.some((line) => line.includes(consumingMessage))) {
        startUpSeconds = (performance.now() - started) / 1000;
      }
      if ((await stack.cataloguedEvents()) > before) {
        firstFileSeconds = (performance.now() - started) / 1000;
        break;
      }
      await pause(100);
    }
    loading = false;
    await sender;
    reportFigure("freshness", `${label}: restart → first committed file`, firstFileSeconds, "s");
    second.child.kill("SIGTERM");
    await second.exited;
    return {
      phase: label,
      "process start → consumer started (s)": startUpSeconds.toFixed(1),
      "restart → first committed file (s)": firstFileSeconds.toFixed(1),
      "load average": load(),
    };
  } finally {
    loading = false;
    await stack.close();
  }
}

const freshness = [
  await freshnessPhase("no maximum file age (before)", { MAX_FILE_AGE_MS: "86400000" }),
  await freshnessPhase("MAX_FILE_AGE_MS default (after)", {}),
];
console.log(`\nfreshness at ${eventsPerSecond} events/s, ${perBatch} events per batch`);
console.table(freshness);

const restarts = [
  await restartPhase("session timeout 30 s (kafkajs default, before)", {
    KAFKA_SESSION_TIMEOUT_MS: "30000",
    KAFKA_HEARTBEAT_INTERVAL_MS: "3000",
  }),
  await restartPhase("KAFKA_SESSION_TIMEOUT_MS default (after)", {}),
];
console.log("\nrestart after SIGKILL under load");
console.table(restarts);
