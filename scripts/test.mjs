#!/usr/bin/env node
// Runs the test suite with node's own test runner.
//   npm test             every test; starts the local stack first when it is not running
//   npm run check        (--unit) only tests that need no server
//   npm test -- FILTER   only test files whose path contains FILTER
// Integration tests are named *.int.test.ts; everything else named *.test.ts is a unit test.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./browser.mjs";
import { buildConsole } from "./build-console.mjs";
import { ensureInstalled } from "./ensure-install.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const unitOnly = args.includes("--unit");
const filters = args.filter((arg) => !arg.startsWith("--"));

ensureInstalled(root);

function findTests(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findTests(full, found);
    else if (entry.name.endsWith(".test.ts")) found.push(path.relative(root, full));
  }
  return found;
}

const files = ["packages", "services", "tools", "infra", "tests"]
  .flatMap((top) => {
    try {
      return findTests(path.join(root, top));
    } catch {
      return [];
    }
  })
  .filter((file) => !unitOnly || !file.endsWith(".int.test.ts"))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}

if (files.some((file) => file.endsWith(".int.test.ts"))) {
  const up = spawnSync(process.execPath, ["--import", "tsx", "infra/local/stack.ts", "up"], {
    cwd: root,
    stdio: "inherit",
  });
  if (up.status !== 0) {
    console.error("the local stack did not start; see the messages above and .cordon/logs/");
    process.exit(up.status ?? 1);
  }
}

// Browser tests (*.browser.int.test.ts) drive the built console in Chromium from
// the distribution's packages; Playwright never downloads a browser of its own.
const testEnv = { ...process.env };
if (files.some((file) => file.includes(".browser."))) {
  buildConsole(root);
  testEnv.CORDON_CHROMIUM = ensureChromium();
  testEnv.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
}

// Two cores: two test files at a time keeps the servers responsive.
const concurrency = Math.max(2, Math.min(4, os.availableParallelism()));
const run = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...files],
  { cwd: root, stdio: "inherit", env: testEnv },
);
process.exit(run.status ?? 1);
