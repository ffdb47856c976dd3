import type { BatchLimits, CollectorExclusions } from "@cordon/events";
import { HttpError } from "@cordon/http";
import type { FastifyInstance } from "fastify";
import { collectorOf } from "../../auth/collector-auth.ts";
import type { IngestChecks } from "../../ingest-checks.ts";

export interface CollectorConfigOptions {
  checks: IngestChecks;
  exclusions: CollectorExclusions;
  limits: BatchLimits & { maxRequestBytes: number; maxDecompressedBytes: number };
  refreshAfterSeconds: number;
  retryAfterSeconds: number;
}

/**
 * GET /v1/collector/config: what this collector must honour now — whether
 * ingest is paused for it (so it spools instead of sending), what it must not
 * record at all, and the batch limits to size its batches by.
 */
export function getCollectorConfigRoute(app: FastifyInstance, options: CollectorConfigOptions): void {
  app.get("/v1/collector/config", async (request, reply) => {
    const collector = collectorOf(request);
    const pause = await options.checks.pauseFor(collector).catch((error: unknown) => {
      request.log.warn({ err: error }, "pause switches could not be read");
      throw new HttpError("dependency_unavailable", "ingest state could not be checked; retry later", {
        retryAfterSeconds: options.retryAfterSeconds,
      });
    });
    void reply.header("cache-control", "no-store");
    return {
      collectorId: collector.collectorId,
      recording: !collector.optedOut,
      paused: pause !== undefined,
      ...(pause === undefined
        ? {}
        : { pause: { scope: pause.scope, retryAfterSeconds: pause.retryAfterSeconds } }),
      exclusions: options.exclusions,
      limits: options.limits,
      refreshAfterSeconds: options.refreshAfterSeconds,
    };
  });
}
