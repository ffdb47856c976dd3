-- Up Migration
-- DESIGN.md invariant 5: each service logs in with a role of its own, granted
-- only the tables and columns it uses, and the row-level policies name that
-- role (`TO cordon_gateway`…). The identity a service sets per transaction
-- (cordon.roles, cordon.org_id) can then only narrow what its login may do:
-- a gateway that sets itself `security` still matches no policy of the
-- control API, because its login is not cordon_control.
--
--   cordon_gateway    collector-facing: reads enrolments, consent, pauses; the batch ledger
--   cordon_pipeline   writes the lake catalog, offsets and subject keys
--   cordon_control    the control API: enrolment, consent, pauses, the access log
--   cordon_exporter   exports (grants added by the migrations that build it)
--   cordon_lifecycle  retention and erasure (grants added by the migrations that build it)
--
-- cordon_app, the one login all services shared, is retired: it can no longer
-- log in and holds no privilege in this database. It is kept as a role, not
-- dropped, because roles are cluster-wide and other databases on the same
-- server may still name it in grants until they are migrated.
--
-- None of these logins is a member of cordon_owner or may SET ROLE to it:
-- migrations are their own step, run with DATABASE_URL by `npm run migrate`.
-- As in 0001, roles are shared by every database of the server and test files
-- migrate databases side by side, so each statement writes only when needed.
DO $$
DECLARE
  login text;
BEGIN
  FOREACH login IN ARRAY ARRAY['cordon_gateway', 'cordon_pipeline', 'cordon_control',
                               'cordon_exporter', 'cordon_lifecycle'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT', login);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
               AND (NOT rolcanlogin OR rolsuper OR rolbypassrls OR rolcreatedb OR rolcreaterole
                    OR rolinherit OR rolreplication)) THEN
      EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION',
                     login);
    END IF;
  END LOOP;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cordon_app' AND rolcanlogin) THEN
    BEGIN
      ALTER ROLE cordon_app NOLOGIN;
    EXCEPTION WHEN OTHERS THEN
      -- Another database's migration changed the same role row a moment ago.
      IF SQLSTATE <> 'XX000' THEN RAISE; END IF;
    END;
  END IF;
END
$$;

SET ROLE cordon_owner;

-- cordon_app loses everything it held here.
REVOKE ALL ON ALL TABLES IN SCHEMA cordon FROM cordon_app;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cordon FROM cordon_app;
REVOKE USAGE ON SCHEMA cordon FROM cordon_app;

GRANT USAGE ON SCHEMA cordon
  TO cordon_gateway, cordon_pipeline, cordon_control, cordon_exporter, cordon_lifecycle;
GRANT EXECUTE ON FUNCTION cordon.current_org_id(), cordon.current_principal_id(), cordon.current_roles(),
  cordon.has_role(text), cordon.has_identity()
  TO cordon_gateway, cordon_pipeline, cordon_control, cordon_exporter, cordon_lifecycle;

-- Enrolments. The gateway reads what it checks a credential and a batch
-- against; the control API enrols, lists and revokes, but never reads a
-- secret hash back.
DROP POLICY collectors_gateway_read ON cordon.collectors;
DROP POLICY collectors_org_staff ON cordon.collectors;
CREATE POLICY collectors_gateway_read ON cordon.collectors FOR SELECT TO cordon_gateway
  USING (cordon.has_role('gateway'));
CREATE POLICY collectors_org_staff ON cordon.collectors FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')));
GRANT SELECT (collector_id, org_id, subject_id, secret_hash, revoked_at) ON cordon.collectors TO cordon_gateway;
GRANT SELECT (collector_id, org_id, subject_id, label, enrolled_at, enrolled_by, revoked_at, revoked_by)
  ON cordon.collectors TO cordon_control;
GRANT INSERT (collector_id, org_id, subject_id, label, secret_hash, enrolled_by) ON cordon.collectors
  TO cordon_control;
GRANT UPDATE (revoked_at, revoked_by) ON cordon.collectors TO cordon_control;

-- Consent.
DROP POLICY subjects_gateway_read ON cordon.subjects;
DROP POLICY subjects_org_staff ON cordon.subjects;
DROP POLICY subjects_self ON cordon.subjects;
CREATE POLICY subjects_gateway_read ON cordon.subjects FOR SELECT TO cordon_gateway
  USING (cordon.has_role('gateway'));
CREATE POLICY subjects_org_staff ON cordon.subjects FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')));
CREATE POLICY subjects_self ON cordon.subjects FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND subject_id = cordon.current_principal_id() AND cordon.has_role('subject'))
  WITH CHECK (org_id = cordon.current_org_id() AND subject_id = cordon.current_principal_id() AND cordon.has_role('subject'));
GRANT SELECT (org_id, subject_id, opted_out) ON cordon.subjects TO cordon_gateway;
GRANT SELECT, INSERT, UPDATE ON cordon.subjects TO cordon_control;

-- Pauses (0009 narrows who may set which).
DROP POLICY pauses_gateway_read ON cordon.ingest_pauses;
DROP POLICY pauses_global_security ON cordon.ingest_pauses;
DROP POLICY pauses_org_staff ON cordon.ingest_pauses;
CREATE POLICY pauses_gateway_read ON cordon.ingest_pauses FOR SELECT TO cordon_gateway
  USING (cordon.has_role('gateway'));
CREATE POLICY pauses_global_security ON cordon.ingest_pauses FOR ALL TO cordon_control
  USING (scope = 'global' AND cordon.has_role('security'))
  WITH CHECK (scope = 'global' AND cordon.has_role('security'));
CREATE POLICY pauses_org_staff ON cordon.ingest_pauses FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')));
GRANT SELECT (scope, scope_id, retry_after_seconds) ON cordon.ingest_pauses TO cordon_gateway;
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.ingest_pauses TO cordon_control;

-- The gateway's batch ledger is the gateway's alone.
DROP POLICY ingest_batches_gateway ON cordon.ingest_batches;
CREATE POLICY ingest_batches_gateway ON cordon.ingest_batches FOR ALL TO cordon_gateway
  USING (cordon.has_role('gateway') AND org_id = cordon.current_org_id())
  WITH CHECK (cordon.has_role('gateway') AND org_id = cordon.current_org_id());
-- DELETE releases a claim whose produce failed, so a retry may claim it again.
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.ingest_batches TO cordon_gateway;

-- The access log: only the control API reads it and keeps its checkpoints
-- (0010 replaces direct inserts by an append function).
DROP POLICY audit_records_security_read ON cordon.audit_records;
DROP POLICY audit_records_append ON cordon.audit_records;
CREATE POLICY audit_records_security_read ON cordon.audit_records FOR SELECT TO cordon_control
  USING (cordon.has_role('security'));
CREATE POLICY audit_records_append ON cordon.audit_records FOR INSERT TO cordon_control
  WITH CHECK (cordon.has_identity());
GRANT SELECT, INSERT ON cordon.audit_records TO cordon_control;

DROP POLICY audit_chain_head_read ON cordon.audit_chain_head;
CREATE POLICY audit_chain_head_read ON cordon.audit_chain_head FOR SELECT TO cordon_control
  USING (cordon.has_identity());
GRANT SELECT ON cordon.audit_chain_head TO cordon_control;

DROP POLICY audit_checkpoints_security_read ON cordon.audit_checkpoints;
DROP POLICY audit_checkpoints_append ON cordon.audit_checkpoints;
CREATE POLICY audit_checkpoints_security_read ON cordon.audit_checkpoints FOR SELECT TO cordon_control
  USING (cordon.has_role('security'));
CREATE POLICY audit_checkpoints_append ON cordon.audit_checkpoints FOR INSERT TO cordon_control
  WITH CHECK (cordon.has_identity());
GRANT SELECT, INSERT ON cordon.audit_checkpoints TO cordon_control;

DROP POLICY audit_checkpoint_head_read ON cordon.audit_checkpoint_head;
CREATE POLICY audit_checkpoint_head_read ON cordon.audit_checkpoint_head FOR SELECT TO cordon_control
  USING (cordon.has_identity());
GRANT SELECT ON cordon.audit_checkpoint_head TO cordon_control;

GRANT EXECUTE ON FUNCTION cordon.lock_audit_chain_head(), cordon.lock_audit_checkpoint_head(),
  cordon.create_audit_partitions(date, integer) TO cordon_control;

-- Subject keys: the pipeline creates and reads them; staff destroy them
-- through the control API; the exporter's read policy waits for its grant.
DROP POLICY subject_keys_pipeline_read ON cordon.subject_keys;
DROP POLICY subject_keys_pipeline_insert ON cordon.subject_keys;
DROP POLICY subject_keys_exporter_read ON cordon.subject_keys;
DROP POLICY subject_keys_staff_read ON cordon.subject_keys;
DROP POLICY subject_keys_staff_destroy ON cordon.subject_keys;
CREATE POLICY subject_keys_pipeline_read ON cordon.subject_keys FOR SELECT TO cordon_pipeline
  USING (cordon.has_role('pipeline') AND org_id = cordon.current_org_id());
CREATE POLICY subject_keys_pipeline_insert ON cordon.subject_keys FOR INSERT TO cordon_pipeline
  WITH CHECK (
    cordon.has_role('pipeline') AND org_id = cordon.current_org_id()
    AND destroyed_at IS NULL AND destroyed_by IS NULL
    AND NOT EXISTS (
      SELECT 1 FROM cordon.subject_keys erased
       WHERE erased.org_id = subject_keys.org_id AND erased.subject_id = subject_keys.subject_id
         AND erased.destroyed_at IS NOT NULL
    )
  );
CREATE POLICY subject_keys_exporter_read ON cordon.subject_keys FOR SELECT TO cordon_exporter
  USING (cordon.has_role('exporter') AND org_id = cordon.current_org_id());
CREATE POLICY subject_keys_staff_read ON cordon.subject_keys FOR SELECT TO cordon_control
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('security') OR cordon.has_role('admin')));
CREATE POLICY subject_keys_staff_destroy ON cordon.subject_keys FOR UPDATE TO cordon_control
  USING (
    org_id = cordon.current_org_id() AND (cordon.has_role('security') OR cordon.has_role('admin'))
    AND destroyed_at IS NULL
  )
  WITH CHECK (
    org_id = cordon.current_org_id() AND (cordon.has_role('security') OR cordon.has_role('admin'))
    AND destroyed_at IS NOT NULL AND wrapped_key IS NULL
  );
GRANT SELECT, INSERT ON cordon.subject_keys TO cordon_pipeline;
-- The exporter's only grant so far: @cordon/lake's exporter keyring opens the
-- keys it decrypts with. The exporter's own migrations add what else it needs.
GRANT SELECT ON cordon.subject_keys TO cordon_exporter;
GRANT SELECT ON cordon.subject_keys TO cordon_control;
GRANT UPDATE (wrapped_key, destroyed_at, destroyed_by) ON cordon.subject_keys TO cordon_control;

-- The lake catalog and offsets are written by the pipeline only. The
-- organisation read policies are for the exporter and lifecycle workers,
-- whose grants come with them.
DROP POLICY lake_files_pipeline_read ON cordon.lake_files;
DROP POLICY lake_files_pipeline_insert ON cordon.lake_files;
DROP POLICY lake_files_org_read ON cordon.lake_files;
CREATE POLICY lake_files_pipeline_read ON cordon.lake_files FOR SELECT TO cordon_pipeline
  USING (cordon.has_role('pipeline'));
CREATE POLICY lake_files_pipeline_insert ON cordon.lake_files FOR INSERT TO cordon_pipeline
  WITH CHECK (cordon.has_role('pipeline'));
CREATE POLICY lake_files_org_read ON cordon.lake_files FOR SELECT TO cordon_exporter, cordon_lifecycle
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('exporter') OR cordon.has_role('lifecycle')));

DROP POLICY lake_slices_pipeline_read ON cordon.lake_slices;
DROP POLICY lake_slices_pipeline_insert ON cordon.lake_slices;
DROP POLICY lake_slices_org_read ON cordon.lake_slices;
CREATE POLICY lake_slices_pipeline_read ON cordon.lake_slices FOR SELECT TO cordon_pipeline
  USING (cordon.has_role('pipeline'));
CREATE POLICY lake_slices_pipeline_insert ON cordon.lake_slices FOR INSERT TO cordon_pipeline
  WITH CHECK (cordon.has_role('pipeline'));
CREATE POLICY lake_slices_org_read ON cordon.lake_slices FOR SELECT TO cordon_exporter, cordon_lifecycle
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('exporter') OR cordon.has_role('lifecycle')));

DROP POLICY consumer_offsets_pipeline ON cordon.consumer_offsets;
CREATE POLICY consumer_offsets_pipeline ON cordon.consumer_offsets FOR ALL TO cordon_pipeline
  USING (cordon.has_role('pipeline'))
  WITH CHECK (cordon.has_role('pipeline'));
GRANT SELECT, INSERT ON cordon.lake_files TO cordon_pipeline;
GRANT SELECT, INSERT ON cordon.lake_slices TO cordon_pipeline;
GRANT SELECT, INSERT, UPDATE ON cordon.consumer_offsets TO cordon_pipeline;

RESET ROLE;

-- Services refuse to start on a schema older than their code (packages/db
-- assertSchemaCurrent); they may read which migrations ran, nothing more.
-- The migration table belongs to the migrating identity, hence outside SET ROLE.
GRANT SELECT ON public.pgmigrations
  TO cordon_gateway, cordon_pipeline, cordon_control, cordon_exporter, cordon_lifecycle;
