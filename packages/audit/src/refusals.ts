import type { AuditDetail, AuditRecordInput } from "./record.ts";

/** Who was refused, as the audit record names the actor: an accepted principal, or nobody. */
export interface RefusedActor {
  type: "principal" | "collector";
  id: string;
  authMethod: "jwt" | "collector_token" | "client_credentials" | "none";
}

/** One refused request, as a service notes it. */
export interface Refusal {
  /** Where it came from: the source address as the server sees it. */
  sourceAddress: string;
  /** `METHOD /route` as routed, or the URL pattern; never the raw URL with its query. */
  route: string;
  /** The error code the caller was answered with. */
  reason: string;
  requestId: string;
  /** Absent for a caller without an accepted credential. */
  actor?: RefusedActor;
  orgId?: string;
}

export interface RefusalAuditOptions {
  /** Appends one aggregated record; a service passes its audit log (outside any request's transaction). */
  append: (record: AuditRecordInput) => Promise<unknown>;
  /** Length of one aggregation window; a record per source and window. Default one minute. */
  windowMs?: number;
  /** Most sources kept per window; further ones are folded into one `(other sources)` entry. */
  maxSourcesPerWindow?: number;
  /** Alert when one window holds this many refusals (all sources together). */
  burstThreshold?: number;
  /** Told when a window reaches `burstThreshold` (once per window). */
  onBurst?: (refusals: number, windowStartMs: number) => void;
  /** Told when a window's records could not be appended. */
  onAppendFailed?: (error: unknown, refusals: number) => void;
  now?: () => number;
}

interface SourceWindow {
  first: Refusal;
  count: number;
  byReason: Map<string, number>;
  routes: Set<string>;
}

const anonymous: RefusedActor = { type: "principal", id: "anonymous", authMethod: "none" };
const otherSources = "(other sources)";
// Per-reason counts a record carries; the rest are summed into `otherReasons`.
const maxReasonsPerRecord = 8;
// Routes a record names; its resource is the first one refused.
const maxRoutesPerRecord = 5;

/**
 * Refused requests (bad or missing credentials, missing roles, rate limits)
 * audited in aggregate: one `auth.denied` record per source (and actor) and
 * window, carrying how many refusals it stands for and why. Appending each
 * refusal on its own would take the audit chain's one lock per request, so an
 * unauthenticated flood would become a queue of serialised writes; here a
 * flood costs a map update per request and a handful of appends per minute.
 * Memory is bounded by `maxSourcesPerWindow`. Records are appended when their
 * window has ended (`flushEnded`, run by `start`) and on `close`.
 */
export class RefusalAudit {
  readonly #options: Required<Pick<RefusalAuditOptions, "windowMs" | "maxSourcesPerWindow" | "now">> &
    RefusalAuditOptions;
  readonly #windows = new Map<
    number,
    { total: number; alerted: boolean; sources: Map<string, SourceWindow> }
  >();
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(options: RefusalAuditOptions) {
    this.#options = {
      windowMs: 60_000,
      maxSourcesPerWindow: 10_000,
      now: Date.now,
      ...options,
    };
  }

  /** Notes one refusal; never waits and never fails the request it describes. */
  note(refusal: Refusal): void {
    const { windowMs, maxSourcesPerWindow } = this.#options;
    const windowStartMs = Math.floor(this.#options.now() / windowMs) * windowMs;
    let window = this.#windows.get(windowStartMs);
    if (window === undefined) {
      window = { total: 0, alerted: false, sources: new Map() };
      this.#windows.set(windowStartMs, window);
    }
    window.total += 1;
    const actor = refusal.actor ?? anonymous;
    let key = `${refusal.sourceAddress}\u0000${actor.type}\u0000${actor.id}\u0000${refusal.orgId ?? ""}`;
    if (!window.sources.has(key) && window.sources.size >= maxSourcesPerWindow) key = otherSources;
    let source = window.sources.get(key);
    if (source === undefined) {
      const first: Refusal =
        key === otherSources
          ? {
              sourceAddress: otherSources,
              route: refusal.route,
              reason: refusal.reason,
              requestId: refusal.requestId,
            }
          : refusal;
      source = { first, count: 0, byReason: new Map(), routes: new Set() };
      window.sources.set(key, source);
    }
    source.count += 1;
    source.byReason.set(refusal.reason, (source.byReason.get(refusal.reason) ?? 0) + 1);
    if (source.routes.size < maxRoutesPerRecord) source.routes.add(refusal.route);

    const threshold = this.#options.burstThreshold;
    if (threshold !== undefined && !window.alerted && window.total >= threshold) {
      window.alerted = true;
      this.#options.onBurst?.(window.total, windowStartMs);
    }
  }

  /** Appends the records of every window that has ended. */
  flushEnded(): Promise<void> {
    const currentStartMs = Math.floor(this.#options.now() / this.#options.windowMs) * this.#options.windowMs;
    return this.#flush((windowStartMs) => windowStartMs < currentStartMs);
  }

  /** Appends the records of every window, also the current one (at shutdown, or in a test). */
  flushAll(): Promise<void> {
    return this.#flush(() => true);
  }

  /** Flushes ended windows every quarter window until `close`. */
  start(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setInterval(() => void this.flushEnded(), Math.max(1_000, this.#options.windowMs / 4));
    this.#timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.flushAll();
  }

  // Flushes run one after another, so two never append the same window.
  #flush(due: (windowStartMs: number) => boolean): Promise<void> {
    this.#flushing = this.#flushing.then(async () => {
      for (const [windowStartMs, window] of [...this.#windows]) {
        if (!due(windowStartMs)) continue;
        this.#windows.delete(windowStartMs);
        for (const source of window.sources.values()) {
          try {
            await this.#options.append(this.#recordOf(source, windowStartMs));
          } catch (error) {
            this.#options.onAppendFailed?.(error, source.count);
          }
        }
      }
    });
    return this.#flushing;
  }

  #recordOf(source: SourceWindow, windowStartMs: number): AuditRecordInput {
    const { first } = source;
    const reasons = [...source.byReason].sort((a, b) => b[1] - a[1]);
    const detail: AuditDetail = {
      sourceAddress: first.sourceAddress.slice(0, 200),
      refusals: source.count,
      windowStart: new Date(windowStartMs).toISOString(),
      windowSeconds: Math.round(this.#options.windowMs / 1000),
    };
    let otherReasons = 0;
    for (const [index, [reason, count]] of reasons.entries()) {
      if (index < maxReasonsPerRecord && /^[a-z][a-z0-9_]{0,39}$/.test(reason)) detail[reason] = count;
      else otherReasons += count;
    }
    if (otherReasons > 0) detail.otherReasons = otherReasons;
    if (source.routes.size > 1) detail.routes = [...source.routes].join(", ").slice(0, 200);
    return {
      actor: first.actor ?? anonymous,
      action: "auth.denied",
      resource: { type: "route", id: first.route },
      outcome: "denied",
      reason: reasons[0]?.[0] ?? first.reason,
      requestId: first.requestId,
      ...(first.orgId === undefined ? {} : { orgId: first.orgId }),
      detail,
    };
  }
}
