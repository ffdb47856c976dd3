#!/usr/bin/env node
// A Python virtual environment for tests that check exported files with
// pyarrow, created on first use from PyPI and kept under node_modules/.cache
// (like every other installed dependency, it is not committed).
//   node scripts/python-env.mjs      prints the venv's python path, creating it when missing
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Pinned like the npm dependencies: a new pyarrow is a change someone makes on purpose. */
export const pythonRequirements = ["pyarrow==25.0.1"];
export const venvDir = path.join(root, "node_modules", ".cache", "cordon-python");
const python = path.join(venvDir, "bin", "python");
const marker = path.join(venvDir, `.installed-${pythonRequirements.join("_")}`);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

export function ensurePythonEnv() {
  if (existsSync(marker)) return python;
  if (!existsSync(python)) run("python3", ["-m", "venv", venvDir]);
  run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", ...pythonRequirements]);
  spawnSync("touch", [marker]);
  return python;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${ensurePythonEnv()}\n`);
}
