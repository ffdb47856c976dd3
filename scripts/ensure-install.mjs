// Installs the npm dependencies when they are missing or older than the
// lockfile, so `npm start` and `npm test` work on a fresh clone. Plain Node,
// no dependencies: it runs before there are any.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

export function ensureInstalled(root) {
  const lock = path.join(root, "package-lock.json");
  const marker = path.join(root, "node_modules", ".package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log("[install] npm ci (dependencies missing or older than package-lock.json)");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("[install] npm ci failed; see above");
    process.exit(result.status ?? 1);
  }
}
