import type { EventLog, StoredPosition } from "@cordon/event-log";
import {
  compressRawBatch,
  type RawBatchCompression,
  rawBatchHeaders,
  rawBatchSchema,
  sealBatch,
  type TransitKeyCache,
  transitEnvelopeName,
} from "@cordon/transit";
import type { BatchOwner } from "./db/batch-ledger.ts";
import type { GatewayMetrics } from "./metrics.ts";

export interface BatchPublisherOptions {
  eventLog: EventLog;
  topic: string;
  transitKeys: TransitKeyCache;
  metrics: GatewayMetrics;
  maxInFlight: number;
  /**
   * Most bytes of batch JSON those produces may hold at once. A batch waits
   * for Kafka holding its body and its raw batch, both about this size, so
   * this bounds the memory of batches in flight whatever their size; the
   * count alone would let 256 large batches hold gigabytes.
   */
  maxInFlightBytes: number;
  /** How the batch is compressed before sealing; gzip unless the config says otherwise. */
  compression?: RawBatchCompression;
}

/**
 * A place among the bounded produces in flight. It is held from before the
 * batch id is claimed until Kafka settles the produce, even when the request
 * stopped waiting earlier, so the bound is on work Kafka still owes, not on
 * requests still open.
 */
export interface PublishSlot {
  /**
   * Compresses, seals and produces a raw batch's JSON (`encodeRawBatch`,
   * `encodeRawBatchAround`); resolves when Kafka acknowledged (acks=all).
   * Frees the slot when it settles.
   */
  publish(owner: BatchOwner, rawBatchJson: Buffer): Promise<StoredPosition>;
  /** Frees the slot if nothing was produced with it; after `publish`, only the produce settling frees it. */
  release(): void;
}

/** Produces sealed batches to the raw topic, one record per batch, keyed by subject. */
export class BatchPublisher {
  readonly #options: BatchPublisherOptions;
  #inFlight = 0;
  #inFlightBytes = 0;

  constructor(options: BatchPublisherOptions) {
    this.#options = options;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  get inFlightBytes(): number {
    return this.#inFlightBytes;
  }

  /**
   * Takes a slot for a batch of `bytes` of JSON, or none when `maxInFlight`
   * produces already wait for Kafka or their bytes and these would pass
   * `maxInFlightBytes`: Kafka is behind, and more waiting would only grow
   * memory. A batch is never refused for its size alone: with nothing in
   * flight it gets a slot, as the body limits already bound it.
   */
  reserve(bytes: number): PublishSlot | undefined {
    const { maxInFlight, maxInFlightBytes, metrics } = this.#options;
    if (this.#inFlight >= maxInFlight) return undefined;
    if (this.#inFlight > 0 && this.#inFlightBytes + bytes > maxInFlightBytes) return undefined;
    this.#inFlight += 1;
    this.#inFlightBytes += bytes;
    metrics.producesInFlight.inc();
    let held = true;
    let producing = false;
    const free = () => {
      if (!held) return;
      held = false;
      this.#inFlight -= 1;
      this.#inFlightBytes -= bytes;
      metrics.producesInFlight.dec();
    };
    return {
      publish: (owner, rawBatchJson) => {
        producing = true;
        return this.#publish(owner, rawBatchJson).finally(free);
      },
      release: () => {
        if (!producing) free();
      },
    };
  }

  async #publish(owner: BatchOwner, rawBatchJson: Buffer): Promise<StoredPosition> {
    const { eventLog, topic, transitKeys, metrics } = this.#options;
    const key = await transitKeys.acquire();
    const plaintext = await compressRawBatch(rawBatchJson, this.#options.compression ?? "gzip");
    const value = sealBatch(plaintext, key, owner);
    const stopTimer = metrics.produceSeconds.startTimer();
    try {
      const [position] = await eventLog.publish(topic, [
        {
          // The collector, not the subject: the enrolment's subject id (often an
          // e-mail address) must not be a Kafka byte in the clear. One collector's
          // batches still share a partition, which is what ordering needs.
          key: owner.collectorId,
          value,
          headers: {
            [rawBatchHeaders.schema]: rawBatchSchema,
            [rawBatchHeaders.envelope]: transitEnvelopeName,
            [rawBatchHeaders.batchId]: owner.batchId,
            [rawBatchHeaders.collectorId]: owner.collectorId,
            [rawBatchHeaders.orgId]: owner.orgId,
          },
        },
      ]);
      if (position === undefined) throw new Error("Kafka acknowledged without a position");
      stopTimer({ outcome: "acknowledged" });
      return position;
    } catch (error) {
      stopTimer({ outcome: "failed" });
      throw error;
    }
  }
}
