import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { StackPaths } from "./paths.ts";

/**
 * A password the local stack generates at first start and keeps in its state
 * folder (mode 0600), so nothing secret is committed or fixed in the repo.
 */
export function persistentSecret(paths: StackPaths, name: string): string {
  const dir = path.join(paths.stateDir, "secrets");
  const file = path.join(dir, name);
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const secret = randomBytes(24).toString("base64url");
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
