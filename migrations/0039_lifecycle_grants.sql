-- Up Migration
-- Every grant for the objects of migrations 0030-0032 (employees' rights and
-- the data lifecycle), in one place so each can be given to the login of the
-- service that needs it. Today every service logs in as cordon_app; the
-- comment on each block names the service. Besides these, the lifecycle
-- worker's login needs SELECT on cordon.erasures and cordon.retention_policies
-- (granted below for the control API), and what 0004-0007 grant cordon_app on
-- ingest_batches (DELETE), the catalog (SELECT, INSERT), subject_keys
-- (SELECT, UPDATE of the destroy columns) and the audit tables (INSERT).
SET ROLE cordon_owner;

-- Control API: erasure requests (and progress), retention settings.
GRANT SELECT, INSERT ON cordon.erasures TO cordon_app;
GRANT UPDATE (keys_destroyed) ON cordon.erasures TO cordon_app;
GRANT EXECUTE ON FUNCTION cordon.is_own_erased_pseudonym(text, text) TO cordon_app;
REVOKE EXECUTE ON FUNCTION cordon.is_own_erased_pseudonym(text, text) FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.retention_policies TO cordon_app;

-- Control API: the access report and what opt-out and erasure do to exports (0032).
-- The owner-run functions read these as cordon_owner, which FORCE subjects to
-- policies too.
CREATE POLICY erasures_owner_read ON cordon.erasures FOR SELECT TO cordon_owner USING (true);
CREATE POLICY export_subjects_owner_read ON cordon.export_subjects FOR SELECT TO cordon_owner USING (true);
REVOKE EXECUTE ON FUNCTION cordon.pseudonyms_of_subject(text), cordon.exports_including_subject(text),
  cordon.mark_subject_exports(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cordon.may_act_for_subject(text), cordon.pseudonyms_of_subject(text),
  cordon.exports_including_subject(text), cordon.mark_subject_exports(text, boolean) TO cordon_app;

-- Lifecycle worker: moves erasures on, swaps catalog rows of compacted files,
-- records where each compacted file went, reads retention settings, and
-- expires ledger rows (INSERT/SELECT on the catalog and DELETE on
-- ingest_batches already come from 0004/0007 for cordon_app).
GRANT UPDATE (state, deletion_record, deletion_record_signature, deletion_record_key_id,
              deletion_record_object_key, recorded_at, files_compacted, compacted_at)
  ON cordon.erasures TO cordon_app;
GRANT DELETE ON cordon.lake_files, cordon.lake_slices TO cordon_app;
-- (SELECT on the compaction map is also the exporter's: file_compacted answers.)
GRANT SELECT, INSERT ON cordon.lake_file_compactions TO cordon_app;
GRANT UPDATE (old_object_deleted_at) ON cordon.lake_file_compactions TO cordon_app;

-- Lifecycle worker: pg-boss's tables (0031). DML only: queues are created by
-- migrations, so the login never needs CREATE in the schema. A queue added by
-- a later migration needs this grant repeated for its partition table.
GRANT USAGE ON SCHEMA pgboss TO cordon_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO cordon_app;

RESET ROLE;
