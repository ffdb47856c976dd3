-- Up Migration
-- Employees' rights meet the exports (migrations 0020-0029): which exports
-- included a subject (the access report), and what opt-out and erasure do to
-- exports that included them. Grants and owner policies are in
-- 0039_lifecycle_grants.sql.
SET ROLE cordon_owner;

-- Whether the caller may act on this subject's rights: the subject
-- themselves, or admin/security of the organisation (the privacy office).
CREATE FUNCTION cordon.may_act_for_subject(subject text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT cordon.current_org_id() IS NOT NULL
       AND ((cordon.has_role('subject') AND cordon.current_principal_id() = subject)
            OR cordon.has_role('admin') OR cordon.has_role('security'))
  $$;

-- The lake pseudonyms of a subject of the caller's organisation: those the
-- pipeline recorded, and the one an erasure named.
CREATE FUNCTION cordon.pseudonyms_of_subject(subject text) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT p.pseudonym FROM cordon.subject_pseudonyms p
     WHERE p.org_id = cordon.current_org_id() AND p.subject_id = subject AND cordon.may_act_for_subject(subject)
    UNION
    SELECT e.subject_pseudonym FROM cordon.erasures e
     WHERE e.org_id = cordon.current_org_id() AND e.subject_id = subject AND cordon.may_act_for_subject(subject)
  $$;

-- Exports whose plan included the subject. Runs as the owner, because a
-- subject may not read export_subjects; it answers only for a caller who may
-- act for that subject, and only export ids.
CREATE FUNCTION cordon.exports_including_subject(subject text) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT DISTINCT s.export_id FROM cordon.export_subjects s
     WHERE s.org_id = cordon.current_org_id()
       AND s.subject_id IN (SELECT cordon.pseudonyms_of_subject(subject))
  $$;

-- Opt-out and erasure reach the exports: a queued export that included the
-- subject is planned again before it runs (the plan leaves them out now);
-- after an erasure, a completed export not yet shredded is cancelled, so the
-- exporter shreds its key and files. Copies already downloaded are out of
-- reach: the access report lists them for follow-up.
CREATE FUNCTION cordon.mark_subject_exports(subject text, erased boolean)
  RETURNS TABLE (replanned integer, cancelled integer)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
DECLARE
  included uuid[];
BEGIN
  IF NOT cordon.may_act_for_subject(subject) THEN
    RAISE EXCEPTION 'not allowed to act for this subject' USING ERRCODE = 'insufficient_privilege';
  END IF;
  included := ARRAY(SELECT cordon.exports_including_subject(subject));
  UPDATE cordon.exports SET status = 'replan'
   WHERE org_id = cordon.current_org_id() AND export_id = ANY (included) AND status = 'queued';
  GET DIAGNOSTICS replanned = ROW_COUNT;
  cancelled := 0;
  IF erased THEN
    UPDATE cordon.exports SET status = 'cancelled'
     WHERE org_id = cordon.current_org_id() AND export_id = ANY (included)
       AND status = 'completed' AND shredded_at IS NULL;
    GET DIAGNOSTICS cancelled = ROW_COUNT;
  END IF;
  RETURN NEXT;
END
$$;

-- A subject reads the access-log records of the exports that included them.
CREATE POLICY audit_records_subject_exports_read ON cordon.audit_records FOR SELECT TO cordon_control
  USING (
    cordon.has_role('subject') AND org_id = cordon.current_org_id() AND resource_type = 'export'
    AND resource_id IN (SELECT id::text FROM cordon.exports_including_subject(cordon.current_principal_id()) id)
  );

RESET ROLE;
