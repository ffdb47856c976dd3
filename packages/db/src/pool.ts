import pg from "pg";

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

/**
 * A connection pool; the caller owns it and ends it on shutdown.
 *
 * A connection that breaks while idle in the pool (a database restart, a
 * failover, an administrator ending sessions) makes pg emit `error` on the
 * pool, and an unheard `error` ends the process. The pool has already
 * dropped that client and the next checkout connects afresh, so the failure
 * is only reported, through `onIdleClientError` when given.
 */
export function createPool(
  connectionString: string,
  options: { max?: number; applicationName?: string; onIdleClientError?: (error: Error) => void } = {},
) {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? "cordon",
    // A server that went away should fail a request quickly, not hang it.
    connectionTimeoutMillis: 5_000,
  });
  pool.on("error", (error) => options.onIdleClientError?.(error));
  return pool;
}
