import { randomUUID } from "node:crypto";
import { BatchedIdentityWrites, type Pool, withIdentity } from "@cordon/db";
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
  /**
   * Claims and recorded answers, two per batch, were the largest cost of a
   * batch as separate transactions; batched, they share round trips.
   */
  readonly #writes: BatchedIdentityWrites;

  constructor(options: { pool: Pool; claimTtlMs: number }) {
    this.#pool = options.pool;
    this.#claimTtlMs = options.claimTtlMs;
    this.#writes = new BatchedIdentityWrites(options.pool);
  }

  /**
   * Claims the batch id. The usual case, a fresh id, is one statement that
   * shares a round trip with other ledger writes; an id that is already
   * taken goes through `#claimTaken`, which looks at whose it is and what
   * state it is in.
   */
  async claim(owner: BatchOwner): Promise<BatchClaim> {
    const claimId = randomUUID();
    const inserted = await this.#writes.write(
      identityFor(owner),
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
      .write(identityFor(owner), (literal) => {
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
