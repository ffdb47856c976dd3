import { databaseEnv, kmsEnv, s3Env, serviceEnv } from "@cordon/config";
import { z } from "zod";

/** The control API's environment; parsed once in main.ts and passed down. */
export const controlApiConfigSchema = z
  .object({
    ...serviceEnv,
    ...databaseEnv,
    ...s3Env,
    ...kmsEnv,
    CONTROL_API_PORT: z.coerce.number().int().min(1).max(65535).default(8481).describe("port to listen on"),
    AUTH_ISSUER: z.string().min(1).describe("`iss` every human token must carry: the identity provider"),
    AUTH_AUDIENCE: z.string().min(1).describe("`aud` every human token must carry: this API"),
    AUTH_JWKS_URL: z
      .url()
      .refine((value) => /^https?:\/\//.test(value), "must be an http(s) URL")
      .optional()
      .describe("production: the identity provider's JWKS, fetched and cached"),
    AUTH_JWKS_FILE: z.string().min(1).optional().describe("local development: a JWKS JSON file"),
    AUTH_JWKS_CACHE_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(300)
      .describe("how long a fetched signing key is reused before the JWKS is asked again"),
    AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce
      .number()
      .int()
      .min(0)
      .max(300)
      .default(30)
      .describe("clock skew allowed between the identity provider and this host when checking exp/nbf"),
    AUDIT_CHECKPOINT_EVERY_RECORDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(1000)
      .describe("sign an access-log checkpoint once this many records are not covered by one"),
    AUDIT_CHECKPOINT_EVERY_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(300)
      .describe("…or once the newest checkpoint is this old and records came after it"),
    AUDIT_CHECKPOINT_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9._/-]+\/$/, "must end in /")
      .default("audit/checkpoints/")
      .describe("where checkpoint objects go in S3_BUCKET"),
    AUDIT_ALERT_AUTH_DENIED_PER_MINUTE: z.coerce
      .number()
      .int()
      .min(1)
      .default(20)
      .describe("refused calls within a minute that raise the auth_denied_burst alert"),
    AUDIT_ALERT_EXPORTS_PER_HOUR: z.coerce
      .number()
      .int()
      .min(1)
      .default(10)
      .describe("exports by one actor within an hour that raise the actor_exports alert"),
    AUDIT_ALERT_DECRYPTS_PER_HOUR: z.coerce
      .number()
      .int()
      .min(1)
      .default(500)
      .describe("decrypts by one actor within an hour that raise the actor_decrypts alert"),
    SUBJECT_PSEUDONYM_KEY_FILE: z
      .string()
      .min(1)
      .describe(
        "the pipeline's HMAC key file for subject pseudonyms: erasure finds the subject's lake keys by it",
      ),
    SHUTDOWN_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(10_000)
      .describe("how long in-flight requests get to finish on SIGTERM"),
  })
  .superRefine((config, context) => {
    // One source of signing keys: a file in production would silently pin keys
    // the identity provider has rotated away; a URL locally needs a server.
    if ((config.AUTH_JWKS_URL === undefined) === (config.AUTH_JWKS_FILE === undefined)) {
      context.addIssue({
        code: "custom",
        path: ["AUTH_JWKS_URL"],
        message: "set exactly one of AUTH_JWKS_URL (production) and AUTH_JWKS_FILE (local development)",
      });
    }
  });

export type ControlApiConfig = z.output<typeof controlApiConfigSchema>;
