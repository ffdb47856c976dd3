import { type CollectorSecretPepper, verifyCollectorSecret } from "@cordon/collector-credentials";
import { isCollectorId, type Pool } from "@cordon/db";
import { type ErrorCode, HttpError } from "@cordon/http";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { findCollectorCredential } from "../../db/enrolment-records.ts";

const tokenRequestSchema = z.strictObject({
  clientId: z.string().min(1).max(128),
  clientSecret: z.string().min(1).max(512),
});

export interface IssueTokenOptions {
  pool: Pool;
  pepper: CollectorSecretPepper;
  tokenTtlSeconds: number;
  retryAfterSeconds: number;
  /** Token requests allowed per minute, per client id and per source address (this instance's counts). */
  limits: { perClientPerMinute: number; perAddressPerMinute: number };
  /** Told of every refused request (bad body, bad credentials, rate limited): audited in aggregate. */
  onRefused: (request: FastifyRequest, reason: ErrorCode) => void;
}

const invalidCredentials = () => new HttpError("invalid_credentials", "client id or secret is not valid");
const minuteMs = 60_000;

/**
 * POST /v1/auth/token: a collector's client id and secret → a short-lived
 * ES256 token naming the collector, its subject and its organisation.
 * Unknown, revoked and wrong-secret all get the same answer after the same
 * work (one HMAC, one constant-time compare), so the endpoint does not tell
 * which collector ids exist. Requests are limited per source address (before
 * the body is read) and per client id (after), in memory per gateway instance.
 */
export function issueTokenRoute(app: FastifyInstance, options: IssueTokenOptions): void {
  const perAddress = app.createRateLimit({
    max: options.limits.perAddressPerMinute,
    timeWindow: minuteMs,
    keyGenerator: (request) => `address:${request.ip}`,
  });
  const perClient = app.createRateLimit({
    max: options.limits.perClientPerMinute,
    timeWindow: minuteMs,
    keyGenerator: (request) => `client:${clientIdOf(request.body)}`,
  });
  const refuseOverLimit =
    (limiter: typeof perAddress) =>
    async (request: FastifyRequest): Promise<void> => {
      const result = await limiter(request);
      if (result.isAllowed || !result.isExceeded) return;
      throw new HttpError("rate_limited", "too many token requests; retry later", {
        retryAfterSeconds: Math.max(1, result.ttlInSeconds),
      });
    };

  app.post(
    "/v1/auth/token",
    {
      onRequest: refuseOverLimit(perAddress),
      preHandler: refuseOverLimit(perClient),
      // Refusals of any kind, also from the hooks above, reach the aggregated audit.
      onError: async (request, _reply, error) => {
        if (error instanceof HttpError && error.status < 500) options.onRefused(request, error.code);
      },
    },
    async (request, reply) => {
      const parsed = tokenRequestSchema.safeParse(request.body);
      if (!parsed.success)
        throw new HttpError("invalid_request", "the body must be { clientId, clientSecret }");
      const { clientId, clientSecret } = parsed.data;

      const credential = await findCollectorCredential(options.pool, clientId).catch((error: unknown) => {
        request.log.warn({ err: error }, "collector credentials could not be read");
        throw new HttpError("dependency_unavailable", "the credentials could not be checked; retry later", {
          retryAfterSeconds: options.retryAfterSeconds,
        });
      });
      const secretMatches = verifyCollectorSecret(clientSecret, credential?.secretHash, options.pepper);

      if (credential === undefined || credential.revoked || !secretMatches) {
        const refusal =
          credential === undefined ? "unknown" : credential.revoked ? "revoked" : "wrong_secret";
        request.log.info(
          { collectorId: isCollectorId(clientId) ? clientId : "(not a collector id)", refusal },
          "collector token refused",
        );
        throw invalidCredentials();
      }

      const accessToken = app.jwt.sign(
        { cid: credential.collectorId, sid: credential.subjectId, org: credential.orgId },
        { sub: credential.collectorId },
      );
      request.log.info({ collectorId: credential.collectorId }, "collector token issued");
      void reply.header("cache-control", "no-store");
      return { accessToken, tokenType: "Bearer", expiresIn: options.tokenTtlSeconds };
    },
  );
}

/** The client id a body names, whatever else is wrong with it: what the per-client limit counts. */
function clientIdOf(body: unknown): string {
  const clientId = (body as { clientId?: unknown } | null | undefined)?.clientId;
  return typeof clientId === "string" ? clientId.slice(0, 128) : "(none)";
}
