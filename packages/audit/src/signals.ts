import { Counter, Gauge, type Logger, type Registry } from "@cordon/observability";
import type { AuditAction, AuditRecord } from "./record.ts";

export interface AlertThreshold {
  /** Alert when this many matching records fall within `windowMs`. */
  count: number;
  windowMs: number;
}

export interface AuditAlertThresholds {
  /** Refused calls of anyone: someone probing tokens or roles. */
  authDeniedBurst: AlertThreshold;
  /** Exports (requested, downloaded, or the log itself streamed out) by one actor. */
  actorExports: AlertThreshold;
  /** Decrypts by one actor. */
  actorDecrypts: AlertThreshold;
}

export const defaultAuditAlertThresholds: AuditAlertThresholds = {
  authDeniedBurst: { count: 20, windowMs: 60_000 },
  actorExports: { count: 10, windowMs: 60 * 60_000 },
  actorDecrypts: { count: 500, windowMs: 60 * 60_000 },
};

const exportActions: ReadonlySet<AuditAction> = new Set([
  "export.request",
  "export.download",
  "audit.export",
]);

export type AuditAlert = "auth_denied_burst" | "actor_exports" | "actor_decrypts" | "verify_failed";

/**
 * Counts per key within a sliding window, keeping at most `threshold.count`
 * times per key and `maxKeys` keys (the least recently seen is forgotten), so
 * a flood of distinct actors cannot grow it without bound.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();
  private readonly firedAt = new Map<string, number>();

  constructor(
    private readonly threshold: AlertThreshold,
    private readonly maxKeys = 10_000,
  ) {}

  /**
   * Records `weight` hits at once (an aggregated record stands for several);
   * true when they bring the key to the threshold and the key has not alerted
   * in this window.
   */
  hit(key: string, nowMs: number, weight = 1): boolean {
    const recent = (this.hits.get(key) ?? []).filter((at) => nowMs - at < this.threshold.windowMs);
    for (let i = 0; i < Math.min(weight, this.threshold.count); i++) recent.push(nowMs);
    while (recent.length > this.threshold.count) recent.shift();
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) {
        this.hits.delete(oldest);
        this.firedAt.delete(oldest);
      }
    }
    if (recent.length < this.threshold.count) return false;
    const fired = this.firedAt.get(key);
    if (fired !== undefined && nowMs - fired < this.threshold.windowMs) return false;
    this.firedAt.set(key, nowMs);
    return true;
  }
}

export interface AuditSignals {
  recordAppended(record: AuditRecord): void;
  appendFailed(action: AuditAction): void;
  verifyFinished(result: { ok: true } | { ok: false; firstBadSequence: number; reason: string }): void;
  checkpointWritten(lastSequence: number): void;
  checkpointFailed(): void;
}

export interface AuditSignalsOptions {
  registry: Registry;
  logger: Logger;
  thresholds?: Partial<AuditAlertThresholds>;
  now?: () => number;
}

/**
 * Metrics and log events for what the security team wants to be woken for.
 * The windows are per service instance; the counters are what Prometheus
 * alerts on across instances (e.g. a rate of `auth.denied` records), the log
 * events are the per-instance signal with the actor named.
 */
export function createAuditSignals(options: AuditSignalsOptions): AuditSignals {
  const thresholds = { ...defaultAuditAlertThresholds, ...options.thresholds };
  const now = options.now ?? Date.now;
  const registers = [options.registry];
  const records = new Counter({
    name: "cordon_audit_records_total",
    help: "Audit records appended, by action and outcome",
    labelNames: ["action", "outcome"],
    registers,
  });
  const appendFailures = new Counter({
    name: "cordon_audit_append_failures_total",
    help: "Audit records that could not be written (their actions failed with them)",
    labelNames: ["action"],
    registers,
  });
  const alerts = new Counter({
    name: "cordon_audit_alerts_total",
    help: "Audit alerts raised: auth_denied_burst, actor_exports, actor_decrypts, verify_failed",
    labelNames: ["alert"],
    registers,
  });
  const verifyRuns = new Counter({
    name: "cordon_audit_verify_runs_total",
    help: "Verifications of the audit chain, by result",
    labelNames: ["result"],
    registers,
  });
  const checkpoints = new Counter({
    name: "cordon_audit_checkpoints_total",
    help: "Signed audit checkpoints written",
    registers,
  });
  const checkpointFailures = new Counter({
    name: "cordon_audit_checkpoint_failures_total",
    help: "Attempts to write an audit checkpoint that failed",
    registers,
  });
  const lastCheckpoint = new Gauge({
    name: "cordon_audit_last_checkpoint_sequence",
    help: "Sequence covered by the newest checkpoint this instance wrote",
    registers,
  });

  const authDenied = new SlidingWindow(thresholds.authDeniedBurst, 1);
  const exports = new SlidingWindow(thresholds.actorExports);
  const decrypts = new SlidingWindow(thresholds.actorDecrypts);

  function raise(alert: AuditAlert, fields: Record<string, unknown>, message: string) {
    alerts.inc({ alert });
    options.logger.warn({ event: "audit_alert", alert, ...fields }, message);
  }

  return {
    recordAppended(record) {
      records.inc({ action: record.action, outcome: record.outcome });
      const at = now();
      // Refusals are recorded in aggregate: a record counts for the refusals it stands for.
      const refusals = record.detail.refusals;
      const weight = typeof refusals === "number" && refusals > 1 ? refusals : 1;
      if (record.action === "auth.denied" && authDenied.hit("all", at, weight)) {
        raise(
          "auth_denied_burst",
          { count: thresholds.authDeniedBurst.count, windowMs: thresholds.authDeniedBurst.windowMs },
          "burst of refused calls",
        );
      }
      if (exportActions.has(record.action) && exports.hit(record.actor.id, at)) {
        raise(
          "actor_exports",
          {
            actorId: record.actor.id,
            count: thresholds.actorExports.count,
            windowMs: thresholds.actorExports.windowMs,
          },
          "unusual number of exports by one actor",
        );
      }
      if (record.action === "data.decrypt" && decrypts.hit(record.actor.id, at)) {
        raise(
          "actor_decrypts",
          {
            actorId: record.actor.id,
            count: thresholds.actorDecrypts.count,
            windowMs: thresholds.actorDecrypts.windowMs,
          },
          "unusual number of decrypts by one actor",
        );
      }
    },
    appendFailed(action) {
      appendFailures.inc({ action });
    },
    verifyFinished(result) {
      verifyRuns.inc({ result: result.ok ? "ok" : "failed" });
      if (!result.ok) {
        alerts.inc({ alert: "verify_failed" });
        options.logger.error(
          {
            event: "audit_alert",
            alert: "verify_failed",
            firstBadSequence: result.firstBadSequence,
            reason: result.reason,
          },
          "the audit chain failed verification",
        );
      }
    },
    checkpointWritten(lastSequence) {
      checkpoints.inc();
      lastCheckpoint.set(lastSequence);
    },
    checkpointFailed() {
      checkpointFailures.inc();
    },
  };
}
