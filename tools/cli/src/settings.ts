import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** What the cordon command reads: the process environment first, then the local stack's `.cordon/env`. */
export interface CliSettings {
  get(name: string): string | undefined;
}

function readEnvFile(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return {}; // no local stack: the environment alone must do
  }
  const entries: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const eq = trimmed.indexOf("=");
    if (trimmed.startsWith("#") || eq <= 0) continue;
    entries[trimmed.slice(0, eq)] = trimmed.slice(eq + 1);
  }
  return entries;
}

export function loadCliSettings(env: Record<string, string | undefined> = process.env): CliSettings {
  const stateDir = env.CORDON_STATE_DIR ?? path.join(repoRoot, ".cordon");
  const fromFile = readEnvFile(path.join(stateDir, "env"));
  return {
    get(name) {
      const value = env[name];
      return value !== undefined && value !== "" ? value : fromFile[name];
    },
  };
}
