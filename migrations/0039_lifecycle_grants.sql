-- Up Migration
-- Every grant for the objects of migrations 0030-0032 (employees' rights and
-- the data lifecycle), in one place, each block for the database login of the
-- one service that needs it.
SET ROLE cordon_owner;

-- Control API: erasure requests (and progress), retention settings.
GRANT SELECT, INSERT ON cordon.erasures TO cordon_control;
GRANT UPDATE (keys_destroyed) ON cordon.erasures TO cordon_control;
GRANT EXECUTE ON FUNCTION cordon.is_own_erased_pseudonym(text, text) TO cordon_control;
REVOKE EXECUTE ON FUNCTION cordon.is_own_erased_pseudonym(text, text) FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.retention_policies TO cordon_control;

-- Control API: the access report and what opt-out and erasure do to exports (0032).
-- The owner-run functions read these as cordon_owner, which FORCE subjects to
-- policies too.
CREATE POLICY erasures_owner_read ON cordon.erasures FOR SELECT TO cordon_owner USING (true);
CREATE POLICY export_subjects_owner_read ON cordon.export_subjects FOR SELECT TO cordon_owner USING (true);
REVOKE EXECUTE ON FUNCTION cordon.pseudonyms_of_subject(text), cordon.exports_including_subject(text),
  cordon.mark_subject_exports(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cordon.may_act_for_subject(text), cordon.pseudonyms_of_subject(text),
  cordon.exports_including_subject(text), cordon.mark_subject_exports(text, boolean) TO cordon_control;

-- Lifecycle worker: moves erasures on, swaps catalog rows of compacted files,
-- records where each compacted file went, reads retention settings, and
-- expires ledger rows.
GRANT UPDATE (state, deletion_record, deletion_record_signature, deletion_record_key_id,
              deletion_record_object_key, recorded_at, files_compacted, compacted_at)
  ON cordon.erasures TO cordon_lifecycle;
GRANT DELETE ON cordon.lake_files, cordon.lake_slices TO cordon_lifecycle;
-- (SELECT on the compaction map is also the exporter's: file_compacted answers.)
GRANT SELECT, INSERT ON cordon.lake_file_compactions TO cordon_lifecycle;
GRANT SELECT ON cordon.lake_file_compactions TO cordon_exporter;
GRANT SELECT ON cordon.erasures, cordon.retention_policies TO cordon_lifecycle;
GRANT SELECT, INSERT ON cordon.lake_files, cordon.lake_slices TO cordon_lifecycle;
GRANT SELECT, DELETE ON cordon.ingest_batches TO cordon_lifecycle;
GRANT SELECT ON cordon.subject_keys TO cordon_lifecycle;
GRANT UPDATE (wrapped_key, destroyed_at, destroyed_by) ON cordon.subject_keys TO cordon_lifecycle;
GRANT SELECT ON cordon.exports, cordon.export_subjects TO cordon_lifecycle;
GRANT EXECUTE ON FUNCTION cordon.append_audit_record(text, text, text, text, text, text, text, text, text,
  text, text, text, jsonb) TO cordon_lifecycle;
GRANT UPDATE (old_object_deleted_at) ON cordon.lake_file_compactions TO cordon_lifecycle;

-- Lifecycle worker: pg-boss's tables (0031). DML only: queues are created by
-- migrations, so the login never needs CREATE in the schema. A queue added by
-- a later migration needs this grant repeated for its partition table.
GRANT USAGE ON SCHEMA pgboss TO cordon_lifecycle;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO cordon_lifecycle;

-- Row-level policies to every login consult these (a subject reading their own
-- keys, the plan's exclusions, a subject's export records), and a policy's
-- functions run with the privileges of the login whose query it filters.
GRANT EXECUTE ON FUNCTION cordon.is_own_erased_pseudonym(text, text), cordon.excluded_subjects(text),
  cordon.exports_including_subject(text)
  TO cordon_gateway, cordon_pipeline, cordon_control, cordon_exporter, cordon_lifecycle;

RESET ROLE;
