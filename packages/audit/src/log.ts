import type { Pool, RequestIdentity } from "@cordon/db";
import { type AppendOptions, appendAuditRecord } from "./append.ts";
import type { AuditRecord, AuditRecordInput } from "./record.ts";
import type { Queryable } from "./rows.ts";
import type { AuditSignals } from "./signals.ts";

/** A service's handle on the access log: appends, and tells its signals about each one. */
export interface AuditLog {
  /**
   * Appends one record. With `transaction` (a client inside the action's own
   * transaction), the record commits or rolls back with the action; without,
   * it is written in a transaction of its own. Throws `AuditWriteError` when
   * the record cannot be written: the caller must then fail the action.
   */
  append(input: AuditRecordInput, transaction?: Queryable): Promise<AuditRecord>;
}

export interface AuditLogOptions {
  pool: Pool;
  signals?: AuditSignals;
  /** Identity of appends that open their own transaction. */
  identity?: RequestIdentity;
  now?: () => number;
}

export function createAuditLog(options: AuditLogOptions): AuditLog {
  const appendOptions: AppendOptions = {
    ...(options.identity === undefined ? {} : { identity: options.identity }),
    ...(options.now === undefined ? {} : { now: options.now }),
  };
  return {
    async append(input, transaction) {
      try {
        const record = await appendAuditRecord(transaction ?? options.pool, input, appendOptions);
        // Counted when written in the caller's transaction, which may still roll back:
        // the alerts are about attempts as much as about committed actions.
        options.signals?.recordAppended(record);
        return record;
      } catch (error) {
        options.signals?.appendFailed(input.action);
        throw error;
      }
    },
  };
}
