-- Up Migration
-- Enrolled collectors, the consent flag of each data subject, and ingest pauses:
-- what the gateway checks on every batch and the control API changes.
SET ROLE cordon_owner;

CREATE FUNCTION cordon.has_role(wanted text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT wanted = ANY (cordon.current_roles()) $$;
GRANT EXECUTE ON FUNCTION cordon.has_role(text) TO cordon_app;

-- A collector is a desktop agent enrolled for one employee (subject) of one
-- organisation. Its client id is collector_id; only a slow hash of its secret
-- is kept. Revocation keeps the row: the audit trail needs to name it.
CREATE TABLE cordon.collectors (
  collector_id uuid PRIMARY KEY,
  org_id text NOT NULL,
  subject_id text NOT NULL,
  secret_hash text NOT NULL,
  label text,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  enrolled_by text NOT NULL,
  revoked_at timestamptz,
  revoked_by text,
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX collectors_org_subject ON cordon.collectors (org_id, subject_id);

-- Consent: a subject who opted out is refused at the gateway (invariant 9).
CREATE TABLE cordon.subjects (
  org_id text NOT NULL,
  subject_id text NOT NULL,
  opted_out boolean NOT NULL DEFAULT false,
  consent_changed_at timestamptz NOT NULL DEFAULT now(),
  consent_changed_by text,
  PRIMARY KEY (org_id, subject_id)
);

-- Pause switches: global, per organisation, per collector. A row is a pause;
-- deleting it resumes.
CREATE TABLE cordon.ingest_pauses (
  scope text NOT NULL CHECK (scope IN ('global', 'org', 'collector')),
  scope_id text NOT NULL,
  org_id text,
  reason text NOT NULL CHECK (length(reason) <= 500),
  retry_after_seconds integer NOT NULL DEFAULT 60 CHECK (retry_after_seconds BETWEEN 1 AND 86400),
  paused_at timestamptz NOT NULL DEFAULT now(),
  paused_by text NOT NULL,
  PRIMARY KEY (scope, scope_id),
  CHECK ((scope = 'global') = (scope_id = '')),
  CHECK ((scope = 'global') = (org_id IS NULL))
);

-- Row-level policies. Identity comes from the transaction (withIdentity):
--   gateway        reads everything it must check on a batch, changes nothing
--   admin          enrols and revokes collectors, sets consent, pauses, in its own org
--   security       the same in its own org, and the global pause switch
ALTER TABLE cordon.collectors ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.collectors FORCE ROW LEVEL SECURITY;
CREATE POLICY collectors_gateway_read ON cordon.collectors FOR SELECT
  USING (cordon.has_role('gateway'));
CREATE POLICY collectors_org_staff ON cordon.collectors FOR ALL
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')));
GRANT SELECT, INSERT, UPDATE ON cordon.collectors TO cordon_app;

ALTER TABLE cordon.subjects ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.subjects FORCE ROW LEVEL SECURITY;
CREATE POLICY subjects_gateway_read ON cordon.subjects FOR SELECT
  USING (cordon.has_role('gateway'));
CREATE POLICY subjects_org_staff ON cordon.subjects FOR ALL
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')));
-- A subject reads and changes only their own consent row.
CREATE POLICY subjects_self ON cordon.subjects FOR ALL
  USING (org_id = cordon.current_org_id() AND subject_id = cordon.current_principal_id() AND cordon.has_role('subject'))
  WITH CHECK (org_id = cordon.current_org_id() AND subject_id = cordon.current_principal_id() AND cordon.has_role('subject'));
GRANT SELECT, INSERT, UPDATE ON cordon.subjects TO cordon_app;

ALTER TABLE cordon.ingest_pauses ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.ingest_pauses FORCE ROW LEVEL SECURITY;
CREATE POLICY pauses_gateway_read ON cordon.ingest_pauses FOR SELECT
  USING (cordon.has_role('gateway'));
CREATE POLICY pauses_global_security ON cordon.ingest_pauses FOR ALL
  USING (scope = 'global' AND cordon.has_role('security'))
  WITH CHECK (scope = 'global' AND cordon.has_role('security'));
CREATE POLICY pauses_org_staff ON cordon.ingest_pauses FOR ALL
  USING (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')))
  WITH CHECK (org_id = cordon.current_org_id() AND (cordon.has_role('admin') OR cordon.has_role('security')));
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.ingest_pauses TO cordon_app;

RESET ROLE;
