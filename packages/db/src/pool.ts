import pg from "pg";

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

/** A connection pool; the caller owns it and ends it on shutdown. */
export function createPool(
  connectionString: string,
  options: { max?: number; applicationName?: string } = {},
) {
  return new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? "cordon",
    // A server that went away should fail a request quickly, not hang it.
    connectionTimeoutMillis: 5_000,
  });
}
