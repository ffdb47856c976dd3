import { kmsEnv, lifecycleDatabaseEnv, s3Env, serviceEnv } from "@cordon/config";
import { z } from "zod";

const positiveInt = () => z.coerce.number().int().min(1);
const cron = () => z.string().regex(/^\S+( \S+){4,5}$/, "must be a cron expression of 5 or 6 fields");

/** The lifecycle worker's environment; parsed once in main.ts and passed down. */
export const lifecycleConfigSchema = z.object({
  ...serviceEnv,
  ...lifecycleDatabaseEnv,
  ...s3Env,
  ...kmsEnv,
  ERASURE_CRON: cron()
    .default("* * * * *")
    .describe(
      "how often open erasures are moved on (deletion record, compaction); pg-boss runs it on one copy",
    ),
  RETENTION_CRON: cron().default("17 * * * *").describe("how often retention per category is applied"),
  HOUSEKEEPING_CRON: cron()
    .default("41 3 * * *")
    .describe("how often orphan lake objects and old ingest ledger rows are removed"),
  ORPHAN_SAFETY_WINDOW_HOURS: positiveInt()
    .default(24)
    .describe(
      "a lake object no catalog row names is removed only once this old: a pipeline or compaction between its PUT and its catalog commit must never lose its file",
    ),
  INGEST_LEDGER_RETENTION_DAYS: positiveInt()
    .default(30)
    .describe(
      "the gateway's batch-id ledger is kept this long: longer than a collector may hold a batch in its spool and retry it",
    ),
  LAKE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._/=-]+\/$/, "must end in /")
    .default("lake/events/v1/")
    .describe("where lake files live in S3_BUCKET; the orphan sweep looks only here"),
  KEY_CACHE_TTL_SECONDS: positiveInt()
    .default(300)
    .describe("longest the worker keeps an unwrapped subject key in memory"),
  SHUTDOWN_TIMEOUT_MS: positiveInt()
    .default(30_000)
    .describe("how long a running job gets to finish on SIGTERM"),
});

export type LifecycleConfig = z.infer<typeof lifecycleConfigSchema>;
