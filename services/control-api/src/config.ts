import { collectorSecretPepperEnv, controlDatabaseEnv, kmsEnv, s3Env, serviceEnv } from "@cordon/config";
import { z } from "zod";

/**
 * A JWKS decides whose tokens are believed, and an issuer's metadata where the
 * console signs in, so both are fetched over TLS; plain http only to a server
 * on this host (a local identity provider in development).
 */
const httpsOrLoopbackUrl = z.url().refine((value) => {
  const url = new URL(value);
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}, "must be an https:// URL (http:// only on loopback)");

/** The control API's environment; parsed once in main.ts and passed down. */
export const controlApiConfigSchema = z
  .object({
    ...serviceEnv,
    ...controlDatabaseEnv,
    ...collectorSecretPepperEnv,
    ...s3Env,
    ...kmsEnv,
    CONTROL_API_PORT: z.coerce.number().int().min(1).max(65535).default(8481).describe("port to listen on"),
    AUTH_ISSUER: z.string().min(1).describe("`iss` every human token must carry: the identity provider"),
    AUTH_AUDIENCE: z.string().min(1).describe("`aud` every human token must carry: this API"),
    AUTH_JWKS_URL: httpsOrLoopbackUrl
      .optional()
      .describe("production: the identity provider's JWKS, fetched and cached"),
    AUTH_JWKS_FILE: z.string().min(1).optional().describe("local development: a JWKS JSON file"),
    PLATFORM_AUTH_ISSUER: z
      .string()
      .min(1)
      .optional()
      .describe(
        "`iss` of platform operator tokens: the only issuer whose tokens may carry platform_operator",
      ),
    PLATFORM_AUTH_JWKS_URL: httpsOrLoopbackUrl.optional().describe("production: the platform issuer's JWKS"),
    PLATFORM_AUTH_JWKS_FILE: z
      .string()
      .min(1)
      .optional()
      .describe("local development: the platform issuer's JWKS file"),
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
    CONSOLE_OIDC_CLIENT_ID: z
      .string()
      .min(1)
      .default("cordon-console")
      .describe("the web console's client id at the identity provider (a public client using PKCE)"),
    CONSOLE_OIDC_DISCOVERY_URL: httpsOrLoopbackUrl
      .optional()
      .describe(
        "where the console reads the identity provider's metadata; <AUTH_ISSUER>/.well-known/openid-configuration unless set",
      ),
    CONSOLE_DIST_DIR: z
      .string()
      .min(1)
      .optional()
      .describe("the built console (services/console/dist unless set)"),
    INGESTION_METRICS_GATEWAY_URL: httpsOrLoopbackUrl
      .optional()
      .describe("the gateway's /metrics, for the console's ingestion chart"),
    INGESTION_METRICS_PIPELINE_URL: httpsOrLoopbackUrl
      .optional()
      .describe("the pipeline's /metrics, for the console's ingestion chart"),
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
    const platformKeySources =
      Number(config.PLATFORM_AUTH_JWKS_URL !== undefined) +
      Number(config.PLATFORM_AUTH_JWKS_FILE !== undefined);
    if (
      (config.PLATFORM_AUTH_ISSUER === undefined) !== (platformKeySources === 0) ||
      platformKeySources > 1
    ) {
      context.addIssue({
        code: "custom",
        path: ["PLATFORM_AUTH_ISSUER"],
        message:
          "set PLATFORM_AUTH_ISSUER together with exactly one of PLATFORM_AUTH_JWKS_URL and PLATFORM_AUTH_JWKS_FILE",
      });
    }
    if (config.PLATFORM_AUTH_ISSUER !== undefined && config.PLATFORM_AUTH_ISSUER === config.AUTH_ISSUER) {
      context.addIssue({
        code: "custom",
        path: ["PLATFORM_AUTH_ISSUER"],
        message:
          "must differ from AUTH_ISSUER: an organisation's identity provider must not grant platform_operator",
      });
    }
  });

export type ControlApiConfig = z.output<typeof controlApiConfigSchema>;
