-- Up Migration
-- Row-level policies of the export tables, and the two policies that make the
-- lake catalog answer an export plan (DESIGN.md invariant 5). Identity and
-- purpose come from the transaction (withIdentity + cordon.purpose):
--   steward            manages grants and settings of their organisation, for others only;
--                      reads and decides (approve / deny) exports of others
--   security, admin    read grants and exports of their organisation
--   ml_engineer        asks for exports, reads their own, and the grants naming them
--   exporter           runs and expires exports of the organisation it acts for
-- Grants and the login roles they go to are in 0029_exports_grants.sql.
SET ROLE cordon_owner;

-- Settings: anyone of the organisation reads them (a plan needs k); stewards and admins set them.
CREATE POLICY export_settings_org_read ON cordon.export_settings FOR SELECT
  USING (org_id = cordon.current_org_id() AND cordon.has_identity());
CREATE POLICY export_settings_manage ON cordon.export_settings FOR ALL
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('steward') OR cordon.has_role('admin')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('steward') OR cordon.has_role('admin')));

-- Grants. Nobody grants to themselves: not to their own principal id, and not
-- to a role they hold (a steward granting `steward` would include themselves).
CREATE POLICY grants_staff_read ON cordon.grants FOR SELECT
  USING (org_id = cordon.current_org_id()
         AND (cordon.has_role('steward') OR cordon.has_role('security') OR cordon.has_role('admin')));
CREATE POLICY grants_grantee_read ON cordon.grants FOR SELECT
  USING (org_id = cordon.current_org_id()
         AND ((grantee_type = 'principal' AND grantee = cordon.current_principal_id())
              OR (grantee_type = 'role' AND cordon.has_role(grantee))));
CREATE POLICY grants_steward_write ON cordon.grants FOR INSERT
  WITH CHECK (
    org_id = cordon.current_org_id() AND cordon.has_role('steward')
    AND changed_by = cordon.current_principal_id()
    AND NOT (grantee_type = 'principal' AND grantee = cordon.current_principal_id())
    AND NOT (grantee_type = 'role' AND cordon.has_role(grantee))
  );

-- The catalog under an export plan. The permissive policy admits the slices
-- one of the caller's grants covers for the transaction's purpose. The
-- restrictive one applies whenever a purpose is set, whatever other roles
-- the caller holds (an admin's catalog read must not widen a plan): only
-- granted slices, never a prohibited tier, never an opted-out or erased subject.
CREATE POLICY lake_slices_export_plan ON cordon.lake_slices FOR SELECT
  USING (
    org_id = (SELECT cordon.current_org_id())
    AND cordon.tier_rank(highest_tier) <= (SELECT cordon.caller_max_tier_rank())
  );
CREATE POLICY lake_slices_export_plan_limits ON cordon.lake_slices AS RESTRICTIVE FOR SELECT
  USING (
    (SELECT cordon.current_purpose()) IS NULL
    OR (org_id = (SELECT cordon.current_org_id())
        AND cordon.tier_rank(highest_tier) <= (SELECT cordon.caller_max_tier_rank())
        AND cordon.tier_rank(highest_tier) < cordon.tier_rank('prohibited')
        AND NOT subject_id = ANY ((SELECT cordon.excluded_subjects(cordon.current_org_id()))::text[]))
  );

-- The pipeline records which enrolment subject a pseudonym stands for, through
-- cordon.record_subject_pseudonyms; nobody reads it but the owner's functions.

-- Exports.
CREATE POLICY exports_requester_read ON cordon.exports FOR SELECT
  USING (org_id = cordon.current_org_id() AND requester_id = cordon.current_principal_id());
CREATE POLICY exports_requester_insert ON cordon.exports FOR INSERT
  WITH CHECK (
    org_id = cordon.current_org_id() AND requester_id = cordon.current_principal_id()
    AND cordon.has_role('ml_engineer')
    AND status IN ('pending_approval', 'queued')
    AND approved_by IS NULL AND denied_by IS NULL AND claimed_by IS NULL
  );
CREATE POLICY exports_staff_read ON cordon.exports FOR SELECT
  USING (org_id = cordon.current_org_id()
         AND (cordon.has_role('steward') OR cordon.has_role('security') OR cordon.has_role('admin')));
-- A steward decides exports of others that wait for a decision, and signs it with their own id.
CREATE POLICY exports_steward_decide ON cordon.exports FOR UPDATE
  USING (org_id = cordon.current_org_id() AND cordon.has_role('steward')
         AND requester_id <> cordon.current_principal_id() AND status = 'pending_approval')
  WITH CHECK (
    org_id = cordon.current_org_id() AND cordon.has_role('steward')
    AND requester_id <> cordon.current_principal_id()
    AND ((status = 'queued' AND approved_by = cordon.current_principal_id() AND denied_by IS NULL)
         OR (status = 'denied' AND denied_by = cordon.current_principal_id() AND approved_by IS NULL))
  );
CREATE POLICY exports_exporter ON cordon.exports FOR ALL
  USING (cordon.has_role('exporter') AND org_id = cordon.current_org_id())
  WITH CHECK (cordon.has_role('exporter') AND org_id = cordon.current_org_id());


-- What an export planned (subjects, slices): written with the export by its requester's
-- plan and by the exporter's run; read by the organisation's staff and the requester.
-- Not SECURITY DEFINER: the requester test reads cordon.exports under the caller's own policies.
CREATE FUNCTION cordon.requested_export(detail_org text, detail_export uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT detail_org = cordon.current_org_id()
       AND EXISTS (SELECT 1 FROM cordon.exports e
                    WHERE e.export_id = detail_export AND e.requester_id = cordon.current_principal_id())
  $$;
CREATE FUNCTION cordon.export_detail_readable(detail_org text, detail_export uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT (detail_org = cordon.current_org_id()
            AND (cordon.has_role('steward') OR cordon.has_role('security') OR cordon.has_role('admin')))
        OR cordon.requested_export(detail_org, detail_export)
  $$;
CREATE FUNCTION cordon.exporter_of(detail_org text) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT cordon.has_role('exporter') AND detail_org = cordon.current_org_id() $$;

CREATE POLICY export_subjects_read ON cordon.export_subjects FOR SELECT
  USING (cordon.export_detail_readable(org_id, export_id));
CREATE POLICY export_subjects_requester_insert ON cordon.export_subjects FOR INSERT
  WITH CHECK (cordon.requested_export(org_id, export_id));
CREATE POLICY export_subjects_exporter ON cordon.export_subjects FOR ALL
  USING (cordon.exporter_of(org_id)) WITH CHECK (cordon.exporter_of(org_id));

CREATE POLICY export_slices_read ON cordon.export_slices FOR SELECT
  USING (cordon.export_detail_readable(org_id, export_id));
CREATE POLICY export_slices_requester_insert ON cordon.export_slices FOR INSERT
  WITH CHECK (cordon.requested_export(org_id, export_id));
CREATE POLICY export_slices_exporter ON cordon.export_slices FOR ALL
  USING (cordon.exporter_of(org_id)) WITH CHECK (cordon.exporter_of(org_id));

-- Exporters claim work across organisations (one queue), which no organisation
-- identity may do: these owner-run functions lock and lease one row with
-- FOR UPDATE SKIP LOCKED, so copies of the exporter never take the same export,
-- and return only the ids the exporter then acts on under that organisation.
CREATE FUNCTION cordon.claim_export_run(worker text, lease_seconds integer)
  RETURNS TABLE (export_id uuid, org_id text)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    UPDATE cordon.exports e
       SET status = 'running', claimed_by = worker, attempts = e.attempts + 1,
           lease_until = now() + make_interval(secs => lease_seconds)
      FROM (SELECT x.export_id FROM cordon.exports x
             WHERE cordon.has_role('exporter')
               AND (x.status IN ('queued', 'replan') OR (x.status = 'running' AND x.lease_until < now()))
             ORDER BY x.requested_at
             LIMIT 1
             FOR UPDATE SKIP LOCKED) next
     WHERE e.export_id = next.export_id
    RETURNING e.export_id, e.org_id
  $$;

-- Completed exports past their expiry, and cancelled ones not yet shredded.
CREATE FUNCTION cordon.claim_export_expiry(worker text, lease_seconds integer)
  RETURNS TABLE (export_id uuid, org_id text)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    UPDATE cordon.exports e
       SET claimed_by = worker, lease_until = now() + make_interval(secs => lease_seconds)
      FROM (SELECT x.export_id FROM cordon.exports x
             WHERE cordon.has_role('exporter')
               AND ((x.status = 'completed' AND x.expires_at <= now()) OR x.status = 'cancelled')
               AND x.shredded_at IS NULL
               AND (x.lease_until IS NULL OR x.lease_until < now())
             ORDER BY x.expires_at NULLS FIRST
             LIMIT 1
             FOR UPDATE SKIP LOCKED) next
     WHERE e.export_id = next.export_id
    RETURNING e.export_id, e.org_id
  $$;

RESET ROLE;
