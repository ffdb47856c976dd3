import { spawn } from "node:child_process";
import { join } from "node:path";
import { stackStateDir } from "@cordon/testkit";

export interface ProducerPerformanceResult {
  records: number;
  recordsPerSecond: number;
  /** As the tool prints it: MiB per second of record values. */
  mibPerSecond: number;
  avgLatencyMs: number;
  p50LatencyMs: number | undefined;
  p99LatencyMs: number | undefined;
  summaryLine: string;
}

/**
 * Runs Kafka's own org.apache.kafka.tools.ProducerPerformance from the jars the
 * local stack fetched, with the producer settings the gateway uses (acks=all,
 * idempotent), and reads its closing summary line.
 */
export function runProducerPerformance(options: {
  bootstrapServers: string;
  topic: string;
  records: number;
  recordSizeBytes: number;
  timeoutMs: number;
}): Promise<ProducerPerformanceResult> {
  // The stack's own state folder (CORDON_STATE_DIR when set), where it fetched Kafka's jars.
  const classpath = join(stackStateDir(), "cache", "jars", "kafka", "*");
  const args = [
    "-cp",
    classpath,
    "org.apache.kafka.tools.ProducerPerformance",
    "--topic",
    options.topic,
    "--num-records",
    String(options.records),
    "--record-size",
    String(options.recordSizeBytes),
    "--throughput",
    "-1",
    "--producer-props",
    `bootstrap.servers=${options.bootstrapServers}`,
    "acks=all",
    "enable.idempotence=true",
    // The gateway's records can pass the default 1 MiB request size at the largest batch size.
    `max.request.size=${Math.max(1_048_576, options.recordSizeBytes * 2)}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      const summary = output
        .split("\n")
        .find((line) => line.includes("records sent") && line.includes("50th"));
      const match =
        summary === undefined
          ? null
          : /(\d+) records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\), ([\d.]+) ms avg latency, [\d.]+ ms max latency, (\d+) ms 50th, \d+ ms 95th, (\d+) ms 99th/.exec(
              summary,
            );
      if (summary === undefined || match === null) {
        reject(new Error(`ProducerPerformance exited ${code} without a summary:\n${output.slice(-2000)}`));
        return;
      }
      resolve({
        records: Number(match[1]),
        recordsPerSecond: Number(match[2]),
        mibPerSecond: Number(match[3]),
        avgLatencyMs: Number(match[4]),
        p50LatencyMs: Number(match[5]),
        p99LatencyMs: Number(match[6]),
        summaryLine: summary.trim(),
      });
    });
  });
}
