import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: infra/local/ is two levels below it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Everything the local stack writes lives under one git-ignored folder, so
 * `rm -rf .cordon` is a full reset and a canary search knows where to look.
 */
export function stackPaths(stateDir = process.env.CORDON_STATE_DIR ?? path.join(repoRoot, ".cordon")) {
  return {
    stateDir,
    envFile: path.join(stateDir, "env"),
    cacheDir: path.join(stateDir, "cache"),
    logsDir: path.join(stateDir, "logs"),
    runDir: path.join(stateDir, "run"),
    dataDir: (server: string) => path.join(stateDir, "data", server),
    logFile: (server: string) => path.join(stateDir, "logs", `${server}.log`),
    pidFile: (server: string) => path.join(stateDir, "run", `${server}.pid`),
  };
}

export type StackPaths = ReturnType<typeof stackPaths>;
