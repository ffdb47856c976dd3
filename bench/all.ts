/**
 * `npm run bench`: every benchmark, one after the other, each as its own
 * process against the running local stack, then one summary table of their
 * headline figures with the load average at which each was measured.
 *
 * Each phase is long enough to reach steady state (at least 30 s or a million
 * events); the 10-million-event backlog run of the pipeline is opt-in
 * (BENCH_BACKLOG=1). Numbers mean something only on a quiet host: the summary
 * starts with the load average, and a figure measured above a load of 1.5 per
 * the rule is marked.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Figure } from "./lib/summary.ts";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, "..");
const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), "cordon-bench-")), "figures.jsonl");

interface BenchRun {
  script: string;
  args?: string[];
  env?: Record<string, string>;
}

const runs: BenchRun[] = [
  { script: "lake.ts" },
  { script: "classifier.ts" },
  { script: "gateway.ts", env: { BENCH_EVENTS: "1000000", BENCH_PHASE_SECONDS: "30" } },
  { script: "pipeline.ts", args: ["1000000", "200", "8"] },
  { script: "pipeline-freshness.ts", args: ["60", "2000"] },
  { script: "audit.ts", env: { BENCH_AUDIT_APPEND_SECONDS: "30" } },
  { script: "export.ts" },
];
if (process.env.BENCH_BACKLOG === "1") {
  runs.push({ script: "pipeline.ts", args: ["10000000", "1000", "8"], env: { BENCH_LABEL: "backlog" } });
}
const only = process.env.BENCH_ONLY?.split(",");

const load = () =>
  loadavg()
    .map((average) => average.toFixed(2))
    .join(" ");
console.log(`npm run bench: ${availableParallelism()} CPUs, load average ${load()} at start`);
const failed: string[] = [];
for (const run of runs) {
  if (only !== undefined && !only.some((name) => run.script.startsWith(name))) continue;
  console.log(`\n=== ${run.script} ${(run.args ?? []).join(" ")} (load average ${load()})`);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(benchDir, run.script), ...(run.args ?? [])],
    {
      cwd: repoRoot,
      stdio: "inherit",
      env: { ...process.env, ...run.env, BENCH_SUMMARY_FILE: summaryFile },
    },
  );
  if (result.status !== 0) failed.push(`${run.script} (exit ${result.status ?? result.signal})`);
}

let figures: Figure[] = [];
try {
  figures = readFileSync(summaryFile, "utf8")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Figure);
} catch {
  // No benchmark reported a figure.
}
console.log("\nSummary (load average at the time of each figure; * above 1.5, not a quiet host)");
console.table(
  figures.map((figure) => ({
    bench: figure.bench,
    figure: figure.figure,
    value: Number.isInteger(figure.value) ? figure.value : Number(figure.value.toFixed(2)),
    unit: figure.unit,
    "load average": `${figure.load}${Number(figure.load.split(" ")[0]) > 1.5 ? " *" : ""}`,
  })),
);
if (failed.length > 0) {
  console.error(`failed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
