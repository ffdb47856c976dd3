import { Agent, request } from "node:http";
import type { PreparedBody } from "./batch-bodies.ts";

export interface LoadResult {
  requests: number;
  statuses: Record<string, number>;
  eventsAccepted: number;
  requestBytes: number;
  latenciesMs: number[];
  elapsedMs: number;
  /** Batch ids the gateway answered 202 for: each is one Kafka record. */
  acceptedBatchIds: string[];
}

/**
 * Sends each body once, `concurrency` at a time over keep-alive connections,
 * until the bodies run out or `maxDurationMs` passes. Loopback only.
 */
export async function driveBatches(options: {
  gatewayUrl: string;
  bodies: readonly PreparedBody[];
  tokens: readonly string[];
  concurrency: number;
  maxDurationMs: number;
}): Promise<LoadResult> {
  const url = new URL("/v1/batches", options.gatewayUrl);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") {
    throw new Error("the benchmark drives a gateway on loopback only");
  }
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const result: LoadResult = {
    requests: 0,
    statuses: {},
    eventsAccepted: 0,
    requestBytes: 0,
    latenciesMs: [],
    elapsedMs: 0,
    acceptedBatchIds: [],
  };
  const started = performance.now();
  const deadline = started + options.maxDurationMs;
  let next = 0;

  async function worker(): Promise<void> {
    while (next < options.bodies.length && performance.now() < deadline) {
      const index = next++;
      const body = options.bodies[index];
      const token = options.tokens[index % options.tokens.length];
      if (body === undefined || token === undefined) return;
      const sentAt = performance.now();
      const answer = await post(url, agent, token, body.gzip);
      result.latenciesMs.push(performance.now() - sentAt);
      result.requests += 1;
      result.requestBytes += body.gzip.length;
      result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1;
      if (answer.status === 202) {
        result.eventsAccepted += (JSON.parse(answer.text) as { accepted: number }).accepted;
        result.acceptedBatchIds.push(body.batchId);
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency }, worker));
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}

function post(
  url: URL,
  agent: Agent,
  token: string,
  body: Buffer,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-encoding": "gzip",
          "content-length": body.length,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export function percentile(sortedValues: readonly number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const index = Math.min(sortedValues.length - 1, Math.ceil(fraction * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)] ?? Number.NaN;
}
