import {
  identitySettingValues,
  type Pool,
  type PoolClient,
  type RequestIdentity,
  setIdentityStatement,
} from "@cordon/db";
import type pg from "pg";
import {
  type AppendOptions,
  AuditWriteError,
  appendAuditRecord,
  appendRecordsStatement,
  auditWriterIdentity,
  type ParsedAuditInput,
  recordsAsStored,
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
 * through a commit. Here the appends waiting when a group starts form it:
 * one transaction, one lock, one statement, one commit for all of them, the
 * chain extended in arrival order.
 *
 * A group takes two round trips: the first opens the transaction, sets its
 * identity and appends (cordon.append_audit_records), the second commits once
 * the records were checked here. Between the two the group holds the head
 * lock, so the next group may already be sent: it waits on the lock inside
 * the database and extends the chain the moment the commit lands, while the
 * appends arriving meanwhile form the group after it. Order is kept because
 * a group is sent only once the one before it holds the lock.
 *
 * Each caller resolves only once its group committed. If a group's append
 * fails, nothing of it was written (the transaction never committed), so each
 * of its records is tried alone, in order, before the next group is sent: a
 * refused record fails only its own action. If the commit itself fails, its
 * outcome may be unknown (a connection lost during COMMIT), so every caller
 * of the group gets an error and nothing is retried: an action may fail
 * whose record landed, but none is told it succeeded when its record did not,
 * and no record is written twice.
 */
class GroupCommitter {
  readonly #options: GroupCommitterOptions;
  #waiting: PendingAppend[] = [];
  #sending = false;

  constructor(options: GroupCommitterOptions) {
    this.#options = options;
  }

  append(input: ParsedAuditInput): Promise<AuditRecord> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ input, resolve, reject });
      if (!this.#sending) void this.#sendWaiting();
    });
  }

  async #sendWaiting(): Promise<void> {
    this.#sending = true;
    try {
      while (this.#waiting.length > 0) {
        // One turn of the event loop, so that appends made alongside this one
        // (and callers of the group that just committed, appending again) join it.
        await new Promise((resolve) => setImmediate(resolve));
        const group = this.#waiting.splice(0, this.#options.maxGroupRecords);
        await this.#send(group);
      }
    } finally {
      this.#sending = false;
    }
  }

  /** Resolves once the group holds the head lock (its commit goes on) or has been settled. */
  async #send(group: PendingAppend[]): Promise<void> {
    const { pool, identity } = this.#options;
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      for (const pending of group) pending.reject(asAuditWriteError(error));
      return;
    }
    const inputs = group.map((pending) => pending.input);
    let rows: unknown[];
    try {
      const literal = (value: string) => client.escapeLiteral(value);
      const [orgId, principalId, roles] = identitySettingValues(identity);
      const results: unknown = await client.query(
        `BEGIN;\n${setIdentityStatement([literal(orgId), literal(principalId), literal(roles)])};\n${appendRecordsStatement(inputs, literal)}`,
      );
      rows = Array.isArray(results) ? ((results.at(-1) as pg.QueryResult | undefined)?.rows ?? []) : [];
    } catch (error) {
      // Nothing was committed: roll back, then try each record alone, in order.
      await rollBackAndRelease(client);
      await this.#appendEachAlone(group, error);
      return;
    }
    let records: AuditRecord[];
    try {
      records = recordsAsStored(inputs, rows);
    } catch (error) {
      // The database and this verifier disagree: nothing is committed, and alone no record would fare better.
      await rollBackAndRelease(client);
      for (const pending of group) pending.reject(asAuditWriteError(error));
      return;
    }
    void this.#commit(client, group, records);
  }

  async #commit(client: PoolClient, group: PendingAppend[], records: AuditRecord[]): Promise<void> {
    try {
      await client.query("COMMIT");
    } catch (error) {
      client.release(true);
      const failure = new AuditWriteError("the group of audit records could not be committed", {
        cause: error,
      });
      for (const pending of group) pending.reject(failure);
      return;
    }
    client.release();
    this.#options.onGroupCommitted(records.length);
    group.forEach((pending, index) => {
      const record = records[index];
      if (record === undefined) pending.reject(new AuditWriteError("the group commit lost a record"));
      else pending.resolve(record);
    });
  }

  async #appendEachAlone(group: PendingAppend[], groupError: unknown): Promise<void> {
    const { pool, identity } = this.#options;
    if (group.length === 1) {
      group[0]?.reject(asAuditWriteError(groupError));
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

async function rollBackAndRelease(client: PoolClient): Promise<void> {
  const rolledBack = await client.query("ROLLBACK").then(
    () => true,
    () => false,
  );
  // A connection that could not roll back is closed rather than handed out again.
  client.release(rolledBack ? undefined : true);
}

function asAuditWriteError(error: unknown): AuditWriteError {
  return error instanceof AuditWriteError
    ? error
    : new AuditWriteError("the audit record could not be written", { cause: error });
}
