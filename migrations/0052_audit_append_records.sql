-- Up Migration
-- Group commit in the database (packages/audit, bench/audit.ts). Profiled
-- per record, an append cost about 220 µs of server time, most of it not the
-- hash but the machinery around one record: a single-row INSERT into the
-- partitioned table, a row trigger that recomputed the hash and updated the
-- chain head once per record (each update a new version of the head row,
-- which the next update in the same transaction has to walk past), and the
-- owner-run function's own call. A group of records now takes the head lock
-- once, computes its records in order, inserts them with one statement, and
-- one statement trigger checks them all and moves the head once. What a
-- record is, how it is hashed and who may append it are unchanged.
SET ROLE cordon_owner;

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
  AS $$
DECLARE
  n integer := coalesce(cardinality(p_actor_type), 0);
  writer boolean := cordon.has_role('audit_writer');
  identity_org_id text := cordon.current_org_id();
  identity_principal_id text := cordon.current_principal_id();
  head record;
  at timestamptz;
  previous_at timestamptz;
  sequences bigint[] := '{}';
  ats timestamptz[] := '{}';
  times text[] := '{}';
  prev_hashes bytea[] := '{}';
  hashes bytea[] := '{}';
  details jsonb[] := '{}';
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
  previous_at := CASE WHEN head.last_recorded_at_text = '' THEN NULL
                      ELSE head.last_recorded_at_text::timestamptz END;
  FOR i IN 1 .. n LOOP
    at := date_trunc('milliseconds', clock_timestamp());
    IF previous_at IS NOT NULL THEN
      at := greatest(at, previous_at);
    END IF;
    ats[i] := at;
    times[i] := to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    sequences[i] := head.last_sequence + i;
    prev_hashes[i] := CASE WHEN i = 1 THEN head.last_hash ELSE hashes[i - 1] END;
    details[i] := coalesce(p_detail[i], '{}');
    hashes[i] := cordon.audit_record_hash(prev_hashes[i], sequences[i], times[i],
      p_actor_type[i], p_actor_id[i], p_actor_auth[i], p_action[i], p_resource_type[i], p_resource_id[i],
      p_outcome[i], p_reason[i], p_purpose[i], p_policy_version[i], p_request_id[i], p_org_id[i], details[i]);
    previous_at := at;
  END LOOP;

  INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
      actor_auth, action, resource_type, resource_id, outcome, reason, purpose, policy_version,
      request_id, org_id, detail, prev_hash, hash)
    SELECT * FROM unnest(sequences, ats, times, p_actor_type, p_actor_id, p_actor_auth, p_action,
      p_resource_type, p_resource_id, p_outcome, p_reason, p_purpose, p_policy_version, p_request_id,
      p_org_id, details, prev_hashes, hashes);

  RETURN QUERY
    SELECT r.s, r.t, r.p, r.h FROM unnest(sequences, times, prev_hashes, hashes) WITH ORDINALITY AS r(s, t, p, h, o)
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
  first record;
  last record;
  broken record;
BEGIN
  SELECT r.sequence INTO broken FROM appended r
   WHERE r.recorded_at IS DISTINCT FROM r.recorded_at_text::timestamptz
   ORDER BY r.sequence LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'audit record % has recorded_at differing from the hashed time', broken.sequence
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT r.sequence INTO broken FROM appended r
   WHERE r.hash IS DISTINCT FROM cordon.audit_record_hash(r.prev_hash, r.sequence, r.recorded_at_text,
       r.actor_type, r.actor_id, r.actor_auth, r.action, r.resource_type, r.resource_id,
       r.outcome, r.reason, r.purpose, r.policy_version, r.request_id, r.org_id, r.detail)
   ORDER BY r.sequence LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'audit record % does not carry the hash of its content', broken.sequence
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT o.sequence INTO broken FROM (
      SELECT r.sequence, r.prev_hash, r.recorded_at,
             lag(r.sequence) OVER w AS before_sequence, lag(r.hash) OVER w AS before_hash,
             lag(r.recorded_at) OVER w AS before_at, row_number() OVER w AS position
        FROM appended r WINDOW w AS (ORDER BY r.sequence)
    ) o
   WHERE o.position > 1
     AND (o.sequence <> o.before_sequence + 1 OR o.prev_hash IS DISTINCT FROM o.before_hash
          OR o.recorded_at < o.before_at)
   ORDER BY o.sequence LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'audit record % does not extend the chain head', broken.sequence
      USING ERRCODE = 'serialization_failure';
  END IF;
  SELECT r.sequence, r.prev_hash, r.recorded_at INTO first FROM appended r ORDER BY r.sequence LIMIT 1;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT r.sequence, r.hash, r.recorded_at_text INTO last FROM appended r ORDER BY r.sequence DESC LIMIT 1;
  UPDATE cordon.audit_chain_head
     SET last_sequence = last.sequence, last_hash = last.hash, last_recorded_at_text = last.recorded_at_text
   WHERE chain = 'main'
     AND last_sequence = first.sequence - 1
     AND last_hash = first.prev_hash
     AND (last_recorded_at_text = '' OR last_recorded_at_text::timestamptz <= first.recorded_at);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit record % does not extend the chain head', first.sequence
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
