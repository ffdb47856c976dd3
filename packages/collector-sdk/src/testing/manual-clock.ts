import type { Clock } from "../clock.ts";

interface PendingSleep {
  ms: number;
  at: number;
  resolve: () => void;
}

/**
 * A clock that moves only when a test says so. Every sleep the client asks for
 * is recorded, so a test asserts on the wait the client chose, not on time.
 */
export class ManualClock implements Clock {
  #now: number;
  #pending: PendingSleep[] = [];
  #onSleep: (() => void)[] = [];
  /** Every sleep asked for, in order, in milliseconds. */
  readonly sleeps: number[] = [];

  constructor(startMs = 1_767_225_600_000) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const sleep: PendingSleep = { ms: Math.max(0, ms), at: this.#now + Math.max(0, ms), resolve };
      this.#pending.push(sleep);
      this.sleeps.push(sleep.ms);
      signal?.addEventListener("abort", () => this.#wake(sleep), { once: true });
      for (const listener of this.#onSleep.splice(0)) listener();
    });
  }

  /** Moves time forward and wakes every sleep that is due. */
  advance(ms: number): void {
    this.#now += ms;
    for (const sleep of this.#pending.filter((pending) => pending.at <= this.#now)) this.#wake(sleep);
  }

  /** Resolves with the first pending sleep (earliest due) that matches, waiting for one if needed. */
  async nextSleep(matches: (ms: number) => boolean = () => true): Promise<number> {
    for (;;) {
      const found = this.#pending
        .filter((sleep) => matches(sleep.ms))
        .sort((a, b) => a.at - b.at)
        .at(0);
      if (found !== undefined) return found.at - this.#now;
      await new Promise<void>((resolve) => this.#onSleep.push(resolve));
    }
  }

  /**
   * Lets `work` finish, moving time to each matching sleep as the client asks for it
   * (retries, pauses), as a real clock would, only without waiting.
   */
  async runUntilSettled<T>(work: Promise<T>, matches: (ms: number) => boolean = () => true): Promise<T> {
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    while (!settled) {
      const next = await Promise.race([done.then(() => undefined), this.nextSleep(matches)]);
      if (next !== undefined && !settled) this.advance(next);
      // Let the woken client reach its next request before looking again.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return done;
  }

  #wake(sleep: PendingSleep): void {
    this.#pending = this.#pending.filter((pending) => pending !== sleep);
    sleep.resolve();
  }
}
