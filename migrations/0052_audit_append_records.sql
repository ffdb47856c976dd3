-- Up Migration
-- Group commit in the database (packages/audit, bench/audit.ts). Profiled
-- per record, an append cost about 220 µs of server time, most of it not the
-- hash itself but the machinery around each record: a single-row INSERT into
-- the partitioned table, a row trigger that recomputed the hash and updated
-- the chain head once per record (each update a new version of the head row
-- that the next update in the same transaction walks past), and the hash
-- computed twice through SQL functions the planner could not inline. A group
-- of records now takes the head lock once, builds its records' canonical
-- JSON in one statement, chains the hashes in order and inserts the records
-- with one statement; one statement trigger checks them all the same way
-- and moves the head once. What a record is, how it is hashed and who may
-- append it are unchanged.
SET ROLE cordon_owner;

-- The canonical JSON of a record (packages/audit/src/canonical.ts), split so
-- that a whole statement's records can be hashed set-based: these are plain
-- SQL functions without a SET clause, STABLE as to_json is, so the planner
-- inlines them into the calling statement instead of calling a function per
-- record (a third of the cost of the hash before). They are only called from
-- functions that fix search_path to pg_catalog, and the body is the one
-- 0010 hashed, so every hash is the same as before.
CREATE FUNCTION cordon.audit_detail_json(detail jsonb) RETURNS TABLE (detail_json text)
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT '{' || coalesce(string_agg(
             to_json(d.key)::text || ':' ||
               CASE jsonb_typeof(d.value) WHEN 'string' THEN to_json(d.value #>> '{}')::text ELSE d.value::text END,
             ',' ORDER BY d.key COLLATE "C"), '') || '}'
      FROM jsonb_each(detail) AS d
  $$;

CREATE FUNCTION cordon.audit_record_json(
  sequence bigint, time_text text, actor_type text, actor_id text, actor_auth text,
  action text, resource_type text, resource_id text, outcome text, reason text, purpose text,
  policy_version text, request_id text, org_id text, detail_json text
) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT '{' || concat_ws(',',
      '"action":' || to_json(action)::text,
      '"actor":{"authMethod":' || to_json(actor_auth)::text || ',"id":' || to_json(actor_id)::text
        || ',"type":' || to_json(actor_type)::text || '}',
      '"detail":' || detail_json,
      '"orgId":' || to_json(org_id)::text,
      '"outcome":' || to_json(outcome)::text,
      '"policyVersion":' || to_json(policy_version)::text,
      '"purpose":' || to_json(purpose)::text,
      '"reason":' || to_json(reason)::text,
      '"requestId":' || to_json(request_id)::text,
      '"resource":{"id":' || to_json(resource_id)::text || ',"type":' || to_json(resource_type)::text || '}',
      '"sequence":' || sequence::text,
      '"time":' || to_json(time_text)::text
    ) || '}'
  $$;

-- One record's hash, for whoever needs it alone, from the same pieces.
CREATE OR REPLACE FUNCTION cordon.audit_record_hash(
  prev_hash bytea, sequence bigint, time_text text, actor_type text, actor_id text, actor_auth text,
  action text, resource_type text, resource_id text, outcome text, reason text, purpose text,
  policy_version text, request_id text, org_id text, detail jsonb
) RETURNS bytea
  LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
  AS $$
    SELECT sha256(prev_hash || convert_to(cordon.audit_record_json(sequence, time_text, actor_type, actor_id,
      actor_auth, action, resource_type, resource_id, outcome, reason, purpose, policy_version, request_id,
      org_id, d.detail_json), 'UTF8'))
      FROM cordon.audit_detail_json(detail) AS d
  $$;
DROP FUNCTION cordon.audit_detail_canonical_json(jsonb);

-- Appends records in array order and returns what the database assigned,
-- in the same order. The rules of cordon.append_audit_record apply to every
-- record: the actor is bound to the transaction's identity. If any record is
-- refused, nothing of the call is written.
CREATE FUNCTION cordon.append_audit_records(
  p_actor_type text[], p_actor_id text[], p_actor_auth text[], p_action text[], p_resource_type text[],
  p_resource_id text[], p_outcome text[], p_reason text[], p_purpose text[], p_policy_version text[],
  p_request_id text[], p_org_id text[], p_detail jsonb[]
)
  RETURNS TABLE (appended_sequence bigint, appended_time text, appended_prev_hash bytea, appended_hash bytea)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  -- The query that builds the records' JSON has the inlined functions in its
  -- plan and takes variables, so plpgsql would plan it afresh on every call
  -- (a custom plan), which cost a lone append 0.3 ms; the generic plan fits
  -- any group.
  SET plan_cache_mode = force_generic_plan
  AS $$
DECLARE
  n integer := coalesce(cardinality(p_actor_type), 0);
  writer boolean := cordon.has_role('audit_writer');
  identity_org_id text := cordon.current_org_id();
  identity_principal_id text := cordon.current_principal_id();
  head record;
  at timestamptz;
  time_text text;
  sequences bigint[];
  details jsonb[];
  record_jsons text[];
  prev_hashes bytea[] := '{}';
  hashes bytea[] := '{}';
BEGIN
  IF NOT cordon.has_identity() THEN
    RAISE EXCEPTION 'no identity is set for the transaction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF n = 0 THEN
    RETURN;
  END IF;
  IF coalesce(cardinality(p_actor_id), 0) <> n OR coalesce(cardinality(p_actor_auth), 0) <> n
     OR coalesce(cardinality(p_action), 0) <> n OR coalesce(cardinality(p_resource_type), 0) <> n
     OR coalesce(cardinality(p_resource_id), 0) <> n OR coalesce(cardinality(p_outcome), 0) <> n
     OR coalesce(cardinality(p_reason), 0) <> n OR coalesce(cardinality(p_purpose), 0) <> n
     OR coalesce(cardinality(p_policy_version), 0) <> n OR coalesce(cardinality(p_request_id), 0) <> n
     OR coalesce(cardinality(p_org_id), 0) <> n OR coalesce(cardinality(p_detail), 0) <> n THEN
    RAISE EXCEPTION 'every field needs one value per record' USING ERRCODE = 'invalid_parameter_value';
  END IF;

  FOR i IN 1 .. n LOOP
    IF identity_org_id IS NOT NULL AND p_org_id[i] IS DISTINCT FROM identity_org_id THEN
      RAISE EXCEPTION 'a record of another organisation cannot be appended' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF writer AND p_outcome[i] <> 'denied' THEN
      RAISE EXCEPTION 'the audit writer records refusals only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_actor_type[i] = 'principal' AND p_actor_auth[i] <> 'none' AND NOT writer
       AND p_actor_id[i] IS DISTINCT FROM identity_principal_id THEN
      RAISE EXCEPTION 'the actor must be the transaction''s principal' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_actor_auth[i] = 'none' AND p_outcome[i] <> 'denied' THEN
      RAISE EXCEPTION 'an unauthenticated actor can only be refused' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_actor_type[i] = 'service' AND p_actor_id[i] IS DISTINCT FROM identity_principal_id THEN
      RAISE EXCEPTION 'a service records as itself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_actor_type[i] = 'collector' AND session_user <> 'cordon_gateway' THEN
      RAISE EXCEPTION 'collectors are recorded by the gateway' USING ERRCODE = 'insufficient_privilege';
    END IF;
  END LOOP;

  -- Held until the transaction ends: a second appender waits here and then
  -- extends what this one committed, or takes the same sequences if it
  -- rolled back.
  SELECT h.last_sequence, h.last_hash, h.last_recorded_at_text INTO head
    FROM cordon.audit_chain_head h WHERE h.chain = 'main' FOR UPDATE;
  -- One time for the group: its records are made, and committed, together.
  at := date_trunc('milliseconds', clock_timestamp());
  IF head.last_recorded_at_text <> '' THEN
    at := greatest(at, head.last_recorded_at_text::timestamptz);
  END IF;
  time_text := to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  SELECT array_agg(head.last_sequence + r.position ORDER BY r.position),
         array_agg(coalesce(r.detail, '{}') ORDER BY r.position),
         array_agg(cordon.audit_record_json(head.last_sequence + r.position, time_text, r.actor_type,
           r.actor_id, r.actor_auth, r.action, r.resource_type, r.resource_id, r.outcome, r.reason, r.purpose,
           r.policy_version, r.request_id, r.org_id, d.detail_json) ORDER BY r.position)
    INTO sequences, details, record_jsons
    FROM unnest(p_actor_type, p_actor_id, p_actor_auth, p_action, p_resource_type, p_resource_id, p_outcome,
           p_reason, p_purpose, p_policy_version, p_request_id, p_org_id, p_detail)
           WITH ORDINALITY AS r(actor_type, actor_id, actor_auth, action, resource_type, resource_id, outcome,
             reason, purpose, policy_version, request_id, org_id, detail, position)
    CROSS JOIN LATERAL cordon.audit_detail_json(coalesce(r.detail, '{}')) AS d;
  -- The chain itself is sequential: each hash covers the one before.
  FOR i IN 1 .. n LOOP
    prev_hashes[i] := CASE WHEN i = 1 THEN head.last_hash ELSE hashes[i - 1] END;
    hashes[i] := sha256(prev_hashes[i] || convert_to(record_jsons[i], 'UTF8'));
  END LOOP;

  INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
      actor_auth, action, resource_type, resource_id, outcome, reason, purpose, policy_version,
      request_id, org_id, detail, prev_hash, hash)
    SELECT * FROM unnest(sequences, array_fill(at, ARRAY[n]), array_fill(time_text, ARRAY[n]), p_actor_type, p_actor_id, p_actor_auth, p_action,
      p_resource_type, p_resource_id, p_outcome, p_reason, p_purpose, p_policy_version, p_request_id,
      p_org_id, details, prev_hashes, hashes);

  RETURN QUERY
    SELECT r.s, time_text, r.p, r.h FROM unnest(sequences, prev_hashes, hashes) WITH ORDINALITY AS r(s, p, h, o)
     ORDER BY r.o;
END
$$;
REVOKE EXECUTE ON FUNCTION cordon.append_audit_records(text[], text[], text[], text[], text[], text[], text[],
  text[], text[], text[], text[], text[], jsonb[]) FROM PUBLIC;
-- The logins that may append one record may append several, and no others.
GRANT EXECUTE ON FUNCTION cordon.append_audit_records(text[], text[], text[], text[], text[], text[], text[],
  text[], text[], text[], text[], text[], jsonb[]) TO cordon_control, cordon_gateway, cordon_exporter,
  cordon_lifecycle;

-- One record is a group of one, so both ways of appending share the rules above.
CREATE OR REPLACE FUNCTION cordon.append_audit_record(
  p_actor_type text, p_actor_id text, p_actor_auth text, p_action text, p_resource_type text,
  p_resource_id text, p_outcome text, p_reason text, p_purpose text, p_policy_version text,
  p_request_id text, p_org_id text, p_detail jsonb,
  OUT appended_sequence bigint, OUT appended_time text, OUT appended_prev_hash bytea, OUT appended_hash bytea
)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
BEGIN
  SELECT a.appended_sequence, a.appended_time, a.appended_prev_hash, a.appended_hash
    INTO appended_sequence, appended_time, appended_prev_hash, appended_hash
    FROM cordon.append_audit_records(ARRAY[p_actor_type], ARRAY[p_actor_id], ARRAY[p_actor_auth],
      ARRAY[p_action], ARRAY[p_resource_type], ARRAY[p_resource_id], ARRAY[p_outcome], ARRAY[p_reason],
      ARRAY[p_purpose], ARRAY[p_policy_version], ARRAY[p_request_id], ARRAY[p_org_id], ARRAY[p_detail]) AS a;
END
$$;

-- The check the row trigger made, once per statement: every inserted row
-- carries the hash of its content and the time it hashed, the rows extend
-- one another in sequence order, and the first extends the head, which then
-- moves to the last. Still a compare-and-swap on the head, so an insert that
-- did not take the head lock (the owner by hand, a buggy writer) cannot fork
-- the chain. It runs after the statement, so a refused row rolls back the
-- whole statement.
CREATE FUNCTION cordon.extend_audit_chain_head() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
DECLARE
  checked record;
BEGIN
  -- One pass over the inserted rows, in sequence order.
  SELECT count(*) AS rows,
         min(o.sequence) FILTER (WHERE o.recorded_at IS DISTINCT FROM o.recorded_at_text::timestamptz) AS bad_time,
         min(o.sequence) FILTER (WHERE o.hash IS DISTINCT FROM o.content_hash) AS bad_hash,
         min(o.sequence) FILTER (WHERE o.position > 1 AND (o.sequence <> o.before_sequence + 1
           OR o.prev_hash IS DISTINCT FROM o.before_hash OR o.recorded_at < o.before_at)) AS bad_link,
         min(o.sequence) AS first_sequence,
         max(o.prev_hash) FILTER (WHERE o.position = 1) AS first_prev_hash,
         max(o.recorded_at) FILTER (WHERE o.position = 1) AS first_recorded_at,
         max(o.sequence) AS last_sequence,
         max(o.hash) FILTER (WHERE o.from_last = 1) AS last_hash,
         max(o.recorded_at_text) FILTER (WHERE o.from_last = 1) AS last_recorded_at_text
    INTO checked
    FROM (
      SELECT r.sequence, r.prev_hash, r.hash, r.recorded_at, r.recorded_at_text,
             sha256(r.prev_hash || convert_to(cordon.audit_record_json(r.sequence, r.recorded_at_text,
               r.actor_type, r.actor_id, r.actor_auth, r.action, r.resource_type, r.resource_id, r.outcome,
               r.reason, r.purpose, r.policy_version, r.request_id, r.org_id, d.detail_json), 'UTF8')) AS content_hash,
             lag(r.sequence) OVER w AS before_sequence, lag(r.hash) OVER w AS before_hash,
             lag(r.recorded_at) OVER w AS before_at, row_number() OVER w AS position,
             row_number() OVER (ORDER BY r.sequence DESC) AS from_last
        FROM appended r CROSS JOIN LATERAL cordon.audit_detail_json(r.detail) AS d
      WINDOW w AS (ORDER BY r.sequence)
    ) o;
  IF checked.rows = 0 THEN
    RETURN NULL;
  END IF;
  IF checked.bad_time IS NOT NULL THEN
    RAISE EXCEPTION 'audit record % has recorded_at differing from the hashed time', checked.bad_time
      USING ERRCODE = 'check_violation';
  END IF;
  IF checked.bad_hash IS NOT NULL THEN
    RAISE EXCEPTION 'audit record % does not carry the hash of its content', checked.bad_hash
      USING ERRCODE = 'check_violation';
  END IF;
  IF checked.bad_link IS NOT NULL THEN
    RAISE EXCEPTION 'audit record % does not extend the chain head', checked.bad_link
      USING ERRCODE = 'serialization_failure';
  END IF;
  UPDATE cordon.audit_chain_head
     SET last_sequence = checked.last_sequence, last_hash = checked.last_hash,
         last_recorded_at_text = checked.last_recorded_at_text
   WHERE chain = 'main'
     AND last_sequence = checked.first_sequence - 1
     AND last_hash = checked.first_prev_hash
     AND (last_recorded_at_text = '' OR last_recorded_at_text::timestamptz <= checked.first_recorded_at);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit record % does not extend the chain head', checked.first_sequence
      USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN NULL;
END
$$;

-- Replaces the row trigger (cloned to every partition) with the statement
-- trigger on the parent and, for inserts that name a partition, on each
-- partition; Postgres fires only the statement triggers of the table a
-- statement names, so no insert is checked twice or not at all.
DROP TRIGGER audit_records_extend_chain ON cordon.audit_records;
DROP FUNCTION cordon.advance_audit_chain_head();
CREATE TRIGGER audit_records_extend_chain AFTER INSERT ON cordon.audit_records
  REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION cordon.extend_audit_chain_head();
DO $$
DECLARE
  partition_name text;
BEGIN
  FOR partition_name IN
    SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'cordon.audit_records'::regclass
  LOOP
    EXECUTE format(
      'CREATE TRIGGER audit_partition_extend_chain AFTER INSERT ON cordon.%I
         REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION cordon.extend_audit_chain_head()',
      partition_name);
  END LOOP;
END
$$;

-- As in 0005, plus the statement trigger each new partition needs.
CREATE OR REPLACE FUNCTION cordon.create_audit_partitions(first_month date, months integer) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
DECLARE
  created integer := 0;
  month_start date;
  partition_name text;
BEGIN
  IF months NOT BETWEEN 1 AND 120 THEN
    RAISE EXCEPTION 'months must be between 1 and 120' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR i IN 0 .. months - 1 LOOP
    month_start := (date_trunc('month', first_month) + make_interval(months => i))::date;
    partition_name := format('audit_records_%s', to_char(month_start, 'YYYY_MM'));
    CONTINUE WHEN to_regclass(format('cordon.%I', partition_name)) IS NOT NULL;
    BEGIN
      EXECUTE format(
        'CREATE TABLE cordon.%I PARTITION OF cordon.audit_records FOR VALUES FROM (%L) TO (%L)',
        partition_name,
        month_start::timestamp AT TIME ZONE 'UTC',
        (month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC');
      EXECUTE format('ALTER TABLE cordon.%I ENABLE ROW LEVEL SECURITY', partition_name);
      EXECUTE format('ALTER TABLE cordon.%I FORCE ROW LEVEL SECURITY', partition_name);
      EXECUTE format(
        'CREATE TRIGGER audit_partition_no_truncate BEFORE TRUNCATE ON cordon.%I
           FOR EACH STATEMENT EXECUTE FUNCTION cordon.refuse_audit_change()',
        partition_name);
      EXECUTE format(
        'CREATE TRIGGER audit_partition_extend_chain AFTER INSERT ON cordon.%I
           REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION cordon.extend_audit_chain_head()',
        partition_name);
      created := created + 1;
    EXCEPTION
      -- check_violation: the default partition holds rows of this month;
      -- duplicate_table: another caller created it a moment ago.
      WHEN check_violation OR duplicate_table THEN NULL;
    END;
  END LOOP;
  RETURN created;
END
$$;

RESET ROLE;
