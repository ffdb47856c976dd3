import { z } from "zod";

/**
 * Fragments of environment schemas that several services share. A service
 * composes the ones it needs: `z.object({ ...kafkaEnv, ...serviceEnv, MY_VAR: … })`.
 * Each `describe` is the short reason the variable exists.
 */

const csv = z
  .string()
  .transform((raw) =>
    raw
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  )
  .pipe(z.array(z.string()).min(1, "needs at least one entry"));

const postgresUrl = z.url().refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgres:// URL");

/**
 * Each service connects with a login of its own (cordon_gateway, …), granted
 * only what it uses; none may migrate or act as the table owner. The
 * migrating identity (DATABASE_URL) belongs to `npm run migrate` alone.
 */
export const gatewayDatabaseEnv = {
  DATABASE_GATEWAY_URL: postgresUrl.describe("Postgres URL of the gateway's own login, cordon_gateway"),
};
export const pipelineDatabaseEnv = {
  DATABASE_PIPELINE_URL: postgresUrl.describe("Postgres URL of the pipeline's own login, cordon_pipeline"),
};
export const controlDatabaseEnv = {
  DATABASE_CONTROL_URL: postgresUrl.describe("Postgres URL of the control API's own login, cordon_control"),
};
export const exporterDatabaseEnv = {
  DATABASE_EXPORTER_URL: postgresUrl.describe("Postgres URL of the exporter's own login, cordon_exporter"),
};
export const lifecycleDatabaseEnv = {
  DATABASE_LIFECYCLE_URL: postgresUrl.describe(
    "Postgres URL of the lifecycle worker's own login, cordon_lifecycle",
  ),
};

export const kafkaEnv = {
  KAFKA_BROKERS: csv.describe("comma-separated host:port list of Kafka bootstrap brokers"),
  KAFKA_CLIENT_ID: z.string().min(1).default("cordon").describe("client id shown in broker logs"),
};

export const awsEnv = {
  AWS_REGION: z.string().min(1).describe("region passed to the AWS SDK clients"),
};

export const s3Env = {
  ...awsEnv,
  S3_ENDPOINT: z.url().optional().describe("S3-compatible endpoint; unset means AWS S3"),
  S3_BUCKET: z.string().min(3).describe("bucket that holds the lake, exports and audit checkpoints"),
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true")
    .describe("path-style addressing, needed by S3Proxy and MinIO"),
};

export const kmsEnv = {
  ...awsEnv,
  KMS_ENDPOINT: z.url().optional().describe("KMS endpoint; unset means AWS KMS"),
  KMS_ALIAS_PREFIX: z.string().default("alias/cordon/").describe("prefix of the per-category key aliases"),
};

/** The gateway verifies collector secrets and the control API hashes new ones: both under this key. */
export const collectorSecretPepperEnv = {
  COLLECTOR_SECRET_PEPPER_FILE: z
    .string()
    .min(1)
    .describe("server-side HMAC key (base64, >= 32 bytes) that collector client secrets are hashed under"),
};

/** What collectors must not record: the gateway serves and enforces it, the pipeline enforces it again. */
export const collectorExclusionsEnv = {
  COLLECTOR_EXCLUSIONS: z
    .string()
    .optional()
    .describe(
      "JSON exclusion list (apps, URL patterns) collectors must not record; unset means the defaults",
    ),
  COLLECTOR_EXCLUSIONS_FILE: z
    .string()
    .optional()
    .describe("the same as a file path; at most one of the two"),
};

export const serviceEnv = {
  HOST: z.string().default("127.0.0.1").describe("address the HTTP server binds to"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

/** The parsed values of each shared fragment, for code that builds a client from them. */
export type KafkaSettings = z.output<z.ZodObject<typeof kafkaEnv>>;
export type S3Settings = z.output<z.ZodObject<typeof s3Env>>;
export type KmsSettings = z.output<z.ZodObject<typeof kmsEnv>>;
