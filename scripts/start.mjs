#!/usr/bin/env node
// `npm start`: installs what is missing, starts the local stack (real Kafka,
// Postgres, S3 and KMS on loopback), then every service under services/ that
// has a start script, with the stack's settings in its environment. The stack
// keeps running after Ctrl-C; `npm run stack:down` stops it. The web console is
// built first and served by the control API; the development OpenID Connect
// issuer it signs in with starts beside the services.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildConsole } from "./build-console.mjs";
import { ensureInstalled } from "./ensure-install.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
ensureInstalled(root);
buildConsole(root);

const up = spawnSync(process.execPath, ["--import", "tsx", "infra/local/stack.ts", "up"], {
  cwd: root,
  stdio: "inherit",
});
if (up.status !== 0) process.exit(up.status ?? 1);
spawnSync(process.execPath, ["--import", "tsx", "infra/local/stack.ts", "status"], {
  cwd: root,
  stdio: "inherit",
});

const stackEnv = {};
const stateDir = process.env.CORDON_STATE_DIR ?? path.join(root, ".cordon");
for (const line of readFileSync(path.join(stateDir, "env"), "utf8").split("\n")) {
  const eq = line.indexOf("=");
  if (eq > 0 && !line.startsWith("#")) stackEnv[line.slice(0, eq)] = line.slice(eq + 1);
}

const servicesDir = path.join(root, "services");
const services = existsSync(servicesDir)
  ? readdirSync(servicesDir)
      .map((name) => path.join(servicesDir, name))
      .filter((dir) => existsSync(path.join(dir, "package.json")))
      .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) }))
      .filter(({ pkg }) => pkg.scripts?.start)
  : [];

// Where the console signs in locally, and the metrics its ingestion chart reads.
const devIssuerPort = process.env.DEV_ISSUER_PORT ?? "8483";
const controlApiPort = process.env.CONTROL_API_PORT ?? "8481";
const consoleUrl = `http://127.0.0.1:${controlApiPort}/console/`;
Object.assign(stackEnv, {
  DEV_ISSUER_PORT: devIssuerPort,
  CONSOLE_URL: consoleUrl,
  CONSOLE_OIDC_DISCOVERY_URL: `http://127.0.0.1:${devIssuerPort}/.well-known/openid-configuration`,
  INGESTION_METRICS_GATEWAY_URL: `http://127.0.0.1:${process.env.GATEWAY_PORT ?? "8480"}/metrics`,
  INGESTION_METRICS_PIPELINE_URL: `http://127.0.0.1:${process.env.PIPELINE_METRICS_PORT ?? "8482"}/metrics`,
});
services.push({
  dir: path.join(root, "tools", "dev-issuer"),
  pkg: {
    name: "@cordon/dev-issuer",
    scripts: { start: "node --import tsx src/main.ts" },
    cordon: { listens: `http://127.0.0.1:${devIssuerPort} (development OpenID Connect issuer)` },
  },
});

if (services.length === 0) {
  console.log("[start] the stack is up; no services exist yet. Settings: .cordon/env");
  process.exit(0);
}

// Each service runs as `node …` directly rather than through `npm run`, so a
// signal reaches the service itself and its shutdown steps run.
const children = services.map(({ pkg, dir }) => {
  const [command, ...args] = pkg.scripts.start.split(/\s+/);
  const child = spawn(command === "node" ? process.execPath : command, args, {
    cwd: dir,
    env: { ...process.env, ...stackEnv },
    stdio: "inherit",
  });
  child.on("exit", (code) => console.log(`[start] ${pkg.name} exited (${code})`));
  return child;
});
for (const { pkg } of services) {
  console.log(`[start] ${pkg.name}${pkg.cordon?.listens ? ` on ${pkg.cordon.listens}` : ""}`);
}
console.log(`[start] web console: ${consoleUrl} (sign in with the development issuer's seeded users)`);
console.log("[start] Ctrl-C stops the services; the stack keeps running (npm run stack:down stops it)");
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
