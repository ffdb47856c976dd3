import { identitySettingValues, type RequestIdentity, setIdentityStatement } from "./identity.ts";
import type { Pool } from "./pool.ts";

/** Writes a value into statement text as an escaped SQL string literal. */
export type SqlLiteral = (value: string) => string;

interface PendingWrite {
  identity: RequestIdentity;
  statement: (literal: SqlLiteral) => string;
  resolve: (rowCount: number | null) => void;
  reject: (error: unknown) => void;
}

export interface BatchedIdentityWritesOptions {
  /** Bounds the text of one round trip; more writes wait for the next. */
  maxWritesPerRoundTrip?: number;
  /**
   * More than one, so that a write waiting on a row lock does not hold up
   * every other write behind it.
   */
  maxRoundTripsInFlight?: number;
}

/**
 * Single-statement writes, each under its own request identity, sent in as
 * few round trips as possible. `withIdentity` needs four round trips per write
 * (BEGIN, the settings, the statement, COMMIT); on a hot path that makes the
 * writes the largest cost. Here each write is its identity settings plus its
 * statement, and the writes that arrive while a round trip is in flight go
 * together in the next one, as a single simple-protocol query. Postgres runs
 * that as one implicit transaction, in order: each statement runs under the
 * `set_config(…, true)` just before it, which lasts to the end of that
 * transaction, and nothing of it outlives the query, so the connection goes
 * back to the pool clean. Each write resolves only once the transaction
 * committed, with its own row count.
 *
 * If any statement fails, Postgres rolls the whole query back; then each
 * write of it is tried alone, so one failing write cannot fail another. A
 * statement must therefore be safe to repeat.
 *
 * The simple protocol takes no parameters, so every value must be written
 * with the `literal` function a statement receives (pg's `escapeLiteral`).
 */
export class BatchedIdentityWrites {
  readonly #pool: Pool;
  readonly #maxWritesPerRoundTrip: number;
  readonly #maxRoundTripsInFlight: number;
  readonly #pending: PendingWrite[] = [];
  #inFlight = 0;

  constructor(pool: Pool, options: BatchedIdentityWritesOptions = {}) {
    this.#pool = pool;
    this.#maxWritesPerRoundTrip = options.maxWritesPerRoundTrip ?? 64;
    this.#maxRoundTripsInFlight = options.maxRoundTripsInFlight ?? 2;
  }

  /** Runs one statement under `identity`; resolves with its row count once committed. */
  write(identity: RequestIdentity, statement: (literal: SqlLiteral) => string): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ identity, statement, resolve, reject });
      this.#drain();
    });
  }

  #drain(): void {
    while (this.#pending.length > 0 && this.#inFlight < this.#maxRoundTripsInFlight) {
      const group = this.#pending.splice(0, this.#maxWritesPerRoundTrip);
      this.#inFlight += 1;
      void this.#settle(group).finally(() => {
        this.#inFlight -= 1;
        this.#drain();
      });
    }
  }

  async #settle(group: readonly PendingWrite[]): Promise<void> {
    try {
      const rowCounts = await this.#send(group);
      for (const [index, write] of group.entries()) write.resolve(rowCounts[index] ?? null);
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      await Promise.all(
        group.map((write) =>
          this.#send([write]).then(
            ([rowCount]) => write.resolve(rowCount ?? null),
            (aloneError: unknown) => write.reject(aloneError),
          ),
        ),
      );
    }
  }

  async #send(group: readonly PendingWrite[]): Promise<(number | null)[]> {
    const client = await this.#pool.connect();
    try {
      const literal: SqlLiteral = (value) => client.escapeLiteral(value);
      const text = group.map((write) => {
        const [orgId, principalId, roles] = identitySettingValues(write.identity);
        const settings = setIdentityStatement([literal(orgId), literal(principalId), literal(roles)]);
        return `${settings};\n${write.statement(literal)};`;
      });
      const results: unknown = await client.query(text.join("\n"));
      // One result per statement: the settings, then the write, for each write in order.
      const all = (Array.isArray(results) ? results : [results]) as { rowCount: number | null }[];
      return group.map((_, index) => all[2 * index + 1]?.rowCount ?? null);
    } finally {
      client.release();
    }
  }
}
