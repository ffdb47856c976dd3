import type { TransitDataKey } from "./envelope.ts";

export interface TransitKeyCacheOptions {
  /** Asks KMS for a fresh transit data key (generated with `transitEncryptionContext`). */
  generate: () => Promise<TransitDataKey>;
  /** A data key seals records for at most this long after KMS made it. */
  ttlMs: number;
  /** …and at most this many records. */
  maxUses: number;
  /** Milliseconds on a monotonic clock; injectable so tests can move time. */
  now?: () => number;
}

interface CachedKey {
  key: TransitDataKey;
  createdAt: number;
  uses: number;
}

/**
 * Reuses one KMS-generated transit data key for a bounded time and number of
 * records, so KMS is called per key rotation, not per batch, while the damage
 * of one leaked data key stays bounded. Concurrent callers that find the key
 * used up share a single KMS call.
 */
export class TransitKeyCache {
  readonly #generate: () => Promise<TransitDataKey>;
  readonly #ttlMs: number;
  readonly #maxUses: number;
  readonly #now: () => number;
  #current: CachedKey | undefined;
  #pending: Promise<void> | undefined;
  #kmsCalls = 0;

  constructor(options: TransitKeyCacheOptions) {
    if (!(options.ttlMs > 0) || !Number.isInteger(options.maxUses) || options.maxUses < 1) {
      throw new RangeError("a transit key cache needs ttlMs > 0 and maxUses ≥ 1");
    }
    this.#generate = options.generate;
    this.#ttlMs = options.ttlMs;
    this.#maxUses = options.maxUses;
    this.#now = options.now ?? (() => performance.now());
  }

  /** How many data keys this cache asked KMS for. */
  get kmsCalls(): number {
    return this.#kmsCalls;
  }

  /** A data key for sealing one record; counts as one use. Rejects when KMS does. */
  async acquire(): Promise<TransitDataKey> {
    for (;;) {
      const current = this.#current;
      if (current !== undefined && this.#usable(current)) {
        current.uses += 1;
        return current.key;
      }
      this.#pending ??= this.#rotate();
      await this.#pending;
      // Loop: waiters that arrived together may have used the new key up already.
    }
  }

  /** Drops the current key, e.g. on shutdown, so its plaintext is not kept longer than needed. */
  clear(): void {
    this.#current = undefined;
  }

  #usable(cached: CachedKey): boolean {
    return cached.uses < this.#maxUses && this.#now() - cached.createdAt < this.#ttlMs;
  }

  async #rotate(): Promise<void> {
    try {
      this.#kmsCalls += 1;
      const key = await this.#generate();
      this.#current = { key, createdAt: this.#now(), uses: 0 };
    } finally {
      this.#pending = undefined;
    }
  }
}
