import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/** The local stack's state folder, as infra/local/paths.ts and @cordon/testkit find it. */
export function stackStateDir(): string {
  return process.env.CORDON_STATE_DIR ?? path.join(repoRoot, ".cordon");
}

/** The broker's log.dirs, read from the server.properties the stack started it with. */
export function kafkaLogDirs(stateDir = stackStateDir()): string[] {
  const properties = readFileSync(path.join(stateDir, "config", "kafka", "server.properties"), "utf8");
  const line = properties.split("\n").find((entry) => entry.startsWith("log.dirs="));
  if (line === undefined) throw new Error("the stack's server.properties has no log.dirs");
  return line.slice("log.dirs=".length).split(",");
}

/** Every file of a topic's partition folders (segments, indexes, snapshots) under the broker's log dirs. */
export function topicFiles(topic: string, logDirs = kafkaLogDirs()): string[] {
  const files: string[] = [];
  for (const dir of logDirs) {
    for (const entry of readdirSync(dir)) {
      // Partition folders are <topic>-<partition>.
      if (!new RegExp(`^${topic.replace(/[.]/g, "\\.")}-\\d+$`).test(entry)) continue;
      for (const file of readdirSync(path.join(dir, entry))) files.push(path.join(dir, entry, file));
    }
  }
  return files;
}
