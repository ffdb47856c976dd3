#!/usr/bin/env node
// Builds the web console (services/console, Vite) into services/console/dist,
// which the control API serves at /console/, and prints how much script the
// first load fetches. Run by `npm start` and by `npm test` before browser tests.
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The budget for script on first load: what index.html pulls in, before compression. */
const scriptBudgetBytes = 200 * 1024;

export function buildConsole(root) {
  const consoleDir = path.join(root, "services", "console");
  const build = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"],
    { cwd: consoleDir, stdio: "inherit" },
  );
  if (build.status !== 0) {
    console.error("[console] the build failed; see above");
    process.exit(build.status ?? 1);
  }
  const dist = path.join(consoleDir, "dist");
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  // Scripts and module preloads index.html names: everything a first load runs.
  const scripts = [...html.matchAll(/(?:src|href)="\/console\/([^"]+\.js)"/g)].map((match) => match[1]);
  let bytes = 0;
  let gzipBytes = 0;
  for (const script of scripts) {
    const file = path.join(dist, script);
    bytes += statSync(file).size;
    gzipBytes += gzipSync(readFileSync(file)).length;
  }
  const kb = (value) => (value / 1024).toFixed(1);
  console.log(
    `[console] built services/console/dist: first load ${kb(bytes)} KB of script (${kb(gzipBytes)} KB gzip) in ${scripts.length} file(s); budget ${kb(scriptBudgetBytes)} KB`,
  );
  if (bytes > scriptBudgetBytes) {
    console.error("[console] the first load is over its script budget");
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildConsole(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
}
