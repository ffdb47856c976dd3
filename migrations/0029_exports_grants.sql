-- Up Migration
-- Every privilege on the export objects, in one place, so that a deployment
-- with one database login per service retargets them here. Today every
-- service logs in as cordon_app; the comment on each block says which
-- service's login it is meant for.
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
GRANT SELECT, INSERT ON cordon.grants TO cordon_app;
GRANT SELECT, INSERT, UPDATE ON cordon.export_settings TO cordon_app;
GRANT SELECT, INSERT ON cordon.exports TO cordon_app;
GRANT UPDATE (status, approved_by, approved_at, approved_plan_hash, denied_by, denied_at, denial_reason)
  ON cordon.exports TO cordon_app;
GRANT SELECT, INSERT ON cordon.export_subjects, cordon.export_slices TO cordon_app;
GRANT EXECUTE ON FUNCTION cordon.tier_rank(text), cordon.current_purpose(), cordon.caller_grants(),
  cordon.caller_max_tier_rank(), cordon.excluded_subjects(text), cordon.caller_longest_slice_span() TO cordon_app;

-- Exporter (cordon_exporter): claims, re-plans under the requester's identity,
-- runs and expires exports. It reads grants only through the owner-run plan
-- functions: no privilege on cordon.grants itself. (It also needs what the
-- lake reader needs: SELECT on cordon.lake_slices and cordon.subject_keys,
-- granted by earlier migrations.)
GRANT SELECT ON cordon.export_settings TO cordon_app;
GRANT EXECUTE ON FUNCTION cordon.tier_rank(text), cordon.current_purpose(), cordon.caller_grants(),
  cordon.caller_max_tier_rank(), cordon.excluded_subjects(text), cordon.caller_longest_slice_span() TO cordon_app;
GRANT SELECT ON cordon.exports TO cordon_app;
GRANT UPDATE (status, claimed_by, lease_until, attempts, completed_at, expires_at, failure_code,
  export_key_wrapped, pseudonym_key_wrapped, manifest, files, shredded_at, plan, plan_hash,
  grant_versions, policy_version, granted_categories, needs_approval, approved_by, approved_at,
  approved_plan_hash)
  ON cordon.exports TO cordon_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.export_subjects, cordon.export_slices TO cordon_app;
GRANT EXECUTE ON FUNCTION cordon.claim_export_run(text, integer), cordon.claim_export_expiry(text, integer)
  TO cordon_app;

-- Pipeline (cordon_pipeline): records pseudonym → subject id.
GRANT EXECUTE ON FUNCTION cordon.record_subject_pseudonyms(jsonb) TO cordon_app;

RESET ROLE;
