-- Up Migration
-- DESIGN.md invariant 5: organisation roles see their organisation only. An
-- organisation's `security` officer reads that organisation's access log and
-- pauses that organisation's ingest; what spans organisations (the global
-- pause, reading and verifying the whole chain) belongs to `platform_operator`,
-- an identity that carries no organisation. The control API accepts that role
-- only from the platform's own token issuer (PLATFORM_AUTH_*), never from an
-- organisation's identity provider, whose role list cannot even name it.
SET ROLE cordon_owner;

-- The platform operator acts with no organisation set, so one token cannot be
-- both an organisation member and the operator.
CREATE FUNCTION cordon.is_platform_operator() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT cordon.has_role('platform_operator') AND cordon.current_org_id() IS NULL $$;
GRANT EXECUTE ON FUNCTION cordon.is_platform_operator()
  TO cordon_gateway, cordon_pipeline, cordon_control, cordon_exporter, cordon_lifecycle;

DROP POLICY audit_records_security_read ON cordon.audit_records;
CREATE POLICY audit_records_org_security_read ON cordon.audit_records FOR SELECT TO cordon_control
  USING (cordon.has_role('security') AND org_id = cordon.current_org_id());
CREATE POLICY audit_records_platform_read ON cordon.audit_records FOR SELECT TO cordon_control
  USING (cordon.is_platform_operator());

-- Checkpoints cover the whole chain, so reading them is whole-chain verification.
DROP POLICY audit_checkpoints_security_read ON cordon.audit_checkpoints;
CREATE POLICY audit_checkpoints_platform_read ON cordon.audit_checkpoints FOR SELECT TO cordon_control
  USING (cordon.is_platform_operator());

-- The global switch is the platform's; organisation staff may see that it is on.
DROP POLICY pauses_global_security ON cordon.ingest_pauses;
CREATE POLICY pauses_global_platform ON cordon.ingest_pauses FOR ALL TO cordon_control
  USING (scope = 'global' AND cordon.is_platform_operator())
  WITH CHECK (scope = 'global' AND cordon.is_platform_operator());
CREATE POLICY pauses_global_visible ON cordon.ingest_pauses FOR SELECT TO cordon_control
  USING (scope = 'global' AND (cordon.has_role('admin') OR cordon.has_role('security')));

-- An organisation's pause names that organisation, and a collector's pause a
-- collector of the organisation that sets it: otherwise staff of one
-- organisation could pause another's collector under their own org_id.
ALTER TABLE cordon.ingest_pauses
  ADD CONSTRAINT ingest_pauses_org_scope_is_org CHECK (scope <> 'org' OR scope_id = org_id);
DROP POLICY pauses_org_staff ON cordon.ingest_pauses;
CREATE POLICY pauses_org_staff ON cordon.ingest_pauses FOR ALL TO cordon_control
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (
    org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security'))
    AND (scope <> 'collector' OR EXISTS (
      SELECT 1 FROM cordon.collectors c
       WHERE c.collector_id::text = ingest_pauses.scope_id AND c.org_id = ingest_pauses.org_id
    ))
  );

RESET ROLE;
