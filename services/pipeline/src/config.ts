import {
  type OrganisationProfile,
  organisationProfileSchema,
  parseOrganisationProfile,
} from "@cordon/classifier";
import {
  collectorExclusionsEnv,
  kafkaEnv,
  kmsEnv,
  pipelineDatabaseEnv,
  s3Env,
  serviceEnv,
} from "@cordon/config";
import { deadLetterTopic, rawEventsTopic } from "@cordon/event-log";
import { z } from "zod";

const positiveInt = () => z.coerce.number().int().min(1);
const mebibytes = (count: number) => count * 1024 * 1024;
const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== ""),
    );

/** The pipeline's environment; parsed once in main.ts and passed down. */
export const pipelineConfigSchema = z
  .object({
    ...serviceEnv,
    ...pipelineDatabaseEnv,
    ...kafkaEnv,
    ...s3Env,
    ...kmsEnv,
    ...collectorExclusionsEnv,
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
    MAX_FILE_AGE_MS: positiveInt()
      .default(30_000)
      .describe(
        "…or when its first record was read from Kafka this long ago (waiting for typed text included), so steady traffic reaches the lake within a bound",
      ),
    TYPED_TEXT_HOLD_MS: positiveInt()
      .default(30_000)
      .describe(
        "how long a batch whose last keys began a word (or a secret) waits for the next batch to finish it; then the text is classified as it stands",
      ),
    TYPED_TEXT_MAX_HELD_RECORDS: positiveInt()
      .default(10_000)
      .describe(
        "records of a partition held back for unfinished typed text at most; beyond it the oldest is let go",
      ),
    KAFKA_SESSION_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(6_000)
      .default(10_000)
      .describe(
        "how long the group waits for a pipeline killed without leaving before its partitions move to another copy (the broker's minimum is 6 s)",
      ),
    KAFKA_HEARTBEAT_INTERVAL_MS: positiveInt()
      .default(1_000)
      .describe("how often a pipeline heartbeats to its group, also while it writes a file"),
    MAX_BUFFER_BYTES: positiveInt()
      .default(mebibytes(128))
      .describe(
        "buffered plaintext across partitions above which consumption pauses until files are written",
      ),
    TRANSIT_KEY_CACHE_ENTRIES: positiveInt()
      .default(1_024)
      .describe("unwrapped transit data keys kept, by wrapped-key bytes; the oldest goes first"),
    CLASSIFIER_REGIONS: commaList("US")
      .pipe(organisationProfileSchema.shape.regions.unwrap())
      .describe(
        "the organisation's regions (ISO codes, most likely first): national phone, address and id formats the classifier tries, e.g. US,GB,DE",
      ),
    CLASSIFIER_WORK_CHAT_APPS: commaList("")
      .pipe(organisationProfileSchema.shape.apps.unwrap().shape.workChat.unwrap())
      .describe(
        "apps (names or bundle ids, comma-separated) that are work chat here, beyond the known ones; personal talk typed there is still a conversation",
      ),
    CLASSIFIER_PERSONAL_MESSENGER_APPS: commaList("")
      .pipe(organisationProfileSchema.shape.apps.unwrap().shape.personalMessenger.unwrap())
      .describe("apps that are personal messengers here, beyond the known ones"),
    CLASSIFIER_AI_ASSISTANT_APPS: commaList("")
      .pipe(organisationProfileSchema.shape.apps.unwrap().shape.aiAssistant.unwrap())
      .describe(
        "apps that are AI assistants here, beyond the known ones: everything typed there is a prompt",
      ),
    SHUTDOWN_TIMEOUT_MS: positiveInt()
      .default(30_000)
      .describe("how long an in-flight file upload and catalog commit get to finish on SIGTERM"),
  })
  .superRefine((config, context) => {
    if (config.KAFKA_HEARTBEAT_INTERVAL_MS * 3 > config.KAFKA_SESSION_TIMEOUT_MS) {
      context.addIssue({
        code: "custom",
        path: ["KAFKA_HEARTBEAT_INTERVAL_MS"],
        message: "must be at most a third of KAFKA_SESSION_TIMEOUT_MS",
      });
    }
    if (config.MAX_BUFFER_BYTES < config.MAX_FILE_BYTES) {
      context.addIssue({
        code: "custom",
        path: ["MAX_BUFFER_BYTES"],
        message: "must be at least MAX_FILE_BYTES",
      });
    }
  });

export type PipelineConfig = z.output<typeof pipelineConfigSchema>;

function organisationInput(config: {
  CLASSIFIER_REGIONS: string[];
  CLASSIFIER_WORK_CHAT_APPS: string[];
  CLASSIFIER_PERSONAL_MESSENGER_APPS: string[];
  CLASSIFIER_AI_ASSISTANT_APPS: string[];
}) {
  return {
    regions: config.CLASSIFIER_REGIONS,
    apps: {
      workChat: config.CLASSIFIER_WORK_CHAT_APPS,
      personalMessenger: config.CLASSIFIER_PERSONAL_MESSENGER_APPS,
      aiAssistant: config.CLASSIFIER_AI_ASSISTANT_APPS,
    },
  };
}

/** The classifier's organisation profile, from variables the schema has already validated. */
export function classifierOrganisation(config: PipelineConfig): OrganisationProfile {
  const parsed = parseOrganisationProfile(organisationInput(config));
  if (!parsed.ok) throw new Error(`invalid classifier configuration: ${parsed.problems.join("; ")}`);
  return parsed.profile;
}
