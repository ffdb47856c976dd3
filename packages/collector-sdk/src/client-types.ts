import type { TelemetryEvent } from "@cordon/events";
import type { BackoffPolicy } from "./backoff.ts";
import type { Clock } from "./clock.ts";
import type { CollectorConfig } from "./collector-config.ts";

export interface CollectorClientOptions {
  gatewayUrl: string | URL;
  clientId: string;
  clientSecret: string;
  /** Folder the client owns: sealed batches, refused batches, the last config. One client per folder. */
  spoolDir: string;
  /** Bound on sealed batches on disk plus events not yet sealed; see `record`. */
  maxSpoolBytes: number;
  /**
   * A batch is sealed when it has `maxEvents`, would pass `maxBytes` of JSON, or is `maxDelayMs` old.
   * The gateway's own limits from its config, when lower, win.
   */
  batch: { maxEvents: number; maxBytes: number; maxDelayMs: number };
  /** Sent in every batch. */
  collector?: { version: string; os: string };
  backoff?: Partial<BackoffPolicy>;
  /**
   * How often the collector config (pause, exclusions) is asked for again while batches flow.
   * Default: what the gateway says (`refreshAfterSeconds`), else one minute.
   */
  configRefreshMs?: number;
  /** Bound on one HTTP request. Default 30 s. */
  requestTimeoutMs?: number;
  /** Refused batches kept in `rejected/` for diagnosis; older ones are deleted. Default 100. */
  maxRejectedBatches?: number;
  /** Called for each delivery, refusal, retry and config change; must not throw. */
  onNotice?: (notice: CollectorNotice) => void;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Uniform in [0, 1); the jitter of backoff. */
  random?: () => number;
}

export type RecordResult =
  | { recorded: true }
  | {
      recorded: false;
      /**
       * `excluded`: the app or URL is on the exclusion list, the event is dropped by design.
       * `spool_full`: back-pressure — taking it could pass `maxSpoolBytes`; nothing already
       * spooled is ever dropped to make room, so the caller decides (slow down, pause recording).
       * `too_large`: the event alone does not fit in a batch of `batch.maxBytes`.
       * `not_recording`: the gateway says the person recorded opted out; nothing is recorded.
       * `closed`: `close()` was called.
       */
      reason: "excluded" | "spool_full" | "too_large" | "not_recording" | "closed";
    };

export interface EventRejection {
  index: number;
  code: string;
  reason: string;
}

export type CollectorNotice =
  | {
      type: "delivered";
      batchId: string;
      accepted: number;
      rejected: number;
      rejections: EventRejection[];
      status: number;
    }
  | { type: "rejected"; batchId: string; status: number; code: string | undefined }
  | {
      type: "retrying";
      batchId: string | undefined;
      attempt: number;
      delayMs: number;
      status: number | undefined;
      code: string | undefined;
    }
  | { type: "paused"; untilMs: number }
  | { type: "config"; config: CollectorConfig }
  | { type: "spool_error"; error: unknown };

export interface CollectorStatus {
  paused: boolean;
  spooledBatches: number;
  spooledBytes: number;
  openEvents: number;
  closed: boolean;
}

export interface CollectorClient {
  /**
   * Takes one event into the open batch, or says why not. Never blocks and never
   * throws for a refused event: excluded apps/URLs are dropped here, before
   * anything reaches the spool, and a full spool is reported as back-pressure.
   */
  record(event: TelemetryEvent): RecordResult;
  /** Seals the open batch and resolves once every event recorded so far is fsync'd in the spool. */
  persist(): Promise<void>;
  /** Persists, then resolves once every batch sealed so far was delivered (or refused for good). */
  flush(options?: { signal?: AbortSignal }): Promise<void>;
  /**
   * Stops taking events, persists the open batch, gives delivery up to `deliverForMs`
   * (default 0), then stops. What was not delivered stays in the spool for the next start.
   */
  close(options?: { deliverForMs?: number }): Promise<void>;
  status(): CollectorStatus;
}
