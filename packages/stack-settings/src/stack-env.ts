import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Parses `KEY=value` lines; blank lines and `#` comments are skipped. */
export function readEnvFile(file: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const eq = trimmed.indexOf("=");
    if (eq <= 0) continue;
    entries[trimmed.slice(0, eq)] = trimmed.slice(eq + 1);
  }
  return entries;
}

/**
 * The connection settings of the running local stack (`.cordon/env`), with the
 * process environment taking precedence so CI or a developer can point tests
 * at other servers.
 */
export function stackEnv(): Record<string, string> {
  const stateDir = process.env.CORDON_STATE_DIR ?? path.join(repoRoot, ".cordon");
  const file = path.join(stateDir, "env");
  let fromFile: Record<string, string>;
  try {
    fromFile = readEnvFile(file);
  } catch {
    throw new Error(
      `no local stack settings at ${file}: run \`npm run stack:up\` (npm test does it for you)`,
    );
  }
  const merged: Record<string, string> = { ...fromFile };
  for (const key of Object.keys(fromFile)) {
    const override = process.env[key];
    if (override !== undefined && override !== "") merged[key] = override;
  }
  return merged;
}
