import type { PoolClient } from "@cordon/db";

/**
 * The seam to the access log (DESIGN.md invariant 7, issue 5). Routes describe
 * each action they take or refuse; the sink decides how it is kept. Until the
 * hash-chained log is wired in, main.ts uses `discardingAuditSink`.
 *
 * An entry has the shape of @cordon/audit's `AuditRecordInput`, so the real
 * sink is `{ record: (entry, tx) => auditLog.append(entry, tx).then(() => {}) }`.
 */
export type AuditAction =
  | "collector.enrol"
  | "collector.revoke"
  | "ingest.pause"
  | "ingest.resume"
  | "consent.change"
  | "auth.denied";

export interface AuditActor {
  type: "principal";
  /** The principal id (token `sub`), or `anonymous` for a caller without an accepted token. */
  id: string;
  authMethod: "jwt" | "none";
}

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  resource: { type: "collector" | "subject" | "ingest_pause" | "route"; id: string };
  /** allowed; denied by a rule (role, ownership); or failed (e.g. not found for this caller). */
  outcome: "allowed" | "denied" | "failed";
  /** An error code, for denied and failed outcomes. */
  reason?: string;
  requestId: string;
  /** The organisation the resource belongs to, when there is one. */
  orgId?: string;
  /** Ids, flags and integers only: never a secret, never event content. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditSink {
  /**
   * Records one entry. With `transaction`, the entry is written in the
   * transaction of the action it describes, so both commit or neither does;
   * routes call it last in that transaction, since the log serialises appends
   * until commit. If it throws, the action fails: an unaudited change must
   * not happen.
   */
  record(entry: AuditEntry, transaction?: PoolClient): Promise<void>;
}

/** Keeps nothing. The default until the audit log of issue 5 replaces it. */
export const discardingAuditSink: AuditSink = {
  async record() {},
};

export const anonymousActor: AuditActor = { type: "principal", id: "anonymous", authMethod: "none" };

/** The actor of an entry for a caller whose token was accepted. */
export function actorOf(principal: { id: string }): AuditActor {
  return { type: "principal", id: principal.id, authMethod: "jwt" };
}
