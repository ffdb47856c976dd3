// The local stack: real Kafka, Postgres, S3 and KMS servers on loopback, their
// state under .cordon/. `npm run stack:up | stack:down | stack:status`.
//   up [server…]     install what is missing, start (or reuse), seed, write .cordon/env
//   down [server…]   stop
//   status           one line per server; exit code 1 when one is not running
//   migrate          apply pending migrations to DATABASE_URL (default: the local stack's)
import { mkdirSync, writeFileSync } from "node:fs";
import { migrateDatabase } from "@cordon/db";
import { devKeys } from "./dev-keys.ts";
import { kafka } from "./kafka.ts";
import { kms } from "./kms.ts";
import { stackPaths } from "./paths.ts";
import { postgres } from "./postgres.ts";
import { s3 } from "./s3.ts";
import { type LocalServer, type StackContext, stackPorts } from "./server.ts";

const servers: LocalServer[] = [devKeys, postgres, kafka, s3, kms];

function pick(names: string[]): LocalServer[] {
  if (names.length === 0) return servers;
  return names.map((name) => {
    const server = servers.find((s) => s.name === name);
    if (server === undefined) {
      throw new Error(`unknown server "${name}"; known: ${servers.map((s) => s.name).join(", ")}`);
    }
    return server;
  });
}

function writeEnvFile(ctx: StackContext): void {
  const lines = [
    "# Written by `npm run stack:up`: connection settings of the local stack. Not committed.",
    ...servers.flatMap((server) => Object.entries(server.env(ctx)).map(([key, value]) => `${key}=${value}`)),
  ];
  // The folder stays traversable (Postgres runs as its own user); the file holding passwords is 0600.
  mkdirSync(ctx.paths.stateDir, { recursive: true });
  writeFileSync(ctx.paths.envFile, `${lines.join("\n")}\n`, { mode: 0o600 });
}

async function up(ctx: StackContext, chosen: LocalServer[]): Promise<void> {
  const started = Date.now();
  await Promise.all(chosen.map((server) => timed(ctx, `${server.name}: install`, () => server.install(ctx))));
  await Promise.all(chosen.map((server) => timed(ctx, `${server.name}: start`, () => server.start(ctx))));
  writeEnvFile(ctx);
  await Promise.all(chosen.map((server) => timed(ctx, `${server.name}: seed`, () => server.seed(ctx))));
  writeEnvFile(ctx);
  ctx.log(`stack up in ${((Date.now() - started) / 1000).toFixed(1)} s; settings in ${ctx.paths.envFile}`);
}

async function timed(ctx: StackContext, what: string, step: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await step();
  const ms = Date.now() - started;
  if (ms > 200) ctx.log(`${what} took ${(ms / 1000).toFixed(1)} s`);
}

async function main(): Promise<number> {
  const [command = "status", ...names] = process.argv.slice(2);
  const ctx: StackContext = {
    paths: stackPaths(),
    ports: stackPorts(),
    log: (message) => process.stdout.write(`[stack] ${message}\n`),
  };
  const chosen = pick(names);
  // Created first and world-traversable: Postgres runs as its own user and must
  // reach its data folder inside; secret files inside are 0600 on their own.
  mkdirSync(ctx.paths.stateDir, { recursive: true, mode: 0o755 });
  // Servers append to their log from the first step on (initdb included).
  mkdirSync(ctx.paths.logsDir, { recursive: true });
  switch (command) {
    case "up":
      await up(ctx, chosen);
      return 0;
    case "migrate": {
      // Against the local stack, or any server named by DATABASE_URL.
      const url = process.env.DATABASE_URL || postgres.env(ctx).DATABASE_URL;
      const applied = await migrateDatabase(url ?? "", { log: () => {} });
      ctx.log(applied.length === 0 ? "migrations: up to date" : `migrations applied: ${applied.join(", ")}`);
      return 0;
    }
    case "down":
      await Promise.all(chosen.map((server) => server.stop(ctx)));
      ctx.log("stopped");
      return 0;
    case "status": {
      const statuses = await Promise.all(chosen.map((server) => server.status(ctx)));
      for (const s of statuses) {
        const state = !s.running ? "stopped" : s.pid === undefined ? "ready" : `running (pid ${s.pid})`;
        process.stdout.write(
          `${s.name.padEnd(10)} ${state.padEnd(22)} ${s.endpoint}${s.detail ? `  ${s.detail}` : ""}\n`,
        );
      }
      return statuses.every((s) => s.running) ? 0 : 1;
    }
    default:
      process.stderr.write(`unknown command "${command}"; use up, down, status or migrate\n`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[stack] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
