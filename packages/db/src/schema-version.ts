import { readdirSync } from "node:fs";
import { migrationsDir } from "./migrate.ts";
import type { Pool } from "./pool.ts";

/** The database lacks migrations this code needs: run `npm run migrate` first. */
export class SchemaBehindError extends Error {
  readonly missing: readonly string[];
  constructor(missing: readonly string[]) {
    super(`the database schema is behind this code: migrations ${missing.join(", ")} have not run`);
    this.name = "SchemaBehindError";
    this.missing = missing;
  }
}

/** The migrations this code was built with, by name, in order. */
export function expectedMigrations(dir = migrationsDir): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .map((file) => file.slice(0, -".sql".length))
    .sort();
}

/**
 * Services no longer migrate (their logins cannot), so each checks at start
 * that every migration it was built with has run and refuses to start
 * otherwise. A database ahead of the code is fine: that is a rolling deploy.
 */
export async function assertSchemaCurrent(pool: Pool, expected = expectedMigrations()): Promise<void> {
  const { rows } = await pool.query<{ name: string }>("SELECT name FROM public.pgmigrations");
  const applied = new Set(rows.map((row) => row.name));
  const missing = expected.filter((name) => !applied.has(name));
  if (missing.length > 0) throw new SchemaBehindError(missing);
}
