/**
 * The pg-boss schema and queues of the lifecycle worker. Queues are created
 * by the migration (0031_pg_boss.sql, written by scripts/write-pg-boss-migration.ts),
 * not by the service: creating one is DDL (a partition table per queue),
 * which the service's login is not allowed to run.
 */
export const jobSchema = "pgboss";

export const lifecycleQueues = {
  /** Moves open erasures on: deletion record, then compaction of each of their files. */
  erasures: "lifecycle.erasures",
  /** Applies retention per category and organisation. */
  retention: "lifecycle.retention",
  /** Removes lake objects no catalog row names, and old ingest ledger rows. */
  housekeeping: "lifecycle.housekeeping",
} as const;

export type LifecycleQueue = (typeof lifecycleQueues)[keyof typeof lifecycleQueues];
