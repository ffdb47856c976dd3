import {
  collectorExclusionsEnv,
  collectorSecretPepperEnv,
  gatewayDatabaseEnv,
  kafkaEnv,
  kmsEnv,
  serviceEnv,
} from "@cordon/config";
import { maxRecordBytes, rawEventsTopic } from "@cordon/event-log";
import { rawBatchCompressions } from "@cordon/transit";
import { z } from "zod";

const positiveInt = () => z.coerce.number().int().min(1);
const mebibytes = (count: number) => count * 1024 * 1024;

/** The gateway's environment; parsed once in main.ts and passed down. */
export const gatewayConfigSchema = z
  .object({
    ...serviceEnv,
    ...gatewayDatabaseEnv,
    ...kafkaEnv,
    ...kmsEnv,
    ...collectorSecretPepperEnv,
    ...collectorExclusionsEnv,
    KAFKA_CLIENT_ID: z.string().min(1).default("cordon-gateway").describe("client id shown in broker logs"),
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(8480).describe("port to listen on"),
    RAW_EVENTS_TOPIC: z
      .string()
      .min(1)
      .default(rawEventsTopic)
      .describe("topic the sealed batches go to; only tests and staging change it"),

    COLLECTOR_TOKEN_SIGNING_KEY_FILE: z
      .string()
      .min(1)
      .describe("ES256 (P-256) private key, PKCS#8 PEM, that signs collector tokens"),
    COLLECTOR_TOKEN_ISSUER: z.string().min(1).default("cordon-gateway").describe("`iss` of collector tokens"),
    COLLECTOR_TOKEN_TTL_SECONDS: positiveInt()
      .max(3600)
      .default(900)
      .describe("lifetime of a collector token; short, because revocation is also checked per request"),
    TOKEN_REQUESTS_PER_CLIENT_PER_MINUTE: positiveInt()
      .default(10)
      .describe("token requests one client id may make in a minute (per gateway instance); more get 429"),
    TOKEN_REQUESTS_PER_ADDRESS_PER_MINUTE: positiveInt()
      .default(120)
      .describe(
        "token requests one source address may make in a minute (per gateway instance); more get 429",
      ),
    TOKEN_REFUSAL_BURST_PER_MINUTE: positiveInt()
      .default(100)
      .describe("refused token requests within a minute that raise the token_refusal_burst alert"),
    REVOCATION_CHECK_TTL_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(60_000)
      .default(2_000)
      .describe("longest a collector's enrolment and consent state is reused before Postgres is asked again"),
    PAUSE_CHECK_TTL_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(60_000)
      .default(2_000)
      .describe("longest the ingest pause switches are reused before Postgres is asked again"),

    MAX_REQUEST_BYTES: positiveInt()
      .default(mebibytes(1))
      .describe("largest request body as sent (compressed or not)"),
    MAX_DECOMPRESSED_BYTES: positiveInt()
      .default(mebibytes(8))
      .describe("largest body after gzip inflation; inflation stops as soon as it is passed"),
    MAX_EVENTS_PER_BATCH: positiveInt().default(2_000).describe("most events one batch may carry"),
    MAX_STRING_LENGTH: positiveInt().default(32_768).describe("longest string (or field name) in a batch"),
    MAX_NESTING_DEPTH: z.coerce
      .number()
      .int()
      .min(4)
      .default(8)
      .describe("deepest nesting of objects and arrays; a valid v1 batch needs 4"),

    MAX_IN_FLIGHT: positiveInt()
      .default(256)
      .describe("most batches being produced to Kafka at once; more are answered 503 overloaded"),
    MAX_IN_FLIGHT_BYTES: positiveInt()
      .default(mebibytes(64))
      .describe(
        "most bytes of batch JSON being produced to Kafka at once (each holds about twice its size); more are answered 503 overloaded",
      ),
    TRANSIT_COMPRESSION: z
      .enum(rawBatchCompressions)
      .default("gzip")
      .describe(
        "how a batch is compressed before it is sealed for Kafka (ciphertext does not compress); `none` trades broker disk and network for gateway CPU",
      ),
    PRODUCE_TIMEOUT_MS: positiveInt()
      .default(5_000)
      .describe("how long a request waits for Kafka's acknowledgement before answering 503"),
    RETRY_AFTER_SECONDS: positiveInt()
      .max(3600)
      .default(5)
      .describe("Retry-After sent with 503 overloaded and dependency_unavailable"),
    BATCH_CLAIM_TTL_MS: positiveInt()
      .default(120_000)
      .describe("after this long an unfinished claim on a batch id (a crashed gateway) may be taken over"),

    TRANSIT_KEY_TTL_MS: positiveInt()
      .default(300_000)
      .describe("longest one KMS transit data key seals records"),
    TRANSIT_KEY_MAX_USES: positiveInt().default(10_000).describe("most records one transit data key seals"),

    READINESS_TIMEOUT_MS: positiveInt()
      .default(1_000)
      .describe("how long /readyz waits for Kafka, KMS, Postgres"),
    READINESS_CACHE_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(1_500)
      .describe("how long a readiness answer is reused, so probes do not hammer the dependencies"),
    SHUTDOWN_TIMEOUT_MS: positiveInt()
      .default(15_000)
      .describe("how long in-flight requests (and their Kafka produces) get to finish on SIGTERM"),
  })
  .superRefine((config, context) => {
    if (config.COLLECTOR_EXCLUSIONS !== undefined && config.COLLECTOR_EXCLUSIONS_FILE !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["COLLECTOR_EXCLUSIONS"],
        message: "set at most one of COLLECTOR_EXCLUSIONS and COLLECTOR_EXCLUSIONS_FILE",
      });
    }
    if (config.MAX_DECOMPRESSED_BYTES < config.MAX_REQUEST_BYTES) {
      context.addIssue({
        code: "custom",
        path: ["MAX_DECOMPRESSED_BYTES"],
        message: "must be at least MAX_REQUEST_BYTES",
      });
    }
    // A batch becomes one Kafka record; one the topic cannot take would be
    // refused on every retry. Half the record limit leaves room for the envelope.
    if (config.MAX_DECOMPRESSED_BYTES > maxRecordBytes / 2) {
      context.addIssue({
        code: "custom",
        path: ["MAX_DECOMPRESSED_BYTES"],
        message: `must be at most ${maxRecordBytes / 2} bytes, half the largest record the Cordon topics accept`,
      });
    }
  });

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
