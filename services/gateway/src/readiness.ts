import type { Pool } from "@cordon/db";
import type { EventLog } from "@cordon/event-log";
import type { KeyService } from "@cordon/key-service";
import { type Clock, ExpiringCache } from "./expiring-cache.ts";

export interface ReadinessReport {
  ready: boolean;
  checks: { kafka: boolean; kms: boolean; postgres: boolean };
}

/**
 * Whether this gateway can take batches: Kafka to publish to, KMS for transit
 * keys, Postgres for enrolment and idempotency. Each probe has a short
 * timeout and the whole answer is reused briefly, so a burst of probes costs
 * the dependencies one round of checks.
 */
export class ReadinessProbe {
  readonly #cache: ExpiringCache<"report", ReadinessReport>;
  readonly #check: () => Promise<ReadinessReport>;

  constructor(options: {
    eventLog: EventLog;
    keyService: KeyService;
    pool: Pool;
    timeoutMs: number;
    cacheMs: number;
    clock?: Clock;
  }) {
    const { eventLog, keyService, pool, timeoutMs } = options;
    this.#cache = new ExpiringCache({
      ttlMs: options.cacheMs,
      maxEntries: 1,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
    this.#check = async () => {
      const [kafka, kms, postgres] = await Promise.all([
        eventLog.isReachable(timeoutMs),
        keyService.isReachable(timeoutMs),
        postgresAnswers(pool, timeoutMs),
      ]);
      return { ready: kafka && kms && postgres, checks: { kafka, kms, postgres } };
    };
  }

  report(): Promise<ReadinessReport> {
    return this.#cache.get("report", this.#check);
  }
}

async function postgresAnswers(pool: Pool, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = pool.query("SELECT 1").then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
