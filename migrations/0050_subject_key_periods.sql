-- Up Migration
-- Subject data keys per key period, so retention can crypto-shred (DESIGN.md
-- invariant 3): a key is now one per organisation, subject, category and
-- period (a UTC ISO week, named by its Monday, e.g. '2026-11-30'), and the
-- pipeline seals each event's text under the key of the event's own week.
-- Destroying every key whose week ended more than a category's retention ago
-- makes exactly the expired cells unreadable, in every copy of every file.
--
-- Keys created before this migration become one period of their own,
-- 'legacy', ending now: nothing sealed under them is younger than this
-- migration (the pipeline uses weekly keys from here on), so retention may
-- shred them once the longest-lived category they hold has expired counted
-- from today. Their lake cells stay readable: the cell scope of a 'legacy'
-- key is the one they were sealed under.
--
-- A destroyed key no longer always means an erased subject: retention
-- destroys old periods of subjects who stay. `shredded_by_retention` tells
-- them apart; only the lifecycle login may set it, so every other
-- destruction (the control API's erasure) keeps meaning "erased" and blocks
-- new keys for the subject.
SET ROLE cordon_owner;

ALTER TABLE cordon.subject_keys
  ADD COLUMN key_period text NOT NULL DEFAULT 'legacy'
    CHECK (key_period = 'legacy' OR key_period ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  -- When the period's last event can have happened: retention counts from here.
  ADD COLUMN period_ends_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN shredded_by_retention boolean NOT NULL DEFAULT false,
  ADD CHECK (NOT shredded_by_retention OR destroyed_at IS NOT NULL);
-- The defaults were for the rows already there; every new key names its period.
ALTER TABLE cordon.subject_keys ALTER COLUMN key_period DROP DEFAULT, ALTER COLUMN period_ends_at DROP DEFAULT;
ALTER TABLE cordon.subject_keys DROP CONSTRAINT subject_keys_pkey,
  ADD PRIMARY KEY (org_id, subject_id, category, key_period, key_version);
-- Retention looks for live keys whose period ended long enough ago.
CREATE INDEX subject_keys_live_by_period_end ON cordon.subject_keys (org_id, period_ends_at)
  WHERE destroyed_at IS NULL;

-- Whether a subject of an organisation was erased, for policies of logins
-- that may not read erasures themselves (the pipeline). Returns only the
-- verdict.
CREATE FUNCTION cordon.is_erased_subject(of_org text, pseudonym text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT EXISTS (SELECT 1 FROM cordon.erasures e WHERE e.org_id = of_org AND e.subject_pseudonym = pseudonym)
  $$;
REVOKE ALL ON FUNCTION cordon.is_erased_subject(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cordon.is_erased_subject(text, text) TO cordon_pipeline;

-- The pipeline creates keys for any period, also again (a higher version)
-- for a period retention shredded, e.g. for a late event; never for an
-- erased subject: neither after an erasure's destroyed keys nor after an
-- erasure row whose subject had only shredded keys left.
DROP POLICY subject_keys_pipeline_insert ON cordon.subject_keys;
CREATE POLICY subject_keys_pipeline_insert ON cordon.subject_keys FOR INSERT TO cordon_pipeline
  WITH CHECK (
    cordon.has_role('pipeline') AND org_id = cordon.current_org_id()
    AND destroyed_at IS NULL AND destroyed_by IS NULL AND NOT shredded_by_retention
    AND NOT EXISTS (
      SELECT 1 FROM cordon.subject_keys erased
       WHERE erased.org_id = subject_keys.org_id AND erased.subject_id = subject_keys.subject_id
         AND erased.destroyed_at IS NOT NULL AND NOT erased.shredded_by_retention
    )
    AND NOT cordon.is_erased_subject(org_id, subject_id)
  );

-- The worker's destroys are retention's: it never writes an erasure tombstone.
DROP POLICY subject_keys_lifecycle_destroy ON cordon.subject_keys;
CREATE POLICY subject_keys_lifecycle_destroy ON cordon.subject_keys FOR UPDATE TO cordon_lifecycle
  USING (cordon.has_role('lifecycle') AND destroyed_at IS NULL)
  WITH CHECK (
    cordon.has_role('lifecycle') AND destroyed_at IS NOT NULL AND wrapped_key IS NULL AND shredded_by_retention
  );
GRANT UPDATE (shredded_by_retention) ON cordon.subject_keys TO cordon_lifecycle;
-- A compaction re-seals kept rows under their weeks' keys; rows of a file
-- from before periods have none yet, so the worker creates them, under the
-- same rule as the pipeline: never for an erased subject.
CREATE POLICY subject_keys_lifecycle_insert ON cordon.subject_keys FOR INSERT TO cordon_lifecycle
  WITH CHECK (
    cordon.has_role('lifecycle') AND org_id = cordon.current_org_id()
    AND destroyed_at IS NULL AND destroyed_by IS NULL AND NOT shredded_by_retention
    AND NOT EXISTS (
      SELECT 1 FROM cordon.subject_keys erased
       WHERE erased.org_id = subject_keys.org_id AND erased.subject_id = subject_keys.subject_id
         AND erased.destroyed_at IS NOT NULL AND NOT erased.shredded_by_retention
    )
    AND NOT cordon.is_erased_subject(org_id, subject_id)
  );
GRANT INSERT ON cordon.subject_keys TO cordon_lifecycle;
GRANT EXECUTE ON FUNCTION cordon.is_erased_subject(text, text) TO cordon_lifecycle;

-- Exports leave out erased subjects, not subjects retention shredded a week of.
CREATE OR REPLACE FUNCTION cordon.excluded_subjects(of_org text) RETURNS text[]
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
             WHERE k.org_id = of_org AND k.destroyed_at IS NOT NULL AND NOT k.shredded_by_retention) excluded
  $$;

-- Each slice names the key periods its cells were sealed under ('legacy'
-- for slices written before this migration). The catalogue writer always
-- names them; a row inserted by hand (fixtures, benchmarks) names none.
ALTER TABLE cordon.lake_slices ADD COLUMN key_periods text[] NOT NULL DEFAULT '{legacy}';
ALTER TABLE cordon.lake_slices ALTER COLUMN key_periods SET DEFAULT '{}';

RESET ROLE;
