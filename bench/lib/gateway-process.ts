import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createPool } from "@cordon/db";
import { enrolTestCollector } from "@cordon/testkit";

export const repoRoot = join(import.meta.dirname, "..", "..");

/** A port the kernel says is free now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null ? resolve(address.port) : reject(),
      );
    });
  });
}

export interface StartedGateway {
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Runs services/gateway/src/main.ts as its own process (so its RSS is its own),
 * with the local stack's settings and the given overrides; its log goes under
 * .cordon/logs. Resolves once /readyz answers 200. `nodeArgs` go to node
 * before the script, e.g. `--cpu-prof` to profile the gateway under load.
 */
export async function startGateway(
  env: Record<string, string>,
  options: { nodeArgs?: string[]; readyWithinMs?: number } = {},
): Promise<StartedGateway> {
  const readyWithinMs = options.readyWithinMs ?? 90_000;
  const port = await freePort();
  const logDir = join(repoRoot, ".cordon", "logs");
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, "bench-gateway.log");
  const log = createWriteStream(logFile, { flags: "w" });
  const nodeArgs = [...(options.nodeArgs ?? []), "--import", "tsx", "services/gateway/src/main.ts"];
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    cwd: repoRoot,
    // Every bench collector gets its token from this one address.
    env: {
      ...process.env,
      TOKEN_REQUESTS_PER_ADDRESS_PER_MINUTE: "1000000",
      ...env,
      HOST: "127.0.0.1",
      GATEWAY_PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    for (let waited = 0; !exited && waited < 20_000; waited += 100) await sleep(100);
    if (!exited) child.kill("SIGKILL");
  };
  const deadline = performance.now() + readyWithinMs;
  while (performance.now() < deadline) {
    if (exited) throw new Error(`the gateway exited during start; see ${logFile}`);
    try {
      if ((await fetch(new URL("/readyz", url))).status === 200) return { url, logFile, stop };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`the gateway was not ready within ${readyWithinMs} ms; see ${logFile}`);
}

/**
 * Samples the gateway's /metrics until stopped: keeps the peak of
 * process_resident_memory_bytes, and the process CPU seconds spent between the
 * first and the last sample. CPU per event is the figure a loaded host skews
 * least: wall-clock rates there say as much about the neighbours as the gateway.
 */
export function sampleGatewayProcess(gatewayUrl: string, everyMs = 250) {
  let peakBytes = 0;
  let firstCpuSeconds: number | undefined;
  let lastCpuSeconds: number | undefined;
  let running = true;
  const sample = async () => {
    try {
      const text = await (await fetch(new URL("/metrics", gatewayUrl))).text();
      const rss = /^process_resident_memory_bytes(?:\{[^}]*\})?\s+([0-9.e+]+)/m.exec(text);
      if (rss?.[1] !== undefined) peakBytes = Math.max(peakBytes, Number(rss[1]));
      const cpu = /^process_cpu_seconds_total(?:\{[^}]*\})?\s+([0-9.e+]+)/m.exec(text);
      if (cpu?.[1] !== undefined) {
        firstCpuSeconds ??= Number(cpu[1]);
        lastCpuSeconds = Number(cpu[1]);
      }
    } catch {
      // a missed sample is not worth failing the run for
    }
  };
  const loop = (async () => {
    while (running) {
      await sample();
      await sleep(everyMs);
    }
  })();
  return {
    async stop(): Promise<{ peakRssBytes: number; cpuSeconds: number | undefined }> {
      running = false;
      await loop;
      await sample(); // the phase's last CPU seconds, not those of a sample up to everyMs before its end
      const cpuSeconds =
        firstCpuSeconds === undefined || lastCpuSeconds === undefined
          ? undefined
          : lastCpuSeconds - firstCpuSeconds;
      return { peakRssBytes: peakBytes, cpuSeconds };
    },
  };
}

/**
 * Enrols `count` collectors straight into the stack's database (the gateway
 * reads enrolments from there) and exchanges their credentials for tokens.
 * Each collector records its own subject, so records spread over partitions.
 */
export async function enrolBenchCollectors(
  adminDatabaseUrl: string,
  gatewayUrl: string,
  count: number,
  runId: string,
): Promise<string[]> {
  const pool = createPool(adminDatabaseUrl, { max: 2, applicationName: "cordon-bench" });
  const tokens: string[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const { collectorId, clientSecret: secret } = await enrolTestCollector(pool, {
        orgId: `bench-${runId}`,
        subjectId: `bench-${runId}-${index}`,
        label: "benchmark",
        enrolledBy: "bench",
      });
      const response = await fetch(new URL("/v1/auth/token", gatewayUrl), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId: collectorId, clientSecret: secret }),
      });
      if (response.status !== 200) throw new Error(`token request answered ${response.status}`);
      tokens.push(((await response.json()) as { accessToken: string }).accessToken);
    }
  } finally {
    await pool.end();
  }
  return tokens;
}
