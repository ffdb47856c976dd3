import type { Pool } from "@cordon/db";
import {
  type CollectorStanding,
  findCollectorStanding,
  type IngestPause,
  listIngestPauses,
} from "./db/enrolment-records.ts";
import { type Clock, ExpiringCache } from "./expiring-cache.ts";

export interface IngestChecksOptions {
  pool: Pool;
  /** Longest a collector's enrolment and consent answer is reused. */
  standingTtlMs: number;
  /** Longest the pause switches are reused. */
  pauseTtlMs: number;
  clock?: Clock;
}

// Bounds memory when a very large fleet of collectors is active: the least
// recently loaded standing falls out and is simply asked for again.
const maxCachedStandings = 100_000;
const allPauses = "all";

/**
 * The per-request questions the gateway asks Postgres — is this collector
 * still enrolled, did its subject opt out, is ingest paused for it — each
 * answered from a cache no older than its TTL.
 */
export class IngestChecks {
  readonly #pool: Pool;
  readonly #standings: ExpiringCache<string, CollectorStanding | undefined>;
  readonly #pauses: ExpiringCache<typeof allPauses, IngestPause[]>;

  constructor(options: IngestChecksOptions) {
    this.#pool = options.pool;
    this.#standings = new ExpiringCache({
      ttlMs: options.standingTtlMs,
      maxEntries: maxCachedStandings,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
    this.#pauses = new ExpiringCache({
      ttlMs: options.pauseTtlMs,
      maxEntries: 1,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
  }

  /** Undefined when the collector is not enrolled (any more). */
  standing(collectorId: string): Promise<CollectorStanding | undefined> {
    return this.#standings.get(collectorId, (id) => findCollectorStanding(this.#pool, id));
  }

  /** The pause that applies to this collector, the one asking for the longest wait if several do. */
  async pauseFor(collector: { collectorId: string; orgId: string }): Promise<IngestPause | undefined> {
    const pauses = await this.#pauses.get(allPauses, () => listIngestPauses(this.#pool));
    let applying: IngestPause | undefined;
    for (const pause of pauses) {
      const applies =
        pause.scope === "global" ||
        (pause.scope === "org" && pause.scopeId === collector.orgId) ||
        (pause.scope === "collector" && pause.scopeId === collector.collectorId);
      if (applies && (applying === undefined || pause.retryAfterSeconds > applying.retryAfterSeconds)) {
        applying = pause;
      }
    }
    return applying;
  }
}
