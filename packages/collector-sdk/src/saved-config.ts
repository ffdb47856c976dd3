import { readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { type CollectorConfig, parseCollectorConfig } from "./collector-config.ts";
import { writeDurably } from "./spool.ts";

const configFileName = "collector-config.json";

/** The config the gateway gave last time, so a client that starts offline still applies its exclusions. */
export async function readSavedConfig(spoolDir: string): Promise<CollectorConfig | undefined> {
  try {
    return parseCollectorConfig(JSON.parse(await readFile(join(spoolDir, configFileName), "utf8")));
  } catch {
    return undefined;
  }
}

/** Keeps the gateway's answer as it came, so the next start applies its exclusions before going online. */
export async function saveConfig(spoolDir: string, config: unknown): Promise<void> {
  const path = join(spoolDir, configFileName);
  await writeDurably(`${path}.tmp`, `${JSON.stringify(config, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}
