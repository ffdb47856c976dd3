import type { StoredPosition } from "@cordon/event-log";
import type { BatchHeader, EventRejection, TelemetryEvent } from "@cordon/events";
import { HttpError } from "@cordon/http";
import type { Logger } from "@cordon/observability";
import { rawBatchSchema } from "@cordon/transit";
import type { BatchAnswer, BatchLedger, BatchOwner } from "./batch-ledger.ts";
import type { BatchPublisher, PublishSlot } from "./batch-publisher.ts";
import type { GatewayMetrics } from "./metrics.ts";

export interface ValidatedBatch {
  header: BatchHeader;
  accepted: TelemetryEvent[];
  rejected: EventRejection[];
}

export interface IntakeResult {
  answer: BatchAnswer;
  /** True when the answer came from the ledger: this batch id was answered before. */
  deduplicated: boolean;
  position?: StoredPosition;
}

export interface BatchIntakeOptions {
  ledger: BatchLedger;
  publisher: BatchPublisher;
  metrics: GatewayMetrics;
  produceTimeoutMs: number;
  retryAfterSeconds: number;
}

/** The request's logger: ids and counts only, like every gateway log line. */
type IntakeLog = Pick<Logger, "warn" | "error">;

const timedOut = Symbol("timed out");

/**
 * Takes a validated batch from its claim in the idempotency ledger to an
 * answer the collector can rely on: 202 only once Kafka acknowledged the
 * record (or there was nothing to produce), 503 with Retry-After when Kafka or
 * KMS could not take it in time, the recorded answer for a retry.
 */
export class BatchIntake {
  readonly #options: BatchIntakeOptions;
  readonly #unsettled = new Set<Promise<unknown>>();

  constructor(options: BatchIntakeOptions) {
    this.#options = options;
  }

  async intake(
    owner: BatchOwner,
    batch: ValidatedBatch,
    receivedAt: number,
    log: IntakeLog,
  ): Promise<IntakeResult> {
    const { ledger, publisher, metrics, retryAfterSeconds } = this.#options;
    const slot = publisher.reserve();
    try {
      const claim = await ledger.claim(owner).catch((error: unknown) => {
        log.warn({ batchId: owner.batchId, err: error }, "the idempotency ledger could not be reached");
        throw new HttpError("dependency_unavailable", "the batch could not be checked; retry later", {
          retryAfterSeconds,
        });
      });
      switch (claim.outcome) {
        case "conflict":
          throw new HttpError("batch_id_conflict", "this batch id was already used by another collector");
        case "in_progress":
          throw new HttpError(
            "batch_in_progress",
            "this batch is still being accepted; retry to get its answer",
            {
              retryAfterSeconds,
            },
          );
        case "answered":
          metrics.batchesDeduplicated.inc();
          return { answer: claim.answer, deduplicated: true };
        case "claimed":
          break;
      }
      const answer: BatchAnswer = {
        batchId: owner.batchId,
        accepted: batch.accepted.length,
        rejected: batch.rejected,
      };
      if (batch.accepted.length === 0) {
        // Nothing for Kafka; the answer is still recorded so a retry gets it.
        await ledger.recordAnswer(owner, claim.claimId, answer, undefined).catch((error: unknown) => {
          log.warn({ batchId: owner.batchId, err: error }, "the idempotency ledger could not be reached");
          throw new HttpError("dependency_unavailable", "the batch could not be recorded; retry later", {
            retryAfterSeconds,
          });
        });
        return { answer, deduplicated: false };
      }
      const position = await this.#produceInTime(slot, owner, claim.claimId, batch, answer, receivedAt, log);
      return { answer, deduplicated: false, position };
    } finally {
      slot.release(); // a no-op once a produce holds the slot: it is freed when Kafka settles it
    }
  }

  /** Resolves once every produce started here has settled and been recorded; for shutdown. */
  async settled(): Promise<void> {
    while (this.#unsettled.size > 0) await Promise.allSettled([...this.#unsettled]);
  }

  async #produceInTime(
    slot: PublishSlot,
    owner: BatchOwner,
    claimId: string,
    batch: ValidatedBatch,
    answer: BatchAnswer,
    receivedAt: number,
    log: IntakeLog,
  ): Promise<StoredPosition> {
    const { produceTimeoutMs, retryAfterSeconds } = this.#options;
    const producing = this.#produceAndRecord(slot, owner, claimId, batch, answer, receivedAt, log);
    this.#unsettled.add(producing);
    producing.then(
      () => this.#unsettled.delete(producing),
      () => this.#unsettled.delete(producing),
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), produceTimeoutMs);
    });
    try {
      const outcome = await Promise.race([producing, deadline]);
      if (outcome === timedOut) {
        // The produce goes on and settles the ledger either way: a retry then
        // gets its answer, or claims the batch id again.
        log.warn(
          { batchId: owner.batchId, timeoutMs: produceTimeoutMs },
          "Kafka did not acknowledge in time",
        );
        throw new HttpError("dependency_unavailable", "Kafka did not acknowledge the batch in time", {
          retryAfterSeconds,
        });
      }
      return outcome;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      log.warn({ batchId: owner.batchId, err: error }, "batch could not be produced");
      throw new HttpError("dependency_unavailable", "the batch could not be stored; retry later", {
        retryAfterSeconds,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  async #produceAndRecord(
    slot: PublishSlot,
    owner: BatchOwner,
    claimId: string,
    batch: ValidatedBatch,
    answer: BatchAnswer,
    receivedAt: number,
    log: IntakeLog,
  ): Promise<StoredPosition> {
    const { ledger } = this.#options;
    let position: StoredPosition;
    try {
      position = await slot.publish(owner, {
        schema: rawBatchSchema,
        batchId: owner.batchId,
        orgId: owner.orgId,
        subjectId: owner.subjectId,
        collectorId: owner.collectorId,
        receivedAt,
        sentAt: batch.header.sentAt,
        collector: batch.header.collector,
        events: batch.accepted,
      });
    } catch (error) {
      await ledger.release(owner, claimId).catch((releaseError: unknown) => {
        // The claim then expires on its own (BATCH_CLAIM_TTL_MS) and a retry takes it over.
        log.error(
          { batchId: owner.batchId, err: releaseError },
          "could not release the claim on a failed batch",
        );
      });
      throw error;
    }
    try {
      const recorded = await ledger.recordAnswer(owner, claimId, answer, position);
      if (!recorded)
        log.warn({ batchId: owner.batchId }, "the claim on an acknowledged batch was taken over");
    } catch (error) {
      // Kafka has the batch, so the collector still gets its 202; a retry
      // after the claim expires may produce a copy, which the pipeline drops by batch id.
      log.error({ batchId: owner.batchId, err: error }, "acknowledged batch could not be recorded");
    }
    return position;
  }
}
