import path from "node:path";
import { fileURLToPath } from "node:url";
import { runner } from "node-pg-migrate";

/** The SQL migrations, applied in file-name order. */
export const migrationsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "migrations",
);

/**
 * Applies pending migrations with node-pg-migrate. Safe to call from every
 * service at start: concurrent callers wait on the library's advisory lock
 * instead of failing, and a database already up to date is left alone.
 * Returns the names of the migrations it applied.
 */
export async function migrateDatabase(
  databaseUrl: string,
  /** `dir`: another folder of migrations, e.g. an earlier prefix of these in an upgrade test. */
  options: { log?: (message: string) => void; dir?: string } = {},
): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: options.dir ?? migrationsDir,
    direction: "up",
    migrationsTable: "pgmigrations",
    migrationsSchema: "public",
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: "wait",
    log: options.log ?? (() => {}),
  });
  return applied.map((migration) => migration.name);
}
