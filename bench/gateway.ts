/**
 * Gateway throughput benchmark (a script, not a test). Expects the local stack
 * (`npm run stack:up`). Starts the gateway on a free loopback port with a
 * fresh topic (or uses GATEWAY_URL), drives POST /v1/batches at batch sizes
 * 50, 200 and 1000 with pre-built gzip bodies of simulated events, then runs
 * Kafka's ProducerPerformance with the same record count and size against the
 * same broker and prints gateway MB/s ÷ raw producer MB/s.
 *
 *   node --import tsx bench/gateway.ts
 *
 * Knobs (environment): BENCH_EVENTS (events per batch size, default 200000),
 * BENCH_PHASE_SECONDS (time bound per batch size, default 20), BENCH_CONCURRENCY
 * (requests in flight, default 32), BENCH_COLLECTORS (default 16),
 * GATEWAY_URL + GATEWAY_TOPIC (use a running gateway instead of starting one),
 * BENCH_GATEWAY_NODE_ARGS (node flags for the gateway, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
 * BENCH_TRANSIT_COMPRESSION (the gateway's TRANSIT_COMPRESSION: gzip, the default, or none).
 */
import { availableParallelism, loadavg } from "node:os";
import { createKafkaEventLog, type EventLog } from "@cordon/event-log";
import { stackEnv, testId } from "@cordon/testkit";
import { rawBatchHeaders } from "@cordon/transit";
import { type PreparedBody, prepareBodies, simulatedEventPool } from "./lib/batch-bodies.ts";
import {
  enrolBenchCollectors,
  type StartedGateway,
  sampleGatewayProcess,
  startGateway,
} from "./lib/gateway-process.ts";
import { driveBatches, type LoadResult, percentile } from "./lib/load.ts";
import { type ProducerPerformanceResult, runProducerPerformance } from "./lib/producer-performance.ts";
import { reportFigure } from "./lib/summary.ts";

const batchSizes = [50, 200, 1000] as const;
const eventsPerSize = numberFromEnv("BENCH_EVENTS", 200_000);
const phaseMs = numberFromEnv("BENCH_PHASE_SECONDS", 20) * 1000;
const concurrency = numberFromEnv("BENCH_CONCURRENCY", 32);
const collectors = numberFromEnv("BENCH_COLLECTORS", 16);
// As many as the stack gives cordon.events.raw.v1, so both topics spread load alike.
const partitions = numberFromEnv("CORDON_RAW_PARTITIONS", 6);
const mib = 1024 * 1024;

interface Phase {
  eventsPerBatch: number;
  load: LoadResult;
  peakRssBytes: number;
  /** Gateway process CPU seconds over the phase (user + system), from its /metrics. */
  cpuSeconds: number | undefined;
  meanRecordBytes: number;
  recordSizeMeasured: boolean;
  producer?: ProducerPerformanceResult;
}

const env = stackEnv();
const brokers = (env.KAFKA_BROKERS ?? "").split(",").filter((broker) => broker !== "");
if (brokers.length === 0 || env.DATABASE_URL === undefined) {
  throw new Error("KAFKA_BROKERS and DATABASE_URL are needed: run `npm run stack:up` first");
}
const runId = testId("bench");
// Everything (gateway, Kafka, Postgres, this driver) shares one host: the load says how much else was running.
const loadAtStart = loadavg()[0] ?? 0;
// The whole run is bounded: a wedged broker or gateway must not leave it hanging.
const watchdog = setTimeout(() => {
  console.error("benchmark took longer than 8 minutes; stopping");
  void cleanUp().finally(() => process.exit(2));
}, 8 * 60_000);

const eventLog: EventLog = createKafkaEventLog({ brokers, clientId: "cordon-bench", logger: () => {} });
let gateway: StartedGateway | undefined;

async function cleanUp(): Promise<void> {
  await gateway?.stop();
  await eventLog.close().catch(() => undefined);
}

try {
  const external = optionalEnv("GATEWAY_URL");
  const topic = external === undefined ? `${runId}.gateway` : optionalEnv("GATEWAY_TOPIC");
  if (external === undefined && topic !== undefined) {
    await eventLog.ensureTopics([{ topic, partitions }]);
    console.log(`starting the gateway (topic ${topic}, ${partitions} partitions)…`);
    gateway = await startGateway(
      {
        ...definedOnly(env),
        RAW_EVENTS_TOPIC: topic,
        LOG_LEVEL: "warn",
        TRANSIT_COMPRESSION: optionalEnv("BENCH_TRANSIT_COMPRESSION") ?? "gzip",
      },
      { nodeArgs: optionalEnv("BENCH_GATEWAY_NODE_ARGS")?.split(" ") ?? [] },
    );
  }
  const gatewayUrl = external ?? gateway?.url ?? "";
  console.log(`gateway at ${gatewayUrl}; enrolling ${collectors} collectors`);
  const tokens = await enrolBenchCollectors(env.DATABASE_URL, gatewayUrl, collectors, runId);

  const prepStarted = performance.now();
  const pool = simulatedEventPool(60_000, 42);
  const prepared = new Map<number, PreparedBody[]>();
  for (const size of batchSizes)
    prepared.set(size, prepareBodies(pool, size, Math.ceil(eventsPerSize / size)));
  const meanEventBytes = pool.reduce((sum, event) => sum + event.length, 0) / pool.length;
  console.log(
    `prepared gzip bodies from ${pool.length} simulated events (mean ${meanEventBytes.toFixed(0)} B of JSON) in ${((performance.now() - prepStarted) / 1000).toFixed(1)} s`,
  );

  // Token caches, the transit data key, JIT: paid before anything is measured.
  const warmUp = await driveBatches({
    gatewayUrl,
    bodies: prepareBodies(pool, 50, 200),
    tokens,
    concurrency: 8,
    maxDurationMs: phaseMs,
  });
  const batchSizeOf = new Map<string, number>(warmUp.acceptedBatchIds.map((id) => [id, 0]));

  const phases: Phase[] = [];
  for (const size of batchSizes) {
    const rss = sampleGatewayProcess(gatewayUrl);
    const load = await driveBatches({
      gatewayUrl,
      bodies: prepared.get(size) ?? [],
      tokens,
      concurrency,
      maxDurationMs: phaseMs,
    });
    // One last sample after the phase, so the CPU figure covers the whole of it.
    const { peakRssBytes, cpuSeconds } = await rss.stop();
    for (const id of load.acceptedBatchIds) batchSizeOf.set(id, size);
    const jsonBytes = (prepared.get(size) ?? []).reduce((sum, body) => sum + body.jsonBytes, 0);
    phases.push({
      eventsPerBatch: size,
      load,
      peakRssBytes,
      cpuSeconds,
      // Replaced by the measured size below when the topic can be read.
      meanRecordBytes: Math.round(jsonBytes / Math.max(1, prepared.get(size)?.length ?? 1)),
      recordSizeMeasured: false,
    });
    console.log(`batch size ${size}: ${load.requests} requests in ${(load.elapsedMs / 1000).toFixed(1)} s`);
  }

  if (topic !== undefined) {
    const sizes = await recordValueSizes(eventLog, topic, batchSizeOf);
    for (const phase of phases) {
      const measured = sizes.get(phase.eventsPerBatch);
      if (measured === undefined) continue;
      phase.meanRecordBytes = Math.round(measured.bytes / measured.count);
      phase.recordSizeMeasured = true;
    }
  }
  await gateway?.stop();
  gateway = undefined;

  for (const phase of phases) {
    const records = phase.load.acceptedBatchIds.length;
    if (records === 0) continue;
    const producerTopic = `${runId}.producer-perf.${phase.eventsPerBatch}`;
    await eventLog.ensureTopics([{ topic: producerTopic, partitions }]);
    console.log(`ProducerPerformance: ${records} records of ${phase.meanRecordBytes} B to ${producerTopic}…`);
    phase.producer = await runProducerPerformance({
      bootstrapServers: brokers.join(","),
      topic: producerTopic,
      records,
      recordSizeBytes: phase.meanRecordBytes,
      timeoutMs: 120_000,
    });
    console.log(`  ${phase.producer.summaryLine}`);
  }

  printReport(phases, meanEventBytes);
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}

function printReport(phases: Phase[], meanEventBytes: number): void {
  const rows = phases.map((phase) => {
    const { load } = phase;
    const seconds = load.elapsedMs / 1000;
    const latencies = [...load.latenciesMs].sort((a, b) => a - b);
    const records = load.acceptedBatchIds.length;
    const recordMibPerSecond = (records * phase.meanRecordBytes) / mib / seconds;
    const producer = phase.producer;
    reportFigure(
      "gateway",
      `${phase.eventsPerBatch} events per batch`,
      load.eventsAccepted / seconds,
      "events/s",
    );
    if (producer !== undefined) {
      reportFigure(
        "gateway",
        `${phase.eventsPerBatch} events per batch, ratio to ProducerPerformance`,
        recordMibPerSecond / producer.mibPerSecond,
        "ratio",
      );
    }
    reportFigure(
      "gateway",
      `${phase.eventsPerBatch} events per batch, peak RSS`,
      phase.peakRssBytes / mib,
      "MiB",
    );
    if (phase.cpuSeconds !== undefined) {
      reportFigure(
        "gateway",
        `${phase.eventsPerBatch} events per batch, gateway CPU per event`,
        (phase.cpuSeconds * 1e6) / Math.max(1, load.eventsAccepted),
        "µs",
      );
    }
    reportFigure(
      "gateway",
      `${phase.eventsPerBatch} events per batch, Kafka record`,
      phase.meanRecordBytes,
      "bytes",
    );
    return {
      "events/batch": phase.eventsPerBatch,
      requests: load.requests,
      "non-202":
        Object.entries(load.statuses)
          .filter(([status]) => status !== "202")
          .map(([status, count]) => `${status}×${count}`)
          .join(" ") || "0",
      "events/s": Math.round(load.eventsAccepted / seconds),
      "req MB/s (gzip)": round(load.requestBytes / mib / seconds, 2),
      "p50 ms": round(percentile(latencies, 0.5), 1),
      "p99 ms": round(percentile(latencies, 0.99), 1),
      "gateway RSS MB": round(phase.peakRssBytes / mib, 0),
      "gateway CPU µs/event":
        phase.cpuSeconds === undefined
          ? "-"
          : round((phase.cpuSeconds * 1e6) / Math.max(1, load.eventsAccepted), 1),
      "request B (gzip)": round(load.requestBytes / Math.max(1, load.requests), 0),
      "record B": `${phase.meanRecordBytes}${phase.recordSizeMeasured ? "" : " (est.)"}`,
      "gateway record MB/s": round(recordMibPerSecond, 2),
      "raw producer MB/s": producer === undefined ? "-" : producer.mibPerSecond,
      ratio: producer === undefined ? "-" : round(recordMibPerSecond / producer.mibPerSecond, 2),
    };
  });
  console.log("\nGateway POST /v1/batches vs Kafka ProducerPerformance (same broker, record size and count)");
  console.log(
    `concurrency ${concurrency}, ${collectors} collectors, gzip bodies, ${partitions} partitions, mean event ${meanEventBytes.toFixed(0)} B JSON; MB = MiB`,
  );
  console.table(rows);
  console.log(
    `host: ${availableParallelism()} CPUs; 1-min load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
  );
  console.log(
    "ratio = gateway record MB/s ÷ raw producer MB/s, where gateway record MB/s = Kafka records the gateway produced per second × their mean value size (the bytes ProducerPerformance sends per record).",
  );
}

/** Mean Kafka record value size per batch size, read back from the gateway's topic. */
async function recordValueSizes(
  log: EventLog,
  topic: string,
  batchSizeOf: Map<string, number>,
): Promise<Map<number, { bytes: number; count: number }>> {
  const sizes = new Map<number, { bytes: number; count: number }>();
  let seen = 0;
  const stop = new AbortController();
  const consumer = await log.consume({
    groupId: `${runId}.reader`,
    topics: [topic],
    signal: stop.signal,
    handleBatch: async (batch) => {
      for (const record of batch.records) {
        seen += 1;
        const size = batchSizeOf.get(record.headers[rawBatchHeaders.batchId] ?? "");
        if (size === undefined || size === 0) continue;
        const entry = sizes.get(size) ?? { bytes: 0, count: 0 };
        entry.bytes += record.value.length;
        entry.count += 1;
        sizes.set(size, entry);
      }
      if (seen >= batchSizeOf.size) stop.abort();
    },
  });
  const guard = setTimeout(() => stop.abort(), 60_000);
  try {
    await consumer.stopped;
  } finally {
    clearTimeout(guard);
  }
  return sizes;
}

function optionalEnv(name: string): string | undefined {
  const text = process.env[name];
  return text === undefined || text === "" ? undefined : text;
}

function numberFromEnv(name: string, fallback: number): number {
  const text = optionalEnv(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
