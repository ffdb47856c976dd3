-- Up Migration
-- The lake's catalog and the pipeline's consumer offsets (DESIGN.md invariant 10).
-- One transaction per written file inserts its row, one row per subject slice
-- and moves the offsets, so the catalog holds exactly the events of the
-- offsets it claims. Only metadata: keys, counts, times, categories, the
-- subject PSEUDONYM (never the enrolment's subject id, never event content).
SET ROLE cordon_owner;

CREATE TABLE cordon.lake_files (
  -- Object key in the lake bucket; derived from topic, partition and offsets,
  -- so a replay after a crash names the same file.
  file_key text PRIMARY KEY CHECK (length(file_key) <= 1024),
  org_id text NOT NULL,
  file_date date NOT NULL,
  file_hour smallint NOT NULL CHECK (file_hour BETWEEN 0 AND 23),
  topic text NOT NULL,
  kafka_partition integer NOT NULL CHECK (kafka_partition >= 0),
  first_offset bigint NOT NULL CHECK (first_offset >= 0),
  last_offset bigint NOT NULL,
  row_count integer NOT NULL CHECK (row_count > 0),
  size_bytes bigint NOT NULL CHECK (size_bytes > 0),
  first_ts timestamptz NOT NULL,
  last_ts timestamptz NOT NULL,
  schema_version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (last_offset >= first_offset),
  CHECK (last_ts >= first_ts)
);
CREATE INDEX lake_files_org_time ON cordon.lake_files (org_id, file_date, file_hour);
CREATE INDEX lake_files_source ON cordon.lake_files (topic, kafka_partition, first_offset);

-- One row per (file, subject): the unit later row-level policies filter on.
CREATE TABLE cordon.lake_slices (
  file_key text NOT NULL REFERENCES cordon.lake_files (file_key),
  subject_id text NOT NULL,
  org_id text NOT NULL,
  first_row integer NOT NULL CHECK (first_row >= 0),
  row_count integer NOT NULL CHECK (row_count > 0),
  categories text[] NOT NULL,
  highest_tier text NOT NULL
    CHECK (highest_tier IN ('public', 'internal', 'confidential', 'restricted', 'prohibited')),
  first_ts timestamptz NOT NULL,
  last_ts timestamptz NOT NULL,
  PRIMARY KEY (file_key, subject_id),
  CHECK (categories <@ ARRAY['text', 'pii', 'credential', 'health', 'hr', 'prompt', 'financial']::text[])
);
CREATE INDEX lake_slices_subject ON cordon.lake_slices (org_id, subject_id);

-- Where each consumer group resumes: the offset of the next record to read.
-- Authoritative; Kafka's group offsets are a copy for lag dashboards.
CREATE TABLE cordon.consumer_offsets (
  group_id text NOT NULL,
  topic text NOT NULL,
  kafka_partition integer NOT NULL CHECK (kafka_partition >= 0),
  next_offset bigint NOT NULL CHECK (next_offset >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, topic, kafka_partition)
);

-- Row-level policies. Identity comes from the transaction (withIdentity):
--   pipeline           writes files, slices and offsets of every organisation (one
--                      partition carries many); reads them back to skip a replay
--   exporter, security, admin  read the catalog of their own organisation
-- Nobody updates or deletes catalog rows yet (compaction after erasure will).
ALTER TABLE cordon.lake_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.lake_files FORCE ROW LEVEL SECURITY;
CREATE POLICY lake_files_pipeline_read ON cordon.lake_files FOR SELECT
  USING (cordon.has_role('pipeline'));
CREATE POLICY lake_files_pipeline_insert ON cordon.lake_files FOR INSERT
  WITH CHECK (cordon.has_role('pipeline'));
CREATE POLICY lake_files_org_read ON cordon.lake_files FOR SELECT
  USING (
    org_id = cordon.current_org_id()
    AND (cordon.has_role('exporter') OR cordon.has_role('security') OR cordon.has_role('admin'))
  );

ALTER TABLE cordon.lake_slices ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.lake_slices FORCE ROW LEVEL SECURITY;
CREATE POLICY lake_slices_pipeline_read ON cordon.lake_slices FOR SELECT
  USING (cordon.has_role('pipeline'));
CREATE POLICY lake_slices_pipeline_insert ON cordon.lake_slices FOR INSERT
  WITH CHECK (cordon.has_role('pipeline'));
CREATE POLICY lake_slices_org_read ON cordon.lake_slices FOR SELECT
  USING (
    org_id = cordon.current_org_id()
    AND (cordon.has_role('exporter') OR cordon.has_role('security') OR cordon.has_role('admin'))
  );

ALTER TABLE cordon.consumer_offsets ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.consumer_offsets FORCE ROW LEVEL SECURITY;
CREATE POLICY consumer_offsets_pipeline ON cordon.consumer_offsets FOR ALL
  USING (cordon.has_role('pipeline'))
  WITH CHECK (cordon.has_role('pipeline'));

GRANT SELECT, INSERT ON cordon.lake_files TO cordon_app;
GRANT SELECT, INSERT ON cordon.lake_slices TO cordon_app;
GRANT SELECT, INSERT, UPDATE ON cordon.consumer_offsets TO cordon_app;

RESET ROLE;
