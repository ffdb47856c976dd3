import { type Pool, type RequestIdentity, withIdentity } from "@cordon/db";
import {
  type AppendOptions,
  AuditWriteError,
  appendAuditRecord,
  appendAuditRecordsInTransaction,
  auditWriterIdentity,
  type ParsedAuditInput,
} from "./append.ts";
import { type AuditRecord, type AuditRecordInput, parseAuditRecordInput } from "./record.ts";
import type { Queryable } from "./rows.ts";
import type { AuditSignals } from "./signals.ts";

/** A service's handle on the access log: appends, and tells its signals about each one. */
export interface AuditLog {
  /**
   * Appends one record. With `transaction` (a client inside the action's own
   * transaction), the record commits or rolls back with the action; without,
   * it joins the appends waiting for the next group commit (one transaction,
   * one head lock, one commit for many records) and resolves once that
   * transaction committed. Throws `AuditWriteError` when the record cannot be
   * written: the caller must then fail the action.
   */
  append(input: AuditRecordInput, transaction?: Queryable): Promise<AuditRecord>;
}

export interface AuditLogOptions {
  pool: Pool;
  signals?: AuditSignals;
  /** Identity of appends that open their own transaction. */
  identity?: RequestIdentity;
  /** Most records one group commit writes; the rest wait for the next. */
  maxGroupRecords?: number;
  /** Told the size of each group committed (metrics, tests). */
  onGroupCommitted?: (records: number) => void;
  now?: () => number;
}

export function createAuditLog(options: AuditLogOptions): AuditLog {
  const appendOptions: AppendOptions = {
    ...(options.identity === undefined ? {} : { identity: options.identity }),
    ...(options.now === undefined ? {} : { now: options.now }),
  };
  const groups = new GroupCommitter({
    pool: options.pool,
    identity: options.identity ?? auditWriterIdentity,
    maxGroupRecords: options.maxGroupRecords ?? 500,
    onGroupCommitted: options.onGroupCommitted ?? (() => {}),
  });
  return {
    async append(input, transaction) {
      try {
        const record =
          transaction === undefined
            ? await groups.append(parseAuditRecordInput(input))
            : await appendAuditRecord(transaction, input, appendOptions);
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

interface GroupCommitterOptions {
  pool: Pool;
  identity: RequestIdentity;
  maxGroupRecords: number;
  onGroupCommitted: (records: number) => void;
}

interface PendingAppend {
  input: ParsedAuditInput;
  resolve: (record: AuditRecord) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for appends that have no transaction of their own (refusals,
 * reads recorded before data is released, the workers' records). The chain
 * is serial by design — each record names the hash of the one before — so
 * one transaction per record spends most of its time holding the head lock
 * through a commit. Here the appends that arrive while a group is being
 * committed wait and form the next group: one transaction, one lock, one
 * commit for all of them, the chain extended in arrival order. A lone append
 * starts at once, so an idle service adds no latency. If a group fails, each
 * of its records is tried alone, so one refused record fails only its own
 * action; when the database itself is failing, every one of them fails.
 */
class GroupCommitter {
  readonly #options: GroupCommitterOptions;
  #waiting: PendingAppend[] = [];
  #committing = false;

  constructor(options: GroupCommitterOptions) {
    this.#options = options;
  }

  append(input: ParsedAuditInput): Promise<AuditRecord> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ input, resolve, reject });
      if (!this.#committing) void this.#commitWaiting();
    });
  }

  async #commitWaiting(): Promise<void> {
    this.#committing = true;
    try {
      while (this.#waiting.length > 0) {
        const group = this.#waiting.splice(0, this.#options.maxGroupRecords);
        await this.#commit(group);
      }
    } finally {
      this.#committing = false;
    }
  }

  async #commit(group: PendingAppend[]): Promise<void> {
    const { pool, identity } = this.#options;
    try {
      const records = await withIdentity(pool, identity, (client) =>
        appendAuditRecordsInTransaction(
          client,
          group.map((pending) => pending.input),
        ),
      );
      this.#options.onGroupCommitted(records.length);
      group.forEach((pending, index) => {
        const record = records[index];
        if (record === undefined) pending.reject(new AuditWriteError("the group commit lost a record"));
        else pending.resolve(record);
      });
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(asAuditWriteError(error));
        return;
      }
      for (const pending of group) {
        try {
          pending.resolve(await appendAuditRecord(pool, pending.input, { identity }));
        } catch (alone) {
          pending.reject(asAuditWriteError(alone));
        }
      }
    }
  }
}

function asAuditWriteError(error: unknown): AuditWriteError {
  return error instanceof AuditWriteError
    ? error
    : new AuditWriteError("the audit record could not be written", { cause: error });
}
