-- Up Migration
-- Scoped dataset exports (DESIGN.md invariants 5, 6 and 7): grants as versioned
-- policy, per-organisation export settings, the exports themselves (each row is
-- its job's state machine), the subjects and slices an export planned, and the
-- pseudonym → subject map the plan needs to leave opted-out subjects out.
-- Every GRANT and every role-bound policy of these objects is in
-- 0029_exports_grants.sql, so a deployment with one login per service can
-- retarget them in one place.
SET ROLE cordon_owner;

-- Sensitivity tiers in order; prohibited content is never exportable.
CREATE FUNCTION cordon.tier_rank(tier text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_position(ARRAY['public', 'internal', 'confidential', 'restricted', 'prohibited'], tier) $$;

-- The purpose an export plan runs for, set per transaction like the identity.
-- Unset means NULL, and no grant covers a NULL purpose.
CREATE FUNCTION cordon.current_purpose() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('cordon.purpose', true), '') $$;

-- Per organisation: the smallest cohort an export may single out, the purposes
-- exports may state, how long an export lives. No row: the defaults.
CREATE TABLE cordon.export_settings (
  org_id text PRIMARY KEY,
  min_cohort integer NOT NULL DEFAULT 10 CHECK (min_cohort >= 2),
  purposes text[] NOT NULL DEFAULT ARRAY['model-training', 'evaluation', 'research']
    CHECK (cardinality(purposes) BETWEEN 1 AND 32),
  expiry_seconds integer NOT NULL DEFAULT 604800 CHECK (expiry_seconds BETWEEN 60 AND 7776000),
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);

-- A grant says who (a principal or a role) of which organisation may export
-- what, for which purposes, from when until when. Rows are never changed:
-- every change (including a revocation) is a new version of the grant, and
-- each version carries the organisation's policy version after it, so an
-- export can name exactly the policy it was planned under.
CREATE TABLE cordon.grants (
  grant_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  org_id text NOT NULL,
  policy_version bigint NOT NULL CHECK (policy_version >= 1),
  grantee_type text NOT NULL CHECK (grantee_type IN ('principal', 'role')),
  grantee text NOT NULL CHECK (length(grantee) BETWEEN 1 AND 256),
  dataset text NOT NULL CHECK (dataset = 'events/v1'),
  event_types text[] NOT NULL CHECK (cardinality(event_types) BETWEEN 1 AND 64),
  -- Field groups; `credential` is never exportable, so no grant can name it.
  categories text[] NOT NULL
    CHECK (categories <@ ARRAY['text', 'pii', 'health', 'hr', 'prompt', 'financial']::text[]),
  max_tier text NOT NULL CHECK (max_tier IN ('public', 'internal', 'confidential', 'restricted')),
  purposes text[] NOT NULL CHECK (cardinality(purposes) BETWEEN 1 AND 32),
  valid_from timestamptz NOT NULL,
  valid_until timestamptz,
  revoked boolean NOT NULL DEFAULT false,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (grant_id, version),
  UNIQUE (org_id, policy_version),
  CHECK (valid_until IS NULL OR valid_until > valid_from)
);
CREATE INDEX grants_org_grantee ON cordon.grants (org_id, grantee_type, grantee);

-- Versions are history; nobody edits or removes one, not even the owner's functions.
CREATE FUNCTION cordon.refuse_grant_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION '% on cordon.grants is not allowed: a change is a new version', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER grants_versions_immutable BEFORE UPDATE OR DELETE ON cordon.grants
  FOR EACH ROW EXECUTE FUNCTION cordon.refuse_grant_change();

-- The newest version of each grant that is in force now, and applies to the
-- caller of this transaction: their principal id or one of their roles, in
-- their organisation. SECURITY DEFINER so that the plan's row-level policy can
-- consult grants the caller may not list; it reads only the caller's own.
CREATE FUNCTION cordon.caller_grants()
  RETURNS TABLE (grant_id uuid, version integer, policy_version bigint, event_types text[],
                 categories text[], max_tier text, purposes text[], valid_from timestamptz,
                 valid_until timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT g.grant_id, g.version, g.policy_version, g.event_types, g.categories, g.max_tier,
           g.purposes, g.valid_from, g.valid_until
      FROM (SELECT DISTINCT ON (grant_id) *
              FROM cordon.grants
             WHERE org_id = cordon.current_org_id()
             ORDER BY grant_id, version DESC) g
     WHERE NOT g.revoked
       AND g.valid_from <= now() AND (g.valid_until IS NULL OR g.valid_until > now())
       AND ((g.grantee_type = 'principal' AND g.grantee = cordon.current_principal_id())
            OR (g.grantee_type = 'role' AND g.grantee = ANY (cordon.current_roles())))
  $$;

-- The highest tier rank any of the caller's grants reaches for the
-- transaction's purpose; NULL (nothing covered) without a grant or a purpose.
-- Which event types and field groups are then read is the plan's and the
-- exporter's business; a slice above this tier is never even seen. (A grant's
-- from/until bound when it is in force, not which event times it covers.)
-- Policies call it as an uncorrelated subquery, so it runs once per
-- statement, not once per catalog row.
CREATE FUNCTION cordon.caller_max_tier_rank() RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT max(cordon.tier_rank(g.max_tier))
      FROM cordon.caller_grants() g
     WHERE cordon.current_purpose() = ANY (g.purposes)
  $$;

-- A plan selects a time window of one organisation's slices.
CREATE INDEX lake_slices_org_time ON cordon.lake_slices (org_id, first_ts);

-- Lake pseudonym → enrolment subject id, per organisation. The lake and the
-- catalog name subjects only by pseudonym; consent and erasure name them by
-- subject id. The pipeline records the pair when it writes a subject's first
-- slice. Only owner-run functions read it (no role has SELECT), so the map
-- answers "is this pseudonym opted out or erased", never "who is it".
CREATE TABLE cordon.subject_pseudonyms (
  org_id text NOT NULL,
  pseudonym text NOT NULL,
  subject_id text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, pseudonym)
);

-- How the pipeline records pairs: the insert skips pairs already known, which
-- needs to look at the table, so it runs as the owner; the caller must be the pipeline.
CREATE FUNCTION cordon.record_subject_pseudonyms(pairs jsonb) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
BEGIN
  IF NOT cordon.has_role('pipeline') THEN
    RAISE EXCEPTION 'only the pipeline records subject pseudonyms' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO cordon.subject_pseudonyms (org_id, pseudonym, subject_id)
  SELECT p.org, p.pseudonym, p.subject_id
    FROM jsonb_to_recordset(pairs) AS p(org text, pseudonym text, subject_id text)
  ON CONFLICT (org_id, pseudonym) DO NOTHING;
END
$$;

-- The subjects of an organisation whose data no export may include: opted
-- out, or erased (any of their lake keys destroyed), as lake pseudonyms. Runs
-- as owner and reads both maps; policies call it once per statement.
CREATE FUNCTION cordon.excluded_subjects(of_org text) RETURNS text[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT coalesce(array_agg(DISTINCT pseudonym), '{}')
      FROM (SELECT p.pseudonym
              FROM cordon.subject_pseudonyms p
              JOIN cordon.subjects s ON s.org_id = p.org_id AND s.subject_id = p.subject_id
             WHERE p.org_id = of_org AND s.opted_out
            UNION ALL
            SELECT k.subject_id
              FROM cordon.subject_keys k
             WHERE k.org_id = of_org AND k.destroyed_at IS NOT NULL) excluded
  $$;

-- An export, from request to expiry. The row is the exporter's job: its
-- status is the state machine, and exporters claim rows with
-- FOR UPDATE SKIP LOCKED (services/exporter/README.md says why no queue library).
--   pending_approval  restricted fields or tiers: waits for a steward who is not the requester
--   queued            ready to run (approved, or nothing needed approval)
--   running           claimed by an exporter until lease_until
--   completed         files written, downloadable until expires_at
--   denied            a steward refused it (denial_reason)
--   failed            could not run (failure_code, e.g. cohort_too_small at run time)
--   expired           expiry ran: keys destroyed, objects deleted
--   cancelled         stopped by erasure or a steward; the exporter shreds whatever it wrote
--   replan            erasure changed the data under it: the exporter plans it again before running
CREATE TABLE cordon.exports (
  export_id uuid PRIMARY KEY,
  org_id text NOT NULL,
  requester_id text NOT NULL,
  -- The roles of the requester's token when asking: the run re-plans under them.
  requester_roles text[] NOT NULL,
  purpose text NOT NULL,
  dataset text NOT NULL,
  -- Field groups asked for, and those the plan granted.
  requested_categories text[] NOT NULL,
  granted_categories text[] NOT NULL,
  filter jsonb NOT NULL CHECK (jsonb_typeof(filter) = 'object'),
  status text NOT NULL CHECK (status IN ('pending_approval', 'queued', 'running', 'completed', 'denied',
                                         'failed', 'expired', 'cancelled', 'replan')),
  needs_approval boolean NOT NULL,
  plan jsonb NOT NULL CHECK (jsonb_typeof(plan) = 'object'),
  plan_hash bytea NOT NULL CHECK (length(plan_hash) = 32),
  grant_versions jsonb NOT NULL,
  policy_version bigint NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  approved_by text,
  approved_at timestamptz,
  approved_plan_hash bytea CHECK (length(approved_plan_hash) = 32),
  denied_by text,
  denied_at timestamptz,
  denial_reason text CHECK (length(denial_reason) <= 500),
  claimed_by text,
  lease_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  completed_at timestamptz,
  expires_at timestamptz,
  failure_code text,
  -- The per-export data key (files at rest) and pseudonym key, each only wrapped by KMS.
  export_key_wrapped bytea,
  pseudonym_key_wrapped bytea,
  manifest jsonb,
  files jsonb,
  shredded_at timestamptz,
  CHECK (approved_by IS NULL OR approved_by <> requester_id),
  CHECK (denied_by IS NULL OR denied_by <> requester_id)
);
CREATE INDEX exports_org_requested ON cordon.exports (org_id, requested_at DESC, export_id DESC);
CREATE INDEX exports_runnable ON cordon.exports (status, lease_until) WHERE status IN ('queued', 'running', 'replan');
CREATE INDEX exports_expiring ON cordon.exports (expires_at) WHERE status IN ('completed', 'cancelled');

-- Which subjects an export planned and what the run did with each: the
-- access report and erasure read it. subject_id is the LAKE pseudonym (as in
-- lake_slices and subject_keys); the export's own pseudonyms are never stored.
CREATE TABLE cordon.export_subjects (
  org_id text NOT NULL,
  export_id uuid NOT NULL REFERENCES cordon.exports (export_id),
  subject_id text NOT NULL,
  planned_rows bigint NOT NULL CHECK (planned_rows >= 0),
  exported_rows bigint CHECK (exported_rows >= 0),
  -- Why the run left the subject out, e.g. key_unavailable (erased meanwhile).
  skipped_reason text,
  PRIMARY KEY (export_id, subject_id)
);
CREATE INDEX export_subjects_subject ON cordon.export_subjects (org_id, subject_id);

-- The catalog slices the plan chose: the exporter reads these and nothing else.
CREATE TABLE cordon.export_slices (
  export_id uuid NOT NULL REFERENCES cordon.exports (export_id),
  org_id text NOT NULL,
  file_key text NOT NULL,
  subject_id text NOT NULL,
  first_row integer NOT NULL,
  row_count integer NOT NULL,
  PRIMARY KEY (export_id, file_key, subject_id)
);

ALTER TABLE cordon.export_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.export_settings FORCE ROW LEVEL SECURITY;
ALTER TABLE cordon.grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.grants FORCE ROW LEVEL SECURITY;
ALTER TABLE cordon.subject_pseudonyms ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.subject_pseudonyms FORCE ROW LEVEL SECURITY;
ALTER TABLE cordon.exports ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.exports FORCE ROW LEVEL SECURITY;
ALTER TABLE cordon.export_subjects ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.export_subjects FORCE ROW LEVEL SECURITY;
ALTER TABLE cordon.export_slices ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.export_slices FORCE ROW LEVEL SECURITY;

RESET ROLE;
