import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadCliSettings } from "@cordon/cli";
import { type CollectorCredentials, enrolSimulatedCollectors, readCredentialsFile } from "./enrolment.ts";
import { plantKinds } from "./planted.ts";
import { simulate } from "./simulate.ts";

const usage = `usage: node --import tsx tools/simulator/src/main.ts --employees N --duration 60s [options]

  --employees N          simulated employees, one collector each (default 5)
  --duration 60s         length of each recording session: 90s, 5m, 1h or milliseconds (default 60s)
  --gateway URL          gateway base URL (default http://127.0.0.1:8480)
  --seed N               same seed, same sessions and planted items (default 42)
  --speed X              1 real time, 10 ten times faster, 0 as fast as possible (default 1)
  --plant-rate P         chance a piece of text carries planted personal data (default 0.2)
  --credentials FILE     JSON [{ "clientId", "clientSecret" }]; without it collectors are enrolled
                         through the control API (CONTROL_API_URL, default http://127.0.0.1:8481)
  --planted-out FILE     write the planted items (the side channel, never sent) as JSON
  --spool-dir DIR        where the collectors spool (default: a new temporary folder)`;

const { values } = parseArgs({
  options: {
    employees: { type: "string", default: "5" },
    duration: { type: "string", default: "60s" },
    gateway: { type: "string", default: "http://127.0.0.1:8480" },
    seed: { type: "string", default: "42" },
    speed: { type: "string", default: "1" },
    "plant-rate": { type: "string", default: "0.2" },
    credentials: { type: "string" },
    "planted-out": { type: "string" },
    "spool-dir": { type: "string" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const employees = positiveNumber("employees", values.employees);
const seed = Number(values.seed);
const durationMs = parseDuration(values.duration);

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.once("SIGTERM", () => controller.abort());

const credentials = await loadCredentials();
console.log(
  `simulating ${employees} employees for ${values.duration} against ${values.gateway} (seed ${seed})`,
);
const result = await simulate({
  gatewayUrl: values.gateway,
  employees,
  durationMs,
  credentials,
  seed,
  speed: Number(values.speed),
  plantRate: Number(values["plant-rate"]),
  signal: controller.signal,
  ...(values["spool-dir"] === undefined ? {} : { spoolRoot: values["spool-dir"] }),
});

const { totals } = result;
const plantedByKind = Object.fromEntries(
  plantKinds.map((kind) => [kind, result.planted.filter((item) => item.kind === kind).length]),
);
console.table({
  "events recorded": totals.recorded,
  "events excluded by the collector": totals.excluded,
  "events accepted by the gateway": totals.eventsAccepted,
  "events rejected by the gateway": totals.eventsRejected,
  "batches delivered": totals.batchesDelivered,
  "batches refused": totals.batchesRefused,
  retries: totals.retries,
  "back-pressure waits": totals.backPressureWaits,
  "batches left in spool": totals.leftInSpool,
  "elapsed s": Number((result.elapsedMs / 1000).toFixed(1)),
});
console.log("planted items by kind:", plantedByKind);
if (values["planted-out"] !== undefined) {
  await writeFile(values["planted-out"], `${JSON.stringify(result.planted, null, 2)}\n`);
  console.log(`planted items written to ${values["planted-out"]}`);
}
process.exitCode = totals.leftInSpool > 0 || totals.batchesRefused > 0 ? 1 : 0;

async function loadCredentials(): Promise<CollectorCredentials[]> {
  if (values.credentials !== undefined) return readCredentialsFile(values.credentials);
  const run = Date.now().toString(36);
  const subjects = Array.from({ length: employees }, (_, index) => `sim-${seed}-${index}`);
  console.log(`enrolling ${employees} collectors through the control API (run ${run})`);
  return enrolSimulatedCollectors(subjects, loadCliSettings());
}

function positiveNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer\n\n${usage}`);
    process.exit(64);
  }
  return value;
}

/** `90s`, `5m`, `1h`, or milliseconds. */
function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (match === null) {
    console.error(`--duration must look like 90s, 5m or 1h\n\n${usage}`);
    process.exit(64);
  }
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? "ms"] ?? 1;
  return Number(match[1]) * unit;
}
