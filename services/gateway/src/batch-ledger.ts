import { randomUUID } from "node:crypto";
import { type Pool, type PoolClient, withIdentity } from "@cordon/db";
import type { StoredPosition } from "@cordon/event-log";
import type { EventRejection } from "@cordon/events";
import { gatewayIdentity } from "./enrolment-records.ts";

/** Who sent a batch, from the token and the enrolment record. */
export interface BatchOwner {
  batchId: string;
  collectorId: string;
  orgId: string;
  subjectId: string;
}

/** The 202 body of POST /v1/batches, kept so a retry gets exactly the same one. */
export interface BatchAnswer {
  batchId: string;
  accepted: number;
  rejected: EventRejection[];
}

export type BatchClaim =
  /** This request owns the batch id now and must produce it, then record or release the claim. */
  | { outcome: "claimed"; claimId: string }
  /** Answered before: give the same answer, produce nothing. */
  | { outcome: "answered"; answer: BatchAnswer }
  /** Another request holds the claim and has not finished. */
  | { outcome: "in_progress" }
  /** Another collector used this batch id. */
  | { outcome: "conflict" };

const identityFor = (owner: BatchOwner) => ({ ...gatewayIdentity, orgId: owner.orgId });

/**
 * The idempotency ledger (migration 0004). A batch id is claimed before it is
 * produced and recorded as answered only after Kafka acknowledged it, so:
 * two concurrent copies cannot both produce (the primary key lets one claim
 * win); a crash between produce and record leaves an expiring claim, not a
 * false "done"; and a retry after the answer gets the answer, not a second record.
 */
export class BatchLedger {
  readonly #pool: Pool;
  readonly #claimTtlMs: number;
  readonly #writes: LedgerWrites;

  constructor(options: { pool: Pool; claimTtlMs: number }) {
    this.#pool = options.pool;
    this.#claimTtlMs = options.claimTtlMs;
    this.#writes = new LedgerWrites(options.pool);
  }

  /**
   * Claims the batch id. The usual case, a fresh id, is one statement that
   * shares a round trip with other ledger writes; an id that is already
   * taken goes through `#claimTaken`, which looks at whose it is and what
   * state it is in.
   */
  async claim(owner: BatchOwner): Promise<BatchClaim> {
    const claimId = randomUUID();
    const inserted = await this.#writes.run(
      owner,
      (literal) =>
        `INSERT INTO cordon.ingest_batches
           (batch_id, collector_id, org_id, subject_id, state, claim_id, claim_expires_at)
         VALUES (${literal(owner.batchId)}, ${literal(owner.collectorId)}, ${literal(owner.orgId)},
                 ${literal(owner.subjectId)}, 'pending', ${literal(claimId)},
                 now() + ${literal(String(this.#claimTtlMs))}::integer * interval '1 millisecond')
         ON CONFLICT (batch_id) DO NOTHING`,
    );
    if (inserted === 1) return { outcome: "claimed", claimId };
    return this.#claimTaken(owner, claimId);
  }

  #claimTaken(owner: BatchOwner, claimId: string): Promise<BatchClaim> {
    return withIdentity(this.#pool, identityFor(owner), async (client) => {
      const inserted = await client.query(
        `INSERT INTO cordon.ingest_batches
           (batch_id, collector_id, org_id, subject_id, state, claim_id, claim_expires_at)
         VALUES ($1, $2, $3, $4, 'pending', $5, now() + $6 * interval '1 millisecond')
         ON CONFLICT (batch_id) DO NOTHING`,
        [owner.batchId, owner.collectorId, owner.orgId, owner.subjectId, claimId, this.#claimTtlMs],
      );
      if (inserted.rowCount === 1) return { outcome: "claimed", claimId };

      // The id is taken. Row-level security hides rows of other organisations,
      // so a row we cannot see is someone else's just as one of another collector is.
      const { rows } = await client.query<{
        collector_id: string;
        state: "pending" | "done";
        claim_expired: boolean;
        accepted_count: number | null;
        rejected: EventRejection[] | null;
      }>(
        `SELECT collector_id, state, claim_expires_at < now() AS claim_expired, accepted_count, rejected
           FROM cordon.ingest_batches WHERE batch_id = $1 FOR UPDATE`,
        [owner.batchId],
      );
      const row = rows[0];
      if (row === undefined || row.collector_id !== owner.collectorId) return { outcome: "conflict" };
      if (row.state === "done") {
        return {
          outcome: "answered",
          answer: { batchId: owner.batchId, accepted: row.accepted_count ?? 0, rejected: row.rejected ?? [] },
        };
      }
      if (!row.claim_expired) return { outcome: "in_progress" };
      // The claim's holder died mid-produce. Taking it over may put a second
      // copy in Kafka if that holder's produce had landed; the batch id travels
      // with the record so the pipeline drops the copy.
      await client.query(
        `UPDATE cordon.ingest_batches
            SET claim_id = $2, claimed_at = now(), claim_expires_at = now() + $3 * interval '1 millisecond'
          WHERE batch_id = $1`,
        [owner.batchId, claimId, this.#claimTtlMs],
      );
      return { outcome: "claimed", claimId };
    });
  }

  /** Records the answer once Kafka has the batch (or there was nothing to produce). False if the claim was lost. */
  recordAnswer(
    owner: BatchOwner,
    claimId: string,
    answer: BatchAnswer,
    position: StoredPosition | undefined,
  ): Promise<boolean> {
    return this.#writes
      .run(owner, (literal) => {
        const orNull = (value: string | number | undefined) =>
          value === undefined ? "NULL" : literal(String(value));
        return `UPDATE cordon.ingest_batches
            SET state = 'done', answered_at = now(), accepted_count = ${literal(String(answer.accepted))}::integer,
                rejected = ${literal(JSON.stringify(answer.rejected))}::jsonb,
                kafka_topic = ${orNull(position?.topic)}, kafka_partition = ${orNull(position?.partition)}::integer,
                kafka_offset = ${orNull(position?.offset)}::bigint
          WHERE batch_id = ${literal(owner.batchId)} AND claim_id = ${literal(claimId)} AND state = 'pending'`;
      })
      .then((updated) => updated === 1);
  }

  /**
   * Gives the batch id back after a failed produce, so the collector's retry
   * can claim it. A failure reported by the client can, rarely, hide a write
   * the broker made; the batch id inside the record lets the pipeline drop
   * such a second copy.
   */
  async release(owner: BatchOwner, claimId: string): Promise<void> {
    await withIdentity(this.#pool, identityFor(owner), (client) =>
      client.query(
        "DELETE FROM cordon.ingest_batches WHERE batch_id = $1 AND claim_id = $2 AND state = 'pending'",
        [owner.batchId, claimId],
      ),
    );
  }
}

type Literal = (value: string) => string;

interface LedgerWrite {
  owner: BatchOwner;
  statement: (literal: Literal) => string;
  resolve: (rowCount: number | null) => void;
  reject: (error: unknown) => void;
}

// Bounds the text of one round trip; more writes wait for the next.
const maxWritesPerRoundTrip = 64;
// Two, not one, so that a write waiting on a row lock (a concurrent copy of
// the same batch id) does not hold up every other batch's write behind it.
const maxRoundTripsInFlight = 2;

/**
 * Ledger writes (claims and recorded answers) as few round trips as possible.
 * Every socket write and every statement costs the gateway and Postgres CPU,
 * and with two ledger writes per batch that made the ledger the largest cost
 * of a batch: `withIdentity` needs four round trips per write (BEGIN, the
 * settings, the statement, COMMIT). Here each write is its identity settings
 * plus its statement, and the writes that arrive while a round trip is in
 * flight go together in the next one (as publishes to Kafka do; at most
 * `maxRoundTripsInFlight` at once), as a single
 * simple-protocol query. Postgres runs that as one implicit transaction, in
 * order: each statement runs under the `set_config(…, true)` just before it,
 * which lasts to the end of that transaction, and nothing of it outlives the
 * query, so the connection goes back to the pool clean. Each write still
 * resolves only once the transaction committed, with its own row count.
 *
 * If any statement fails, Postgres rolls the whole query back; then each
 * write of it is tried alone, so one failing write cannot fail another. Each
 * statement is safe to repeat (a claim is `ON CONFLICT DO NOTHING`, a record
 * only moves a pending claim of its own `claim_id`).
 *
 * The simple protocol takes no parameters, so every value is written as a
 * literal with pg's `escapeLiteral`; the values are ids, counts and the
 * rejection list (codes and reasons that name fields, never event content).
 */
class LedgerWrites {
  readonly #pool: Pool;
  readonly #pending: LedgerWrite[] = [];
  #inFlight = 0;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  /** Runs one statement as the gateway for the owner's organisation; resolves with its row count once committed. */
  run(owner: BatchOwner, statement: (literal: Literal) => string): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ owner, statement, resolve, reject });
      this.#drain();
    });
  }

  #drain(): void {
    while (this.#pending.length > 0 && this.#inFlight < maxRoundTripsInFlight) {
      const group = this.#pending.splice(0, maxWritesPerRoundTrip);
      this.#inFlight += 1;
      void this.#settle(group).finally(() => {
        this.#inFlight -= 1;
        this.#drain();
      });
    }
  }

  async #settle(group: readonly LedgerWrite[]): Promise<void> {
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

  async #send(group: readonly LedgerWrite[]): Promise<(number | null)[]> {
    const client: PoolClient = await this.#pool.connect();
    try {
      const literal: Literal = (value) => client.escapeLiteral(value);
      const text = group.map(
        (write) => `${identitySettings(write.owner, literal)};\n${write.statement(literal)};`,
      );
      const results: unknown = await client.query(text.join("\n"));
      // One result per statement: the settings, then the write, for each write in order.
      const all = (Array.isArray(results) ? results : [results]) as { rowCount: number | null }[];
      return group.map((_, index) => all[2 * index + 1]?.rowCount ?? null);
    } finally {
      client.release();
    }
  }
}

/** What `withIdentity` sets, for one statement of a multi-statement query. */
function identitySettings(owner: BatchOwner, literal: Literal): string {
  const identity = identityFor(owner);
  const roles = `{${identity.roles.map((role) => `"${role}"`).join(",")}}`;
  return `SELECT set_config('cordon.org_id', ${literal(identity.orgId)}, true),
                 set_config('cordon.principal_id', ${literal(identity.principalId)}, true),
                 set_config('cordon.roles', ${literal(roles)}, true)`;
}
