#!/usr/bin/env node
// Finds the Chromium the browser tests drive, installing it from the
// distribution's packages when it is missing: never a browser downloaded by
// Playwright. Prints the path; `npm test` calls it before browser tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

function installed() {
  return candidates.find((candidate) => existsSync(candidate));
}

/** The path of a Chromium from Debian's `chromium` package, installed with apt-get when absent. */
export function ensureChromium() {
  const override = process.env.CORDON_CHROMIUM;
  if (override !== undefined && existsSync(override)) return override;
  const found = installed();
  if (found !== undefined) return found;
  console.log("[browser] installing chromium from the distribution's packages (apt-get)");
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const run = (args) => {
    const [command, ...rest] = asRoot ? args : ["sudo", ...args];
    return spawnSync(command, rest, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  };
  run(["apt-get", "update"]);
  const install = run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]);
  const after = installed();
  if (install.status !== 0 || after === undefined) {
    console.error(
      "[browser] chromium could not be installed; browser tests need it (or set CORDON_CHROMIUM)",
    );
    process.exit(1);
  }
  return after;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(ensureChromium());
