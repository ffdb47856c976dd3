import { randomUUID } from "node:crypto";
import { type Pool, withIdentity } from "@cordon/db";
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

  constructor(options: { pool: Pool; claimTtlMs: number }) {
    this.#pool = options.pool;
    this.#claimTtlMs = options.claimTtlMs;
  }

  claim(owner: BatchOwner): Promise<BatchClaim> {
    const claimId = randomUUID();
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
    return withIdentity(this.#pool, identityFor(owner), async (client) => {
      const updated = await client.query(
        `UPDATE cordon.ingest_batches
            SET state = 'done', answered_at = now(), accepted_count = $3, rejected = $4,
                kafka_topic = $5, kafka_partition = $6, kafka_offset = $7
          WHERE batch_id = $1 AND claim_id = $2 AND state = 'pending'`,
        [
          owner.batchId,
          claimId,
          answer.accepted,
          JSON.stringify(answer.rejected),
          position?.topic ?? null,
          position?.partition ?? null,
          position?.offset ?? null,
        ],
      );
      return updated.rowCount === 1;
    });
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
