import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import type { TelemetryEvent } from "@cordon/events";
import { type BackoffPolicy, defaultBackoff, retryDelayMs } from "./backoff.ts";
import type {
  CollectorClient,
  CollectorClientOptions,
  CollectorNotice,
  CollectorStatus,
  RecordResult,
} from "./client-types.ts";
import { type Clock, systemClock } from "./clock.ts";
import { type CollectorConfig, type Exclusions, fallbackExclusions, isExcluded } from "./collector-config.ts";
import { counts, errorFromResponse, GatewayRequestError, readBody } from "./gateway-answer.ts";
import { GatewayConnection } from "./gateway-connection.ts";
import { batchBody, bodyOverheadBytes, type PendingEvent } from "./open-batch.ts";
import { readSavedConfig, saveConfig } from "./saved-config.ts";
import { BatchSpool, type SpooledBatch } from "./spool.ts";

export type {
  CollectorClient,
  CollectorClientOptions,
  CollectorNotice,
  CollectorStatus,
  EventRejection,
  RecordResult,
} from "./client-types.ts";

const gzip = promisify(gzipCallback);

/** Opens the spool in `spoolDir` (re-sending what an earlier run left there) and starts delivery. */
export async function createCollectorClient(options: CollectorClientOptions): Promise<CollectorClient> {
  const collector = options.collector ?? { version: "0.0.0", os: `${process.platform} ${process.arch}` };
  if (options.maxSpoolBytes < options.batch.maxBytes) {
    throw new RangeError("maxSpoolBytes must be at least batch.maxBytes, or no batch could ever be spooled");
  }
  if (bodyOverheadBytes(collector) >= options.batch.maxBytes) {
    throw new RangeError("batch.maxBytes leaves no room for events");
  }
  const spool = await BatchSpool.open(options.spoolDir, {
    maxRejectedBatches: options.maxRejectedBatches ?? 100,
  });
  const savedConfig = await readSavedConfig(options.spoolDir);
  return new SpoolingCollectorClient(options, collector, spool, savedConfig);
}

class SpoolingCollectorClient implements CollectorClient {
  readonly #options: CollectorClientOptions;
  readonly #collector: { version: string; os: string };
  readonly #spool: BatchSpool;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #backoff: BackoffPolicy;
  readonly #gateway: GatewayConnection;
  readonly #stop = new AbortController();
  readonly #overheadBytes: number;
  readonly #delivery: Promise<void>;

  #open: PendingEvent[] = [];
  #openBytes = 0;
  /** Bumped at each seal, so a batch's delay timer knows whether its batch is still open. */
  #openGeneration = 0;
  /** Seals the open batch once it is `maxDelayMs` old; cancelled when it is sealed sooner. */
  #delayTimer: AbortController | undefined;
  /** Seals run one after the other, so the spool's order is the order events were recorded. */
  #sealing: Promise<void> = Promise.resolve();
  /** Uncompressed bytes of batches being compressed and written, counted against the bound. */
  #sealingBytes = 0;
  #closed = false;

  #config: CollectorConfig | undefined;
  #exclusions: Exclusions;
  #configAskedAt = Number.NEGATIVE_INFINITY;
  #pausedUntil = 0;

  #wakeDelivery: (() => void) | undefined;
  #flushWaiters: { upTo: string; resolve: () => void }[] = [];

  constructor(
    options: CollectorClientOptions,
    collector: { version: string; os: string },
    spool: BatchSpool,
    savedConfig: CollectorConfig | undefined,
  ) {
    this.#options = options;
    this.#collector = collector;
    this.#spool = spool;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#backoff = { ...defaultBackoff, ...options.backoff };
    this.#overheadBytes = bodyOverheadBytes(collector);
    this.#config = savedConfig;
    this.#exclusions = savedConfig?.exclusions ?? fallbackExclusions;
    this.#gateway = new GatewayConnection({
      gatewayUrl: new URL(options.gatewayUrl),
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      fetch: options.fetch ?? globalThis.fetch,
      clock: this.#clock,
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    });
    this.#delivery = this.#deliverUntilStopped();
  }

  record(event: TelemetryEvent): RecordResult {
    if (this.#closed) return { recorded: false, reason: "closed" };
    if (this.#config?.recording === false) return { recorded: false, reason: "not_recording" };
    const place = { app: event.app, ...(event.url === undefined ? {} : { url: event.url }) };
    if (isExcluded(place, this.#exclusions)) return { recorded: false, reason: "excluded" };
    const json = JSON.stringify(event);
    const bytes = Buffer.byteLength(json);
    const maxEvents = this.#maxEvents();
    const maxBytes = this.#maxBatchBytes();
    if (this.#overheadBytes + bytes > maxBytes) return { recorded: false, reason: "too_large" };
    // Counted uncompressed, and the open batch as if already on disk: the bound can only be
    // undershot. Refusing the newest event keeps everything older; the host decides what to do.
    if (this.#spool.bytes + this.#sealingBytes + this.#openBytes + bytes + 1 > this.#options.maxSpoolBytes) {
      return { recorded: false, reason: "spool_full" };
    }
    if (this.#overheadBytes + this.#openBytes + bytes + 1 > maxBytes) this.#seal();
    if (this.#open.length === 0) this.#startDelayTimer();
    this.#open.push({ json, bytes, place });
    this.#openBytes += bytes + 1;
    if (this.#open.length >= maxEvents) this.#seal();
    return { recorded: true };
  }

  persist(): Promise<void> {
    this.#seal();
    return this.#sealing;
  }

  async flush(options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.persist();
    // Everything on disk now, including what an earlier run left behind.
    const upTo = this.#spool.newest()?.name;
    if (upTo === undefined || !this.#hasPendingUpTo(upTo)) return;
    if (this.#stop.signal.aborted) throw new Error("collector client is closed");
    await new Promise<void>((resolve, reject) => {
      const waiter = { upTo, resolve };
      this.#flushWaiters.push(waiter);
      options.signal?.addEventListener(
        "abort",
        () => {
          this.#flushWaiters = this.#flushWaiters.filter((other) => other !== waiter);
          reject(options.signal?.reason);
        },
        { once: true },
      );
    });
  }

  async close(options: { deliverForMs?: number } = {}): Promise<void> {
    if (this.#closed) return this.#delivery;
    this.#closed = true;
    await this.persist();
    const deliverForMs = options.deliverForMs ?? 0;
    if (deliverForMs > 0) {
      const deadline = new AbortController();
      await Promise.race([
        this.flush({ signal: deadline.signal }).catch(() => undefined),
        this.#clock.sleep(deliverForMs, deadline.signal),
      ]);
      deadline.abort();
    }
    this.#stop.abort();
    this.#wakeDelivery?.();
    await this.#delivery;
    for (const waiter of this.#flushWaiters) waiter.resolve();
    this.#flushWaiters = [];
  }

  status(): CollectorStatus {
    return {
      paused: this.#isPaused(),
      spooledBatches: this.#spool.count,
      spooledBytes: this.#spool.bytes,
      openEvents: this.#open.length,
      closed: this.#closed,
    };
  }

  #maxEvents(): number {
    return Math.min(
      this.#options.batch.maxEvents,
      this.#config?.limits?.maxEvents ?? Number.POSITIVE_INFINITY,
    );
  }

  #maxBatchBytes(): number {
    const gatewayLimit = this.#config?.limits?.maxDecompressedBytes ?? Number.POSITIVE_INFINITY;
    return Math.min(this.#options.batch.maxBytes, gatewayLimit);
  }

  #configRefreshMs(): number {
    const gatewaySays = this.#config?.refreshAfterSeconds;
    return this.#options.configRefreshMs ?? (gatewaySays === undefined ? 60_000 : gatewaySays * 1000);
  }

  #startDelayTimer(): void {
    const generation = this.#openGeneration;
    const timer = new AbortController();
    this.#delayTimer = timer;
    void this.#clock.sleep(this.#options.batch.maxDelayMs, timer.signal).then(() => {
      if (generation === this.#openGeneration && !timer.signal.aborted) this.#seal();
    });
  }

  /** Takes the open batch out of memory and queues it to be compressed and written durably. */
  #seal(): void {
    if (this.#open.length === 0) return;
    // Exclusions may have changed since these events were recorded.
    const events = this.#open.filter((event) => !isExcluded(event.place, this.#exclusions));
    const reservedBytes = this.#openBytes;
    this.#delayTimer?.abort();
    this.#delayTimer = undefined;
    this.#open = [];
    this.#openBytes = 0;
    this.#openGeneration += 1;
    if (events.length === 0) return;
    this.#sealingBytes += reservedBytes;
    const batchId = randomUUID();
    // sentAt is fixed here: a retry must send the very same bytes under the same batchId.
    const body = batchBody({ batchId, sentAt: this.#clock.now(), collector: this.#collector }, events);
    // A failed write must not stop later seals, so each one starts after the previous settles.
    const sealed = this.#sealing
      .catch(() => undefined)
      .then(async () => {
        try {
          await this.#spool.append(batchId, await gzip(body));
          this.#wakeDelivery?.();
        } catch (error) {
          // The disk refused (full, gone): these events are lost, and the host is told so.
          this.#notify({ type: "spool_error", error });
          throw error;
        } finally {
          this.#sealingBytes -= reservedBytes;
        }
      });
    // Handled here so a failure nobody awaits does not end the host process; persist() still rejects.
    sealed.catch(() => undefined);
    this.#sealing = sealed;
  }

  async #deliverUntilStopped(): Promise<void> {
    const signal = this.#stop.signal;
    let attempt = 0;
    while (!signal.aborted) {
      await this.#refreshConfigIfStale(signal);
      if (this.#isPaused()) {
        await this.#clock.sleep(this.#pausedUntil - this.#clock.now(), signal);
        this.#configAskedAt = Number.NEGATIVE_INFINITY;
        continue;
      }
      const batch = this.#spool.oldest();
      if (batch === undefined) {
        await this.#untilWoken();
        continue;
      }
      try {
        await this.#deliver(batch, signal);
        attempt = 0;
      } catch (error) {
        if (signal.aborted) break;
        attempt += 1;
        await this.#waitBeforeRetry(batch, attempt, error, signal);
      }
    }
  }

  async #deliver(batch: SpooledBatch, signal: AbortSignal): Promise<void> {
    let body: Buffer;
    try {
      body = await this.#spool.read(batch);
    } catch (error) {
      // Someone deleted the file under us: retrying it would spin forever, so it is forgotten and reported.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      await this.#spool.remove(batch);
      this.#notify({ type: "spool_error", error });
      return;
    }
    let response = await this.#gateway.postBatch(body, signal);
    if (response.status === 401) {
      // The token may have been revoked or the clocks disagree: one fresh token, then backoff.
      await response.body?.cancel();
      this.#gateway.invalidateToken();
      response = await this.#gateway.postBatch(body, signal);
    }
    if (response.ok) {
      const answer = await readBody(response);
      await this.#spool.remove(batch);
      this.#notify({ type: "delivered", batchId: batch.batchId, status: response.status, ...counts(answer) });
      this.#settleFlushWaiters();
      return;
    }
    const error = await errorFromResponse("batch refused", response, this.#clock.now());
    if (error.retryable) throw error;
    await this.#spool.reject(batch, {
      status: response.status,
      body: error.body,
      rejectedAt: this.#clock.now(),
    });
    this.#notify({ type: "rejected", batchId: batch.batchId, status: response.status, code: error.code });
    // An opt-out is in the config too: ask now, so recording stops at once.
    if (error.code === "subject_opted_out") this.#configAskedAt = Number.NEGATIVE_INFINITY;
    this.#settleFlushWaiters();
  }

  async #waitBeforeRetry(
    batch: SpooledBatch,
    attempt: number,
    error: unknown,
    signal: AbortSignal,
  ): Promise<void> {
    const failure = error instanceof GatewayRequestError ? error : undefined;
    if (failure === undefined) this.#notify({ type: "spool_error", error });
    const delayMs = retryDelayMs(attempt, failure?.retryAfterMs, this.#backoff, this.#random);
    if (failure?.code === "ingest_paused") {
      // The config we hold is older than the pause; ask again once the gateway says to.
      this.#pausedUntil = this.#clock.now() + delayMs;
      this.#notify({ type: "paused", untilMs: this.#pausedUntil });
      return;
    }
    this.#notify({
      type: "retrying",
      batchId: batch.batchId,
      attempt,
      delayMs,
      status: failure?.status,
      code: failure?.code,
    });
    await this.#clock.sleep(delayMs, signal);
  }

  async #refreshConfigIfStale(signal: AbortSignal): Promise<void> {
    const now = this.#clock.now();
    if (now - this.#configAskedAt < this.#configRefreshMs()) return;
    this.#configAskedAt = now;
    const fetched = await this.#gateway.fetchConfig(signal);
    // Offline or refused: the last known config stays in force and delivery reports the failure.
    if (fetched === undefined) return;
    const { config, answer } = fetched;
    this.#config = config;
    this.#exclusions = config.exclusions;
    this.#pausedUntil = config.paused
      ? this.#clock.now() +
        retryDelayMs(
          1,
          config.retryAfterSeconds === undefined ? this.#configRefreshMs() : config.retryAfterSeconds * 1000,
          this.#backoff,
          this.#random,
        )
      : 0;
    this.#notify({ type: "config", config });
    if (config.paused) this.#notify({ type: "paused", untilMs: this.#pausedUntil });
    await saveConfig(this.#options.spoolDir, answer).catch((error: unknown) =>
      this.#notify({ type: "spool_error", error }),
    );
  }

  #isPaused(): boolean {
    return this.#clock.now() < this.#pausedUntil;
  }

  #untilWoken(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#wakeDelivery = () => {
        this.#wakeDelivery = undefined;
        resolve();
      };
      if (this.#spool.count > 0 || this.#stop.signal.aborted) this.#wakeDelivery();
    });
  }

  #hasPendingUpTo(name: string): boolean {
    const oldest = this.#spool.oldest();
    return oldest !== undefined && oldest.name <= name;
  }

  #settleFlushWaiters(): void {
    this.#flushWaiters = this.#flushWaiters.filter((waiter) => {
      if (this.#hasPendingUpTo(waiter.upTo)) return true;
      waiter.resolve();
      return false;
    });
  }

  #notify(notice: CollectorNotice): void {
    this.#options.onNotice?.(notice);
  }
}
