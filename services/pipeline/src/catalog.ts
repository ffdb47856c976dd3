import { isCollectorId, type Pool, withIdentity } from "@cordon/db";
import { insertLakeFileCatalog, type LakeFile } from "@cordon/lake";

/** Postgres as the pipeline sees it: only the role `pipeline`, whatever the org. */
const pipelineIdentity = { principalId: "cordon-pipeline", roles: ["pipeline"] } as const;

export interface PartitionCommit {
  groupId: string;
  topic: string;
  partition: number;
  /** The offset of the first record these files cover. */
  firstOffset: bigint;
  /** The offset of the next record to read once these files are catalogued. */
  nextOffset: bigint;
  /** Zero or more files (one per org) holding the rows of the offsets being committed. */
  files: readonly LakeFile[];
  /** Which enrolment subject each pseudonym of these files stands for. */
  subjects?: readonly SubjectPseudonym[];
}

/** An enrolment subject and the pseudonym the lake knows them by. */
export interface SubjectPseudonym {
  org: string;
  subjectId: string;
  pseudonym: string;
}

export type CommitOutcome = CommitApplied | CommitFenced;

/**
 * Refused: the stored offset is already past this commit's first offset, so
 * another pipeline instance (after a rebalance) or an earlier run catalogued
 * these records. Nothing was written; resume from `storedOffset`.
 */
export interface CommitFenced {
  fenced: true;
  storedOffset: bigint;
}

export interface CommitApplied {
  fenced: false;
  /** Files newly catalogued. */
  catalogued: number;
  /** Files whose row was already there (a replay that a commit had already recorded). */
  alreadyCatalogued: number;
}

/** Where a batch was read: the claim a batch id is held by. */
export interface BatchSource {
  orgId: string;
  batchId: string;
  topic: string;
  partition: number;
  offset: bigint;
}

export interface LakeCatalog {
  /**
   * Claims each batch id for the record it was read from, all in one
   * transaction, and answers in the order given. "first" when this record
   * holds the claim (also on a replay of the same offset); "duplicate" when a
   * copy of the batch at another offset holds it (an earlier record, or an
   * earlier source in this same call), and this one must not reach the lake.
   */
  claimBatches(sources: readonly BatchSource[]): Promise<("first" | "duplicate")[]>;
  /**
   * True when `collectorId` is (or was) enrolled for this organisation and
   * subject: a batch naming anything else was not sealed for an enrolment.
   */
  isEnrolled(collector: { collectorId: string; orgId: string; subjectId: string }): Promise<boolean>;
  /** Stored next offsets of the group, by partition of `topic`. */
  offsetsOf(groupId: string, topic: string): Promise<Map<number, bigint>>;
  /**
   * In ONE transaction: each file's row and its slices, and the partition's
   * next offset. The partition's offset row is locked first and the commit is
   * fenced when that offset is already past `firstOffset`: two instances that
   * both hold a partition for a moment around a rebalance cannot both
   * catalogue its records. A file already catalogued is left as it is.
   */
  commit(commit: PartitionCommit): Promise<CommitOutcome>;
}

export function createLakeCatalog(pool: Pool): LakeCatalog {
  return {
    async claimBatches(sources) {
      if (sources.length === 0) return [];
      const orgIds = sources.map((source) => source.orgId);
      const batchIds = sources.map((source) => source.batchId);
      return withIdentity(pool, pipelineIdentity, async (client) => {
        // One statement for the whole run: sources are in offset order, and
        // of two copies in one call the first row inserted keeps the claim.
        await client.query(
          `INSERT INTO cordon.lake_batches (org_id, batch_id, topic, kafka_partition, kafka_offset)
           SELECT claim.org_id, claim.batch_id, claim.topic, claim.kafka_partition, claim.kafka_offset
             FROM unnest($1::text[], $2::uuid[], $3::text[], $4::integer[], $5::bigint[])
               WITH ORDINALITY AS claim(org_id, batch_id, topic, kafka_partition, kafka_offset, n)
            ORDER BY n
           ON CONFLICT (org_id, batch_id) DO NOTHING`,
          [
            orgIds,
            batchIds,
            sources.map((source) => source.topic),
            sources.map((source) => source.partition),
            sources.map((source) => source.offset.toString()),
          ],
        );
        const { rows } = await client.query<{
          org_id: string;
          batch_id: string;
          topic: string;
          kafka_partition: number;
          kafka_offset: string;
        }>(
          `SELECT b.org_id, b.batch_id::text, b.topic, b.kafka_partition, b.kafka_offset
             FROM cordon.lake_batches b
             JOIN unnest($1::text[], $2::uuid[]) AS wanted(org_id, batch_id)
               ON b.org_id = wanted.org_id AND b.batch_id = wanted.batch_id`,
          [orgIds, batchIds],
        );
        const holders = new Map(rows.map((row) => [`${row.org_id}\u0000${row.batch_id}`, row]));
        return sources.map((source) => {
          const holder = holders.get(`${source.orgId}\u0000${source.batchId.toLowerCase()}`);
          const same =
            holder !== undefined &&
            holder.topic === source.topic &&
            holder.kafka_partition === source.partition &&
            BigInt(holder.kafka_offset) === source.offset;
          return same ? "first" : "duplicate";
        });
      });
    },

    async isEnrolled({ collectorId, orgId, subjectId }) {
      if (!isCollectorId(collectorId)) return false;
      return withIdentity(pool, pipelineIdentity, async (client) => {
        const { rows } = await client.query(
          `SELECT 1 FROM cordon.collectors WHERE collector_id = $1 AND org_id = $2 AND subject_id = $3`,
          [collectorId, orgId, subjectId],
        );
        return rows.length > 0;
      });
    },

    async offsetsOf(groupId, topic) {
      return withIdentity(pool, pipelineIdentity, async (client) => {
        const { rows } = await client.query<{ kafka_partition: number; next_offset: string }>(
          `SELECT kafka_partition, next_offset FROM cordon.consumer_offsets
            WHERE group_id = $1 AND topic = $2`,
          [groupId, topic],
        );
        return new Map(rows.map((row) => [row.kafka_partition, BigInt(row.next_offset)]));
      });
    },

    async commit(commit) {
      return withIdentity(pool, pipelineIdentity, async (client): Promise<CommitOutcome> => {
        await client.query(
          `INSERT INTO cordon.consumer_offsets (group_id, topic, kafka_partition, next_offset)
           VALUES ($1, $2, $3, 0) ON CONFLICT (group_id, topic, kafka_partition) DO NOTHING`,
          [commit.groupId, commit.topic, commit.partition],
        );
        const stored = await client.query<{ next_offset: string }>(
          `SELECT next_offset FROM cordon.consumer_offsets
            WHERE group_id = $1 AND topic = $2 AND kafka_partition = $3 FOR UPDATE`,
          [commit.groupId, commit.topic, commit.partition],
        );
        const storedOffset = BigInt(stored.rows[0]?.next_offset ?? "0");
        if (storedOffset > commit.firstOffset) return { fenced: true, storedOffset };
        let catalogued = 0;
        for (const file of commit.files) {
          // Already there: the same records were written and committed before (a
          // replay racing a commit); its slices are there too.
          if (await insertLakeFileCatalog(client, file)) catalogued += 1;
        }
        // Export plans leave out opted-out subjects, whom consent names by
        // subject id while the catalog names them by pseudonym.
        if (catalogued > 0 && (commit.subjects?.length ?? 0) > 0) {
          await client.query(`SELECT cordon.record_subject_pseudonyms($1::jsonb)`, [
            JSON.stringify(
              (commit.subjects ?? []).map((s) => ({
                org: s.org,
                pseudonym: s.pseudonym,
                subject_id: s.subjectId,
              })),
            ),
          ]);
        }
        await client.query(
          `INSERT INTO cordon.consumer_offsets (group_id, topic, kafka_partition, next_offset)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (group_id, topic, kafka_partition) DO UPDATE
             SET next_offset = GREATEST(cordon.consumer_offsets.next_offset, excluded.next_offset),
                 updated_at = now()`,
          [commit.groupId, commit.topic, commit.partition, commit.nextOffset.toString()],
        );
        return { fenced: false, catalogued, alreadyCatalogued: commit.files.length - catalogued };
      });
    },
  };
}
