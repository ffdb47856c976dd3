import type { IncomingMessage } from "node:http";
import { appendAuditRecord, RefusalAudit } from "@cordon/audit";
import type { CollectorSecretPepper } from "@cordon/collector-credentials";
import type { Pool } from "@cordon/db";
import type { EventLog } from "@cordon/event-log";
import { type CollectorExclusions, compileEventChecks, ExclusionMatcher } from "@cordon/events";
import { createHttpApp } from "@cordon/http";
import type { KeyService } from "@cordon/key-service";
import type { Logger } from "@cordon/observability";
import { TransitKeyCache, transitEncryptionContext } from "@cordon/transit";
import fastifyJwt from "@fastify/jwt";
import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { authenticateCollector } from "./auth/collector-auth.ts";
import {
  type CollectorTokenKey,
  collectorTokenAlgorithm,
  collectorTokenAudience,
} from "./auth/collector-token.ts";
import { lingerOverRefusedBody, readBatchBody } from "./batch-body.ts";
import { BatchIntake } from "./batch-intake.ts";
import { BatchPublisher } from "./batch-publisher.ts";
import type { GatewayConfig } from "./config.ts";
import { BatchLedger } from "./db/batch-ledger.ts";
import type { Clock } from "./expiring-cache.ts";
import { IngestChecks } from "./ingest-checks.ts";
import type { GatewayMetrics } from "./metrics.ts";
import { ReadinessProbe } from "./readiness.ts";
import { getJwksRoute } from "./routes/auth/get-jwks.ts";
import { issueTokenRoute } from "./routes/auth/issue-token.ts";
import { submitBatchRoute } from "./routes/batches/submit-batch.ts";
import { getCollectorConfigRoute } from "./routes/collector/get-config.ts";
import { getHealthzRoute } from "./routes/health/get-healthz.ts";
import { getReadyzRoute } from "./routes/health/get-readyz.ts";
import { getMetricsRoute } from "./routes/metrics/get-metrics.ts";

/** What the gateway app is built from; main.ts makes them, tests make their own against the real stack. */
export interface GatewayAppOptions {
  config: GatewayConfig;
  logger: Logger;
  /** Connects as the gateway's own login (DATABASE_GATEWAY_URL): row-level security applies. */
  pool: Pool;
  eventLog: EventLog;
  keyService: KeyService;
  metrics: GatewayMetrics;
  tokenKey: CollectorTokenKey;
  exclusions: CollectorExclusions;
  /** The key collector secrets are hashed under (COLLECTOR_SECRET_PEPPER_FILE). */
  pepper: CollectorSecretPepper;
  /** Where refused token requests are noted; made here (appending to the access log) unless a test brings one. */
  refusalAudit?: RefusalAudit;
  /** Monotonic milliseconds for the revocation, pause and readiness caches; tests move it. */
  clock?: Clock;
}

// The token endpoint is the only route the shared JSON parser serves; batches have their own.
const tokenRequestBodyLimitBytes = 16 * 1024;
const collectorConfigRefreshSeconds = 60;
// How much of a refused body is still read and dropped after the answer: a
// client a few times over the limit finishes sending and reads its 413; an
// endless stream is cut off here.
const refusedBodyDrain = { maxBytes: 16 * 1024 * 1024, maxMs: 10_000 };
// Tokens whose verification is remembered; a bounded LRU, so a flood of distinct tokens only evicts.
const verifiedTokenCacheSize = 10_000;

export async function createGatewayApp(options: GatewayAppOptions): Promise<FastifyInstance> {
  const { config, pool, eventLog, keyService, metrics, tokenKey } = options;
  const clock = options.clock === undefined ? {} : { clock: options.clock };
  const retryAfterSeconds = config.RETRY_AFTER_SECONDS;
  const limits = {
    maxEvents: config.MAX_EVENTS_PER_BATCH,
    maxStringLength: config.MAX_STRING_LENGTH,
    maxDepth: config.MAX_NESTING_DEPTH,
  };
  const bodyLimits = {
    maxRequestBytes: config.MAX_REQUEST_BYTES,
    maxDecompressedBytes: config.MAX_DECOMPRESSED_BYTES,
  };

  const checks = new IngestChecks({
    pool,
    standingTtlMs: config.REVOCATION_CHECK_TTL_MS,
    pauseTtlMs: config.PAUSE_CHECK_TTL_MS,
    ...clock,
  });
  const transitKeys = new TransitKeyCache({
    generate: () => keyService.generateDataKey("transit", transitEncryptionContext),
    ttlMs: config.TRANSIT_KEY_TTL_MS,
    maxUses: config.TRANSIT_KEY_MAX_USES,
  });
  const intake = new BatchIntake({
    ledger: new BatchLedger({ pool, claimTtlMs: config.BATCH_CLAIM_TTL_MS }),
    publisher: new BatchPublisher({
      eventLog,
      topic: config.RAW_EVENTS_TOPIC,
      transitKeys,
      metrics,
      maxInFlight: config.MAX_IN_FLIGHT,
      maxInFlightBytes: config.MAX_IN_FLIGHT_BYTES,
      compression: config.TRANSIT_COMPRESSION,
    }),
    metrics,
    produceTimeoutMs: config.PRODUCE_TIMEOUT_MS,
  });
  const readiness = new ReadinessProbe({
    eventLog,
    keyService,
    pool,
    timeoutMs: config.READINESS_TIMEOUT_MS,
    cacheMs: config.READINESS_CACHE_MS,
    ...clock,
  });

  // Refused token requests go to the access log as one record per source and
  // minute, so a flood of bad credentials does not queue on the audit chain's lock.
  const refusalAudit =
    options.refusalAudit ??
    new RefusalAudit({
      append: (record) => appendAuditRecord(pool, record),
      burstThreshold: config.TOKEN_REFUSAL_BURST_PER_MINUTE,
      onBurst: (refusals) => {
        metrics.tokenRefusalBursts.inc();
        options.logger.warn({ event: "token_refusal_burst", refusals }, "burst of refused token requests");
      },
      onAppendFailed: (error, refusals) => {
        metrics.refusalAuditFailures.inc();
        options.logger.error({ err: error, refusals }, "aggregated refusal record not written");
      },
    });
  refusalAudit.start();

  const app = createHttpApp({ logger: options.logger, bodyLimitBytes: tokenRequestBodyLimitBytes });
  app.decorateRequest("collector", null);
  app.addHook("onResponse", async (request, reply) => {
    metrics.requests.inc({
      route: request.routeOptions.url ?? "(none)",
      method: request.method,
      status: String(reply.statusCode),
    });
  });
  // Closing waits for produces whose requests stopped waiting, so their
  // ledger rows are settled before the pool and the producer go away.
  app.addHook("onClose", async () => {
    await intake.settled();
    transitKeys.clear();
    await refusalAudit.close();
  });

  await app.register(fastifyJwt, {
    secret: { private: tokenKey.privatePem, public: tokenKey.publicPem },
    sign: {
      algorithm: collectorTokenAlgorithm,
      kid: tokenKey.kid,
      iss: config.COLLECTOR_TOKEN_ISSUER,
      aud: collectorTokenAudience,
      expiresIn: config.COLLECTOR_TOKEN_TTL_SECONDS,
    },
    verify: {
      algorithms: [collectorTokenAlgorithm],
      allowedIss: config.COLLECTOR_TOKEN_ISSUER,
      allowedAud: collectorTokenAudience,
      requiredClaims: ["exp", "iat", "sub", "cid", "sid", "org"],
      // A collector sends many batches with one token: its ES256 check is
      // remembered (by a hash of the whole token) until the token expires, so
      // it is not verified again per batch. Expiry is still checked on every
      // use, and revocation is checked per request through IngestChecks.
      cache: verifiedTokenCacheSize,
    },
  });

  // Limits are counted in memory per gateway instance; the token route sets its own.
  await app.register(fastifyRateLimit, { global: false });

  getHealthzRoute(app);
  getReadyzRoute(app, { readiness });
  getMetricsRoute(app, { metrics });
  issueTokenRoute(app, {
    pool,
    pepper: options.pepper,
    tokenTtlSeconds: config.COLLECTOR_TOKEN_TTL_SECONDS,
    retryAfterSeconds,
    limits: {
      perClientPerMinute: config.TOKEN_REQUESTS_PER_CLIENT_PER_MINUTE,
      perAddressPerMinute: config.TOKEN_REQUESTS_PER_ADDRESS_PER_MINUTE,
    },
    onRefused: (request, reason) => {
      metrics.tokenRefusals.inc({ reason });
      refusalAudit.note({
        sourceAddress: request.ip,
        route: "POST /v1/auth/token",
        reason,
        requestId: request.id,
      });
    },
  });
  getJwksRoute(app, { tokenKey });

  // Everything a collector does with its token: one context, one authentication hook.
  await app.register(async (collectorRoutes) => {
    collectorRoutes.addHook("onRequest", authenticateCollector(checks, retryAfterSeconds));
    // Only JSON batches, read with the byte and gzip limits; any other type is 415.
    collectorRoutes.removeAllContentTypeParsers();
    collectorRoutes.addContentTypeParser(
      "application/json",
      (_request: FastifyRequest, payload: IncomingMessage): Promise<unknown> =>
        readBatchBody(payload, bodyLimits),
    );
    // A refused body may still be arriving (a bomb, an endless stream). The
    // answer goes out at once; the rest of the body is then read and dropped
    // up to a bound before the connection is closed, so a client that reads
    // only once it has sent everything still finds the answer.
    // (Fastify marks a body refused by the parser `connection: close`, which
    // makes Node close at once; the body is still read, so the framing holds.)
    const refusesBody = (status: number) => status === 413 || status === 415;
    collectorRoutes.addHook("onSend", async (request, reply) => {
      if (refusesBody(reply.statusCode) && !request.raw.complete) reply.removeHeader("connection");
    });
    collectorRoutes.addHook("onResponse", async (request, reply) => {
      if (refusesBody(reply.statusCode)) lingerOverRefusedBody(request.raw, refusedBodyDrain);
    });
    submitBatchRoute(collectorRoutes, {
      checks,
      intake,
      metrics,
      limits,
      eventChecks: compileEventChecks(),
      exclusions: new ExclusionMatcher(options.exclusions),
      retryAfterSeconds,
    });
    getCollectorConfigRoute(collectorRoutes, {
      checks,
      exclusions: options.exclusions,
      limits: { ...limits, ...bodyLimits },
      refreshAfterSeconds: collectorConfigRefreshSeconds,
      retryAfterSeconds,
    });
  });

  return app;
}
