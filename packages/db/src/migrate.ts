import path from "node:path";
import { fileURLToPath } from "node:url";
import { runner } from "node-pg-migrate";
import pg from "pg";

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
 * Returns the names of the migrations it applied. The connection is this
 * function's own and is closed before it returns: the library, given a URL,
 * ends its client without waiting, and a server that then terminates the
 * connection (a database dropped or restarted) raised an unhandled error.
 */
export async function migrateDatabase(
  databaseUrl: string,
  /** `dir`: another folder of migrations, e.g. an earlier prefix of these in an upgrade test. */
  options: { log?: (message: string) => void; dir?: string } = {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // Errors of an idle connection reach the queries that use it; none may crash the process.
  client.on("error", () => {});
  await client.connect();
  try {
    return await applyMigrations(client, options);
  } finally {
    await client.end();
  }
}

async function applyMigrations(
  dbClient: pg.Client,
  options: { log?: (message: string) => void; dir?: string },
): Promise<string[]> {
  const applied = await runner({
    dbClient,
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
