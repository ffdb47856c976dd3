-- Up Migration
-- One shape of organisation id everywhere it is stored (packages/db org-id.ts
-- holds the same pattern): it becomes an S3 key segment of the lake, and one
-- malformed id used to stop a pipeline partition for every tenant. NOT VALID:
-- rows already stored are left for an operator to look at; every new or
-- changed row is checked.
SET ROLE cordon_owner;

ALTER TABLE cordon.collectors ADD CONSTRAINT collectors_org_id_shape
  CHECK (org_id ~ '^[A-Za-z0-9_.-]{1,128}$') NOT VALID;
ALTER TABLE cordon.subjects ADD CONSTRAINT subjects_org_id_shape
  CHECK (org_id ~ '^[A-Za-z0-9_.-]{1,128}$') NOT VALID;
ALTER TABLE cordon.ingest_pauses ADD CONSTRAINT ingest_pauses_org_id_shape
  CHECK (org_id IS NULL OR org_id ~ '^[A-Za-z0-9_.-]{1,128}$') NOT VALID;
ALTER TABLE cordon.ingest_batches ADD CONSTRAINT ingest_batches_org_id_shape
  CHECK (org_id ~ '^[A-Za-z0-9_.-]{1,128}$') NOT VALID;
ALTER TABLE cordon.lake_files ADD CONSTRAINT lake_files_org_id_shape
  CHECK (org_id ~ '^[A-Za-z0-9_.-]{1,128}$') NOT VALID;
ALTER TABLE cordon.lake_batches ADD CONSTRAINT lake_batches_org_id_shape
  CHECK (org_id ~ '^[A-Za-z0-9_.-]{1,128}$') NOT VALID;

RESET ROLE;
