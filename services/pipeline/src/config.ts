import { kafkaEnv, kmsEnv, pipelineDatabaseEnv, s3Env, serviceEnv } from "@cordon/config";
import { deadLetterTopic, rawEventsTopic } from "@cordon/event-log";
import { z } from "zod";

const positiveInt = () => z.coerce.number().int().min(1);
const mebibytes = (count: number) => count * 1024 * 1024;

/** The pipeline's environment; parsed once in main.ts and passed down. */
export const pipelineConfigSchema = z
  .object({
    ...serviceEnv,
    ...pipelineDatabaseEnv,
    ...kafkaEnv,
    ...s3Env,
    ...kmsEnv,
    KAFKA_CLIENT_ID: z.string().min(1).default("cordon-pipeline").describe("client id shown in broker logs"),
    PIPELINE_GROUP_ID: z
      .string()
      .min(1)
      .default("cordon-pipeline")
      .describe("consumer group; its offsets live in cordon.consumer_offsets, Kafka's copy is advisory"),
    RAW_EVENTS_TOPIC: z
      .string()
      .min(1)
      .default(rawEventsTopic)
      .describe("topic of sealed batches to consume; only tests and staging change it"),
    DEAD_LETTER_TOPIC: z
      .string()
      .min(1)
      .default(deadLetterTopic)
      .describe("where records that cannot be opened or parsed go, unchanged, with the reason in headers"),
    SUBJECT_PSEUDONYM_KEY_FILE: z
      .string()
      .min(1)
      .describe(
        "file holding the HMAC key (≥ 32 bytes, raw or hex/base64 text) that turns (org, subject id) into the lake's subject pseudonym; production mounts it from a secret store",
      ),
    PIPELINE_METRICS_PORT: z.coerce
      .number()
      .int()
      .min(0)
      .max(65535)
      .default(8482)
      .describe("port of GET /metrics (bound to HOST)"),
    MAX_FILE_ROWS: positiveInt().default(200_000).describe("a partition's file is written at this many rows"),
    MAX_FILE_BYTES: positiveInt()
      .default(mebibytes(64))
      .describe("…or when its buffered plaintext reaches this many bytes"),
    FLUSH_IDLE_MS: positiveInt()
      .default(10_000)
      .describe(
        "a partition that received nothing for this long has its buffer written, so data is never stranded",
      ),
    MAX_BUFFER_BYTES: positiveInt()
      .default(mebibytes(256))
      .describe(
        "buffered plaintext across partitions above which consumption pauses until files are written",
      ),
    TRANSIT_KEY_CACHE_ENTRIES: positiveInt()
      .default(1_024)
      .describe("unwrapped transit data keys kept, by wrapped-key bytes; the oldest goes first"),
    SHUTDOWN_TIMEOUT_MS: positiveInt()
      .default(30_000)
      .describe("how long an in-flight file upload and catalog commit get to finish on SIGTERM"),
  })
  .superRefine((config, context) => {
    if (config.MAX_BUFFER_BYTES < config.MAX_FILE_BYTES) {
      context.addIssue({
        code: "custom",
        path: ["MAX_BUFFER_BYTES"],
        message: "must be at least MAX_FILE_BYTES",
      });
    }
  });

export type PipelineConfig = z.output<typeof pipelineConfigSchema>;
