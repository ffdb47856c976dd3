import { exporterDatabaseEnv, kmsEnv, s3Env, serviceEnv } from "@cordon/config";
import { z } from "zod";

const positiveInt = () => z.coerce.number().int().min(1);

/** The exporter's environment; parsed once in main.ts and passed down. */
export const exporterConfigSchema = z.object({
  ...serviceEnv,
  ...exporterDatabaseEnv,
  ...s3Env,
  ...kmsEnv,
  EXPORTER_ID: z
    .string()
    .min(1)
    .max(128)
    .default(`exporter-${process.pid}`)
    .describe("names this copy on the export rows it claims; copies need distinct ids"),
  EXPORT_KEY_PREFIX: z
    .string()
    .regex(/^[a-z0-9/_-]*\/$/, "must end in /")
    .default("exports/")
    .describe("object-store prefix of sealed export files"),
  EXPORT_POLL_MS: positiveInt().default(2_000).describe("how often an idle exporter looks for work"),
  EXPORT_LEASE_SECONDS: positiveInt()
    .default(900)
    .describe("how long a claim holds; a copy that dies mid-run loses its claim after this"),
  EXPORT_FILE_ROWS: positiveInt().default(500_000).describe("rows per Parquet file of an export"),
  SHUTDOWN_TIMEOUT_MS: positiveInt()
    .default(60_000)
    .describe(
      "how long a stop waits for the export in progress; an unfinished one is retried by another copy",
    ),
});
export type ExporterConfig = z.infer<typeof exporterConfigSchema>;
