-- Up Migration
-- Employees' rights and the data lifecycle: consent only the subject can give
-- back, erasure (keys destroyed, a signed deletion record, compaction of the
-- lake files that held the subject), retention per category, and the
-- compaction map readers of an old file key are answered from. Grants for
-- everything here are in 0039_lifecycle_grants.sql.
SET ROLE cordon_owner;

-- Consent (DESIGN.md invariant 9). Staff may opt a subject out on their
-- behalf, but only the subject may opt back in: the check lives in the
-- database too, so no route or script of the application role can undo an
-- opt-out for someone else. It guards every transaction that carries an
-- identity, which is the only way the application role reaches the table
-- (without one, row-level security shows it no row). A session of the
-- owner or a superuser without an identity is maintenance, outside what a
-- trigger can guard (it could disable the trigger anyway).
ALTER TABLE cordon.subjects ADD COLUMN consent_reason text CHECK (length(consent_reason) <= 500);
CREATE FUNCTION cordon.refuse_staff_opt_in() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF (TG_OP = 'UPDATE' AND OLD.opted_out AND NOT NEW.opted_out) AND cordon.has_identity()
     AND NOT (cordon.has_role('subject') AND cordon.current_principal_id() = NEW.subject_id) THEN
    RAISE EXCEPTION 'only the subject may opt back in' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER subjects_only_self_opt_in BEFORE UPDATE ON cordon.subjects
  FOR EACH ROW EXECUTE FUNCTION cordon.refuse_staff_opt_in();

-- One erasure per subject of an organisation. The control API inserts it and
-- destroys the keys in the same transaction; the lifecycle worker moves it
-- on: deletion record signed and stored, then every lake file holding the
-- subject compacted. `subject_pseudonym` is how the lake names the subject.
CREATE TABLE cordon.erasures (
  erasure_id uuid PRIMARY KEY,
  org_id text NOT NULL,
  subject_id text NOT NULL,
  subject_pseudonym text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  requested_by text NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  state text NOT NULL CHECK (state IN ('keys_destroyed', 'recorded', 'compacted')),
  keys_destroyed integer NOT NULL CHECK (keys_destroyed >= 0),
  -- The signed deletion record: its canonical JSON, the KMS signature over its
  -- SHA-256, and where its copy sits in the object store.
  deletion_record jsonb,
  deletion_record_signature bytea,
  deletion_record_key_id text,
  deletion_record_object_key text,
  recorded_at timestamptz,
  files_compacted integer NOT NULL DEFAULT 0 CHECK (files_compacted >= 0),
  compacted_at timestamptz,
  UNIQUE (org_id, subject_id),
  CHECK ((state = 'keys_destroyed') = (recorded_at IS NULL)),
  CHECK (recorded_at IS NULL OR (deletion_record IS NOT NULL AND deletion_record_signature IS NOT NULL
                                 AND deletion_record_key_id IS NOT NULL AND deletion_record_object_key IS NOT NULL)),
  CHECK ((state = 'compacted') = (compacted_at IS NOT NULL))
);
CREATE INDEX erasures_open ON cordon.erasures (state) WHERE state <> 'compacted';

-- Old file key -> the file that replaced it (NULL: no row was left). Readers
-- holding an old key from a stale catalog read get `file_compacted`.
CREATE TABLE cordon.lake_file_compactions (
  old_file_key text PRIMARY KEY,
  new_file_key text,
  org_id text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('erasure', 'retention')),
  rows_removed integer NOT NULL CHECK (rows_removed >= 0),
  texts_removed integer NOT NULL CHECK (texts_removed >= 0),
  compacted_at timestamptz NOT NULL DEFAULT now(),
  -- Set once the old object is deleted (after the swap); until then the
  -- worker retries the delete.
  old_object_deleted_at timestamptz
);
CREATE INDEX lake_file_compactions_pending_delete ON cordon.lake_file_compactions (compacted_at)
  WHERE old_object_deleted_at IS NULL;
CREATE INDEX lake_file_compactions_org ON cordon.lake_file_compactions (org_id, compacted_at);

-- Retention per organisation and class: a lake category (its text values
-- expire) or an event class (`pointer`, `key_timing`: whole rows expire).
-- Without a row the defaults of services/lifecycle apply.
CREATE TABLE cordon.retention_policies (
  org_id text NOT NULL,
  data_class text NOT NULL CHECK (data_class IN (
    'text', 'pii', 'credential', 'health', 'hr', 'prompt', 'financial', 'pointer', 'key_timing', 'other')),
  retain_days integer NOT NULL CHECK (retain_days BETWEEN 1 AND 3650),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by text NOT NULL,
  PRIMARY KEY (org_id, data_class)
);

-- Row-level policies. Identity comes from the transaction (withIdentity):
--   subject            asks for their own erasure and reads it
--   admin, security    ask for and read erasures of their organisation
--   lifecycle          the worker: every organisation (it is a platform service)
ALTER TABLE cordon.erasures ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.erasures FORCE ROW LEVEL SECURITY;
CREATE POLICY erasures_self ON cordon.erasures FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND subject_id = cordon.current_principal_id() AND cordon.has_role('subject'))
  WITH CHECK (org_id = cordon.current_org_id() AND subject_id = cordon.current_principal_id() AND cordon.has_role('subject')
              AND state = 'keys_destroyed');
CREATE POLICY erasures_org_staff ON cordon.erasures FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security'))
              AND state = 'keys_destroyed');
CREATE POLICY erasures_lifecycle ON cordon.erasures FOR ALL TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'))
  WITH CHECK (cordon.has_role('lifecycle'));

-- A subject destroys their own keys through their erasure row: the row binds
-- their principal id to the pseudonym the lake uses. An UPDATE must also see
-- the rows it changes, hence the read policy, which only ever matches keys
-- that the same transaction destroys (the erasure row and the destroy are
-- one transaction, and the row cannot be inserted for anyone else).
CREATE FUNCTION cordon.is_own_erased_pseudonym(key_org text, key_subject text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT cordon.has_role('subject') AND key_org = cordon.current_org_id()
       AND EXISTS (SELECT 1 FROM cordon.erasures e
                    WHERE e.org_id = key_org AND e.subject_pseudonym = key_subject
                      AND e.subject_id = cordon.current_principal_id())
  $$;
CREATE POLICY subject_keys_self_read ON cordon.subject_keys FOR SELECT TO cordon_control
  USING (cordon.is_own_erased_pseudonym(org_id, subject_id));
CREATE POLICY subject_keys_self_destroy ON cordon.subject_keys FOR UPDATE TO cordon_control
  USING (cordon.is_own_erased_pseudonym(org_id, subject_id) AND destroyed_at IS NULL)
  WITH CHECK (cordon.is_own_erased_pseudonym(org_id, subject_id) AND destroyed_at IS NOT NULL AND wrapped_key IS NULL);
-- The worker reads keys to re-seal the rows a compaction keeps, and destroys
-- expired ones (retention).
CREATE POLICY subject_keys_lifecycle_read ON cordon.subject_keys FOR SELECT TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'));
CREATE POLICY subject_keys_lifecycle_destroy ON cordon.subject_keys FOR UPDATE TO cordon_lifecycle
  USING (cordon.has_role('lifecycle') AND destroyed_at IS NULL)
  WITH CHECK (cordon.has_role('lifecycle') AND destroyed_at IS NOT NULL AND wrapped_key IS NULL);

-- Compaction swaps catalog rows: the worker reads, inserts and deletes them.
CREATE POLICY lake_files_lifecycle ON cordon.lake_files FOR ALL TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'))
  WITH CHECK (cordon.has_role('lifecycle'));
CREATE POLICY lake_slices_lifecycle ON cordon.lake_slices FOR ALL TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'))
  WITH CHECK (cordon.has_role('lifecycle'));

ALTER TABLE cordon.lake_file_compactions ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.lake_file_compactions FORCE ROW LEVEL SECURITY;
CREATE POLICY lake_file_compactions_lifecycle ON cordon.lake_file_compactions FOR ALL TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'))
  WITH CHECK (cordon.has_role('lifecycle'));
CREATE POLICY lake_file_compactions_org_read ON cordon.lake_file_compactions FOR SELECT TO cordon_exporter, cordon_control
  USING (
    org_id = cordon.current_org_id()
    AND (cordon.has_role('exporter') OR cordon.has_role('security') OR cordon.has_role('admin'))
  );

ALTER TABLE cordon.retention_policies ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.retention_policies FORCE ROW LEVEL SECURITY;
CREATE POLICY retention_policies_lifecycle_read ON cordon.retention_policies FOR SELECT TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'));
CREATE POLICY retention_policies_org_admin ON cordon.retention_policies FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND cordon.has_role('admin'))
  WITH CHECK (org_id = cordon.current_org_id() AND cordon.has_role('admin'));

-- Housekeeping: the worker deletes ledger rows past the idempotency window,
-- in every organisation.
CREATE POLICY ingest_batches_lifecycle_expire ON cordon.ingest_batches FOR DELETE TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'));
CREATE POLICY ingest_batches_lifecycle_read ON cordon.ingest_batches FOR SELECT TO cordon_lifecycle
  USING (cordon.has_role('lifecycle'));

-- The access report (GET /v1/subjects/{id}/access-report): a subject reads
-- the access-log records about themselves; the records of exports that
-- included them are added with the exports' tables. Verifying the chain
-- segment a report rests on reads every record of that segment (all
-- organisations'), under a role of its own that no person can hold and that
-- returns only the verdict to the caller.
CREATE POLICY audit_records_subject_read ON cordon.audit_records FOR SELECT TO cordon_control
  USING (
    cordon.has_role('subject') AND org_id = cordon.current_org_id()
    AND resource_type = 'subject' AND resource_id = cordon.current_principal_id()
  );
CREATE POLICY audit_records_verifier_read ON cordon.audit_records FOR SELECT TO cordon_control
  USING (cordon.has_role('audit_verifier'));
CREATE POLICY audit_checkpoints_verifier_read ON cordon.audit_checkpoints FOR SELECT TO cordon_control
  USING (cordon.has_role('audit_verifier'));

RESET ROLE;
