import {
  type BatchLimits,
  type CompiledEventChecks,
  type EventRejection,
  type ExclusionMatcher,
  type TelemetryEvent,
  validateBatch,
} from "@cordon/events";
import { HttpError, parseJsonBody } from "@cordon/http";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { collectorOf } from "../../auth/collector-auth.ts";
import type { BatchIntake, IntakeOutcome, ValidatedBatch } from "../../batch-intake.ts";
import { findEventsSpan } from "../../events-span.ts";
import type { IngestChecks } from "../../ingest-checks.ts";
import type { GatewayMetrics } from "../../metrics.ts";

export interface SubmitBatchOptions {
  checks: IngestChecks;
  intake: BatchIntake;
  metrics: GatewayMetrics;
  limits: BatchLimits;
  /** The event model's compiled checks, made once at start-up: the fast path of `validateBatch`. */
  eventChecks: CompiledEventChecks;
  /** The exclusion list served to collectors, enforced here too: matching events are dropped. */
  exclusions: ExclusionMatcher;
  retryAfterSeconds: number;
}

// Enough for a collector's developer to see what is wrong, bounded for a hostile batch.
const maxRejectionsInRefusal = 100;

/**
 * POST /v1/batches: a collector's batch of events → one sealed Kafka record.
 * Runs in the collector context, so the token and enrolment are checked
 * before this route's own hook, and the body is read by the batch body parser
 * (size, gzip and JSON limits) only after both let the request through.
 */
export function submitBatchRoute(app: FastifyInstance, options: SubmitBatchOptions): void {
  const { checks, intake, metrics } = options;

  app.post(
    "/v1/batches",
    {
      onRequest: refuseClosedIngest(checks, options.retryAfterSeconds),
      // Event strings are checked per event by the batch validator, and only
      // travel sealed: a NUL in one typed text must not refuse the batch.
      config: { bodyTextUnchecked: true },
    },
    async (request, reply) => {
      const receivedAt = Date.now();
      const collector = collectorOf(request);
      const batch = readBatch(request.body, options);
      const owner = {
        batchId: batch.header.batchId,
        collectorId: collector.collectorId,
        orgId: collector.orgId,
        subjectId: collector.subjectId,
      };
      const result = await intake.intake(owner, batch, receivedAt, request.log);
      if (result.outcome !== "accepted") throw intakeRefusal(result, options.retryAfterSeconds);

      if (!result.deduplicated) {
        metrics.eventsAccepted.inc(result.answer.accepted);
        for (const rejection of result.answer.rejected)
          metrics.eventsRejected.inc({ reason: rejection.code });
      }
      request.log.info(
        {
          batchId: owner.batchId,
          collectorId: owner.collectorId,
          accepted: result.answer.accepted,
          rejected: result.answer.rejected.length,
          deduplicated: result.deduplicated,
          partition: result.position?.partition,
          offset: result.position?.offset,
        },
        "batch accepted",
      );
      return reply.status(202).send(result.answer);
    },
  );
}

/**
 * Parses, validates and screens a batch body and encodes the events it keeps
 * as JSON. Synchronous and apart from the handler on purpose: the parsed
 * batch is garbage as soon as this returns, instead of being held (and
 * promoted to the old generation) through the claim and the wait for Kafka.
 */
function readBatch(
  body: unknown,
  options: Pick<SubmitBatchOptions, "limits" | "eventChecks" | "exclusions" | "metrics">,
): ValidatedBatch {
  if (!Buffer.isBuffer(body)) {
    throw new HttpError("unsupported_media_type", "the batch must be sent as application/json");
  }
  const parsed = parseJsonBody(body);
  const validation = validateBatch(parsed, options.limits, options.eventChecks);
  if (!validation.ok) throw new HttpError(validation.code, validation.reason);
  if (validation.accepted.length === 0 && validation.rejected.length > 0) {
    throw new HttpError("no_valid_events", "no event of the batch is valid; see details.rejected", {
      details: {
        rejected: validation.rejected.slice(0, maxRejectionsInRefusal),
        rejectedCount: validation.rejected.length,
      },
    });
  }
  const kept = dropExcludedEvents(validation.accepted, validation.rejected, options.exclusions);
  for (const reason of kept.excludedReasons) options.metrics.eventsExcluded.inc({ reason });
  return {
    header: validation.batch,
    acceptedCount: kept.accepted.length,
    eventsJson:
      eventsAsSent(body, parsed, kept.accepted) ?? Buffer.from(JSON.stringify(kept.accepted), "utf8"),
    rejected: kept.rejected,
  };
}

/**
 * The body's own bytes of its events array, when every event in it is kept
 * exactly as it was parsed (none refused or excluded, none replaced by zod's
 * cleaned copy): they are then the JSON of the kept events already, and
 * writing them again would cost more than everything else done per event.
 */
function eventsAsSent(body: Buffer, parsed: unknown, kept: readonly unknown[]): Buffer | undefined {
  const sent = (parsed as { events?: unknown }).events;
  if (!Array.isArray(sent) || sent.length !== kept.length) return undefined;
  for (let index = 0; index < kept.length; index++) if (kept[index] !== sent[index]) return undefined;
  const span = findEventsSpan(body);
  return span === undefined ? undefined : body.subarray(span.start, span.end);
}

/**
 * Consent and pause come before the body is read: an opted-out subject's
 * events are never parsed, and a paused gateway spends nothing on a batch it
 * will not take.
 */
function refuseClosedIngest(checks: IngestChecks, retryAfterSeconds: number) {
  return async (request: FastifyRequest): Promise<void> => {
    const collector = collectorOf(request);
    if (collector.optedOut) {
      throw new HttpError(
        "subject_opted_out",
        "the person this collector records has opted out; stop recording",
      );
    }
    const pause = await checks.pauseFor(collector).catch((error: unknown) => {
      request.log.warn({ err: error }, "pause switches could not be read");
      throw new HttpError("dependency_unavailable", "ingest state could not be checked; retry later", {
        retryAfterSeconds,
      });
    });
    if (pause !== undefined) {
      throw new HttpError("ingest_paused", "ingest is paused; keep the batch and retry later", {
        retryAfterSeconds: pause.retryAfterSeconds,
        details: { scope: pause.scope },
      });
    }
  };
}

/** What the collector is told when its batch was not accepted; all but a conflict are worth a retry. */
function intakeRefusal(
  refusal: Exclude<IntakeOutcome, { outcome: "accepted" }>,
  retryAfterSeconds: number,
): HttpError {
  const retry = { retryAfterSeconds };
  switch (refusal.outcome) {
    case "overloaded":
      return new HttpError("overloaded", "too many batches are waiting for Kafka", retry);
    case "batch_id_conflict":
      return new HttpError("batch_id_conflict", "this batch id was already used by another collector");
    case "in_progress":
      return new HttpError(
        "batch_in_progress",
        "this batch is still being accepted; retry to get its answer",
        retry,
      );
    case "ledger_unavailable":
      return new HttpError(
        "dependency_unavailable",
        refusal.step === "claim"
          ? "the batch could not be checked; retry later"
          : "the batch could not be recorded; retry later",
        retry,
      );
    case "produce_timed_out":
      return new HttpError("dependency_unavailable", "Kafka did not acknowledge the batch in time", retry);
    case "produce_failed":
      return new HttpError("dependency_unavailable", "the batch could not be stored; retry later", retry);
  }
}

/**
 * Drops the events recorded in an excluded app or site, before anything is
 * sealed: each becomes an `excluded_source` rejection at its position in the
 * batch, so the collector learns which ones, and is counted by the
 * exclusion's reason (never by anything from the event).
 */
function dropExcludedEvents(
  accepted: TelemetryEvent[],
  rejected: EventRejection[],
  exclusions: ExclusionMatcher,
): { accepted: TelemetryEvent[]; rejected: EventRejection[]; excludedReasons: string[] } {
  const refusedAt = new Set(rejected.map((rejection) => rejection.index));
  const kept: TelemetryEvent[] = [];
  const excluded: EventRejection[] = [];
  const excludedReasons: string[] = [];
  // `accepted` holds the valid events in batch order; their batch positions are the ones not refused.
  let position = 0;
  for (const event of accepted) {
    while (refusedAt.has(position)) position++;
    const reason = exclusions.reasonFor(event);
    if (reason === undefined) kept.push(event);
    else {
      excluded.push({
        index: position,
        code: "excluded_source",
        reason: `recorded in an app or site on the exclusion list (${reason}); dropped`,
      });
      excludedReasons.push(reason);
    }
    position++;
  }
  if (excluded.length === 0) return { accepted, rejected, excludedReasons };
  const allRejected = [...rejected, ...excluded].sort((a, b) => a.index - b.index);
  return { accepted: kept, rejected: allRejected, excludedReasons };
}
