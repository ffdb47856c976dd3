import type { PoolClient } from "@cordon/db";
import type { LakeFile } from "./write.ts";

/**
 * Catalogues a stored lake file in the caller's transaction: its
 * `cordon.lake_files` row and one `cordon.lake_slices` row per subject
 * (migration 0007). Answers false, writing nothing, when a row for the file
 * is already there (a replay racing a commit catalogued it, slices included).
 * The pipeline and the lifecycle worker's compaction both catalogue this way.
 */
export async function insertLakeFileCatalog(
  client: Pick<PoolClient, "query">,
  file: LakeFile,
): Promise<boolean> {
  const inserted = await client.query(
    `INSERT INTO cordon.lake_files (file_key, org_id, file_date, file_hour, topic, kafka_partition,
        first_offset, last_offset, row_count, size_bytes, first_ts, last_ts, schema_version)
     VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (file_key) DO NOTHING`,
    [
      file.key,
      file.org,
      file.date,
      file.hour,
      file.source.topic,
      file.source.partition,
      file.source.firstOffset,
      file.source.lastOffset,
      file.rowCount,
      file.bytes.length,
      file.firstTs,
      file.lastTs,
      file.schemaVersion,
    ],
  );
  if (inserted.rowCount !== 1) return false;
  await client.query(
    `INSERT INTO cordon.lake_slices (file_key, subject_id, org_id, first_row, row_count, categories,
        highest_tier, first_ts, last_ts, key_periods)
     SELECT $1, slice.subject, $2, slice.first_row, slice.row_count,
            ARRAY(SELECT jsonb_array_elements_text(slice.categories)), slice.highest_tier,
            slice.first_ts, slice.last_ts, ARRAY(SELECT jsonb_array_elements_text(slice.key_periods))
       FROM jsonb_to_recordset($3::jsonb) AS slice(subject text, first_row int, row_count int,
            categories jsonb, highest_tier text, first_ts timestamptz, last_ts timestamptz,
            key_periods jsonb)`,
    [
      file.key,
      file.org,
      JSON.stringify(
        file.slices.map((slice) => ({
          subject: slice.subject,
          first_row: slice.firstRow,
          row_count: slice.rowCount,
          categories: slice.categories,
          highest_tier: slice.highestTier,
          first_ts: slice.firstTs.toISOString(),
          last_ts: slice.lastTs.toISOString(),
          key_periods: slice.keyPeriods,
        })),
      ),
    ],
  );
  return true;
}
