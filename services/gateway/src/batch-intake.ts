import type { StoredPosition } from "@cordon/event-log";
import type { BatchHeader, EventRejection } from "@cordon/events";
import type { Logger } from "@cordon/observability";
import { encodeRawBatchAround, rawBatchSchema } from "@cordon/transit";
import type { BatchPublisher, PublishSlot } from "./batch-publisher.ts";
import type { BatchAnswer, BatchClaim, BatchLedger, BatchOwner } from "./db/batch-ledger.ts";
import type { GatewayMetrics } from "./metrics.ts";

export interface ValidatedBatch {
  header: BatchHeader;
  /** How many events are accepted: those `eventsJson` holds. */
  acceptedCount: number;
  /**
   * The accepted events as a JSON array. Bytes, not objects: a batch waits
   * for Kafka holding this much memory, outside the heap.
   */
  eventsJson: Buffer;
  rejected: EventRejection[];
}

/** How a batch's intake ended; the route turns each outcome into its answer. */
export type IntakeOutcome =
  | {
      outcome: "accepted";
      answer: BatchAnswer;
      /** True when the answer came from the ledger: this batch id was answered before. */
      deduplicated: boolean;
      position?: StoredPosition;
    }
  /** Too many produces wait for Kafka already. */
  | { outcome: "overloaded" }
  /** Another collector used this batch id. */
  | { outcome: "batch_id_conflict" }
  /** Another request holds the claim on this batch id and has not finished. */
  | { outcome: "in_progress" }
  /** The idempotency ledger could not be reached to claim the batch id or record the answer. */
  | { outcome: "ledger_unavailable"; step: "claim" | "record" }
  /** Kafka did not acknowledge within the produce timeout; the produce goes on. */
  | { outcome: "produce_timed_out" }
  /** The batch could not be sealed or produced; its claim was released. */
  | { outcome: "produce_failed" };

type Refusal = Exclude<IntakeOutcome, { outcome: "accepted" }>;

export interface BatchIntakeOptions {
  ledger: BatchLedger;
  publisher: BatchPublisher;
  metrics: GatewayMetrics;
  produceTimeoutMs: number;
}

/** The request's logger: ids and counts only, like every gateway log line. */
type IntakeLog = Pick<Logger, "warn" | "error">;

const timedOut = Symbol("timed out");

/**
 * Takes a validated batch from its claim in the idempotency ledger to an
 * outcome the collector can rely on: accepted only once Kafka acknowledged the
 * record (or there was nothing to produce), a refusal to retry when Kafka or
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
  ): Promise<IntakeOutcome> {
    const { ledger, publisher, metrics } = this.#options;
    const slot = publisher.reserve(batch.eventsJson.length);
    if (slot === undefined) return { outcome: "overloaded" };
    try {
      let claim: BatchClaim;
      try {
        claim = await ledger.claim(owner);
      } catch (error) {
        log.warn({ batchId: owner.batchId, err: error }, "the idempotency ledger could not be reached");
        return { outcome: "ledger_unavailable", step: "claim" };
      }
      switch (claim.outcome) {
        case "conflict":
          return { outcome: "batch_id_conflict" };
        case "in_progress":
          return { outcome: "in_progress" };
        case "answered":
          metrics.batchesDeduplicated.inc();
          return { outcome: "accepted", answer: claim.answer, deduplicated: true };
        case "claimed":
          break;
      }
      const answer: BatchAnswer = {
        batchId: owner.batchId,
        accepted: batch.acceptedCount,
        rejected: batch.rejected,
      };
      if (batch.acceptedCount === 0) {
        // Nothing for Kafka; the answer is still recorded so a retry gets it.
        try {
          await ledger.recordAnswer(owner, claim.claimId, answer, undefined);
        } catch (error) {
          log.warn({ batchId: owner.batchId, err: error }, "the idempotency ledger could not be reached");
          return { outcome: "ledger_unavailable", step: "record" };
        }
        return { outcome: "accepted", answer, deduplicated: false };
      }
      const produced = await this.#produceInTime(slot, owner, claim.claimId, batch, answer, receivedAt, log);
      if (produced.outcome !== "produced") return produced;
      return { outcome: "accepted", answer, deduplicated: false, position: produced.position };
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
  ): Promise<{ outcome: "produced"; position: StoredPosition } | Refusal> {
    const { produceTimeoutMs } = this.#options;
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
        return { outcome: "produce_timed_out" };
      }
      return { outcome: "produced", position: outcome };
    } catch (error) {
      log.warn({ batchId: owner.batchId, err: error }, "batch could not be produced");
      return { outcome: "produce_failed" };
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
      const rawBatchJson = encodeRawBatchAround(
        {
          schema: rawBatchSchema,
          batchId: owner.batchId,
          orgId: owner.orgId,
          subjectId: owner.subjectId,
          collectorId: owner.collectorId,
          receivedAt,
          sentAt: batch.header.sentAt,
          collector: batch.header.collector,
        },
        batch.eventsJson,
      );
      position = await slot.publish(owner, rawBatchJson);
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
