-- Up Migration
-- Every privilege on the export objects, in one place, each block for the
-- database login of the one service that needs it.
SET ROLE cordon_owner;

-- Owner-run functions (SECURITY DEFINER) read as cordon_owner, which FORCE
-- subjects to policies too; these let them read exactly what they consult.
CREATE POLICY grants_owner_read ON cordon.grants FOR SELECT TO cordon_owner USING (true);
CREATE POLICY subject_pseudonyms_owner ON cordon.subject_pseudonyms FOR ALL TO cordon_owner
  USING (true) WITH CHECK (true);
CREATE POLICY subjects_owner_read ON cordon.subjects FOR SELECT TO cordon_owner USING (true);
CREATE POLICY subject_keys_owner_read ON cordon.subject_keys FOR SELECT TO cordon_owner USING (true);
CREATE POLICY exports_owner_claim ON cordon.exports FOR ALL TO cordon_owner USING (true) WITH CHECK (true);
CREATE POLICY lake_slice_spans_owner ON cordon.lake_slice_spans FOR ALL TO cordon_owner USING (true) WITH CHECK (true);

-- Functions are executable by PUBLIC by default; only the logins below should call these.
REVOKE EXECUTE ON FUNCTION cordon.caller_grants(), cordon.excluded_subjects(text),
  cordon.caller_longest_slice_span(), cordon.record_slice_spans(),
  cordon.record_subject_pseudonyms(jsonb),
  cordon.claim_export_run(text, integer), cordon.claim_export_expiry(text, integer) FROM PUBLIC;

-- Control API (cordon_control): grants, settings, plans, approvals, downloads.
GRANT SELECT, INSERT ON cordon.grants TO cordon_control;
GRANT SELECT, INSERT, UPDATE ON cordon.export_settings TO cordon_control;
GRANT SELECT, INSERT ON cordon.exports TO cordon_control;
GRANT UPDATE (status, approved_by, approved_at, approved_plan_hash, denied_by, denied_at, denial_reason)
  ON cordon.exports TO cordon_control;
GRANT SELECT, INSERT, DELETE ON cordon.export_subjects, cordon.export_slices TO cordon_control;
-- The plan is computed under the requester's identity over the catalog, which
-- the plan's row-level policies filter.
GRANT SELECT ON cordon.lake_files, cordon.lake_slices TO cordon_control;
GRANT EXECUTE ON FUNCTION cordon.tier_rank(text), cordon.current_purpose(), cordon.caller_grants(),
  cordon.caller_max_tier_rank(), cordon.excluded_subjects(text), cordon.caller_longest_slice_span() TO cordon_control;

-- Exporter (cordon_exporter): claims, re-plans under the requester's identity,
-- runs and expires exports. It reads grants only through the owner-run plan
-- functions: no privilege on cordon.grants itself. (It also needs what the
-- lake reader needs: SELECT on cordon.lake_slices and cordon.subject_keys,
-- granted by earlier migrations.)
GRANT SELECT ON cordon.export_settings TO cordon_exporter;
GRANT EXECUTE ON FUNCTION cordon.tier_rank(text), cordon.current_purpose(), cordon.caller_grants(),
  cordon.caller_max_tier_rank(), cordon.excluded_subjects(text), cordon.caller_longest_slice_span() TO cordon_exporter;
GRANT SELECT ON cordon.exports TO cordon_exporter;
GRANT UPDATE (status, claimed_by, lease_until, attempts, completed_at, expires_at, failure_code,
  export_key_wrapped, pseudonym_key_wrapped, manifest, files, shredded_at, plan, plan_hash,
  grant_versions, policy_version, granted_categories, needs_approval, approved_by, approved_at,
  approved_plan_hash)
  ON cordon.exports TO cordon_exporter;
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.export_subjects, cordon.export_slices TO cordon_exporter;
GRANT EXECUTE ON FUNCTION cordon.claim_export_run(text, integer), cordon.claim_export_expiry(text, integer)
  TO cordon_exporter;
-- It reads the catalog it re-plans over, and records what it does in the
-- access log through the append function.
GRANT SELECT ON cordon.lake_files, cordon.lake_slices TO cordon_exporter;
GRANT EXECUTE ON FUNCTION cordon.append_audit_record(text, text, text, text, text, text, text, text, text,
  text, text, text, jsonb) TO cordon_exporter;

-- Pipeline (cordon_pipeline): records pseudonym → subject id.
GRANT EXECUTE ON FUNCTION cordon.record_subject_pseudonyms(jsonb) TO cordon_pipeline;

RESET ROLE;
