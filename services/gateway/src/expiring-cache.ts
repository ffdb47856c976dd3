/** Milliseconds on a monotonic clock; tests pass their own to move time without waiting. */
export type Clock = () => number;

export const monotonicClock: Clock = () => performance.now();

interface Entry<V> {
  value: Promise<V>;
  loadedAt: number;
}

/**
 * Remembers what `load` answered for a key for at most `ttlMs`, so a
 * per-request check (revocation, consent, pause) costs Postgres one query per
 * key per TTL, while a change still takes effect within the TTL. Concurrent
 * misses for one key share one load; a failed load is not remembered.
 */
export class ExpiringCache<K, V> {
  readonly #entries = new Map<K, Entry<V>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #clock: Clock;

  constructor(options: { ttlMs: number; maxEntries: number; clock?: Clock }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#clock = options.clock ?? monotonicClock;
  }

  get(key: K, load: (key: K) => Promise<V>): Promise<V> {
    const now = this.#clock();
    const cached = this.#entries.get(key);
    if (cached !== undefined && now - cached.loadedAt < this.#ttlMs) return cached.value;
    this.#entries.delete(key);
    const value = load(key);
    const entry = { value, loadedAt: now };
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    // Map iteration is insertion order, so the first key is the least recently loaded.
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    return value;
  }
}
