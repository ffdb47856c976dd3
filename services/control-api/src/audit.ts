import { type AuditAction, type AuditLog, AuditWriteError } from "@cordon/audit";
import type { PoolClient } from "@cordon/db";
import type { Logger } from "@cordon/observability";

/**
 * The seam to the access log: every access to people's data and every change
 * of who may record or read is written down. Routes describe each action they
 * take or refuse; the sink decides how it is kept. The service runs with
 * `auditLogSink` over @cordon/audit's hash-chained log; tests of other routes
 * may record entries in memory instead.
 *
 * An entry has the shape of @cordon/audit's `AuditRecordInput`.
 */

/** The closed list of @cordon/audit; the control API records the actions of its routes and `auth.denied`. */
export type { AuditAction } from "@cordon/audit";

export interface AuditActor {
  type: "principal";
  /** The principal id (token `sub`), or `anonymous` for a caller without an accepted token. */
  id: string;
  authMethod: "jwt" | "none";
}

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  resource: {
    type: "collector" | "subject" | "ingest_pause" | "route" | "audit_log" | "export" | "policy";
    id: string;
  };
  /** allowed; denied by a rule (role, ownership); or failed (e.g. not found for this caller). */
  outcome: "allowed" | "denied" | "failed";
  /** An error code, for denied and failed outcomes. */
  reason?: string;
  /** The stated purpose of an export action. */
  purpose?: string;
  /** The organisation's policy version the action was decided under, e.g. `policy-7`. */
  policyVersion?: string;
  requestId: string;
  /** The organisation the resource belongs to, when there is one. */
  orgId?: string | undefined;
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

/** Keeps nothing: for tests that are not about auditing. */
export const discardingAuditSink: AuditSink = {
  async record() {},
};

/** The access log could not be written, so the action it describes must not happen. */
export class AuditUnavailableError extends Error {
  constructor(options: { cause: unknown }) {
    super("the access log cannot be written", options);
    this.name = "AuditUnavailableError";
  }
}

/**
 * The access log behind the seam. A record that cannot be written fails the
 * action with `AuditUnavailableError` (its transaction rolls back), and the
 * cause is logged: the caller learns only that nothing was done.
 */
export function auditLogSink(log: AuditLog, logger: Logger): AuditSink {
  return {
    async record(entry, transaction) {
      try {
        await log.append(entry, transaction);
      } catch (error) {
        if (!(error instanceof AuditWriteError)) throw error;
        logger.error(
          { err: error, action: entry.action, requestId: entry.requestId },
          "audit record not written",
        );
        throw new AuditUnavailableError({ cause: error });
      }
    },
  };
}

export const anonymousActor: AuditActor = { type: "principal", id: "anonymous", authMethod: "none" };

/** The actor of an entry for a caller whose token was accepted. */
export function actorOf(principal: { id: string }): AuditActor {
  return { type: "principal", id: principal.id, authMethod: "jwt" };
}
