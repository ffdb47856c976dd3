-- Up Migration
-- DESIGN.md invariant 7: the database, not the appender, makes an audit
-- record. Services append through cordon.append_audit_record, which runs as
-- the owner and assigns the sequence, the time (clock_timestamp(), never
-- before the previous record) and the hash; nobody may INSERT directly. The
-- insert trigger recomputes the hash of every row, compares times as times,
-- and a format check keeps the hashed time text an ISO instant (a row whose
-- time text was `infinity` used to make every later append fail).
-- The hash is SHA-256 over the previous hash and the record's canonical JSON,
-- exactly as packages/audit/src/canonical.ts computes it for verification;
-- Postgres' built-in sha256() is used, so no extension is needed.
SET ROLE cordon_owner;

-- `detail` is a flat object of strings, booleans, safe integers and nulls
-- (packages/audit checks that before appending): keys in byte order, no
-- whitespace, strings escaped as JSON.stringify does for text without
-- control characters.
CREATE FUNCTION cordon.audit_detail_canonical_json(detail jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
  AS $$
    SELECT '{' || coalesce(string_agg(
             to_json(d.key)::text || ':' ||
               CASE jsonb_typeof(d.value) WHEN 'string' THEN to_json(d.value #>> '{}')::text ELSE d.value::text END,
             ',' ORDER BY d.key COLLATE "C"), '') || '}'
      FROM jsonb_each(detail) AS d
  $$;

CREATE FUNCTION cordon.audit_record_hash(
  prev_hash bytea, sequence bigint, time_text text, actor_type text, actor_id text, actor_auth text,
  action text, resource_type text, resource_id text, outcome text, reason text, purpose text,
  policy_version text, request_id text, org_id text, detail jsonb
) RETURNS bytea
  LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
  AS $$
    SELECT sha256(prev_hash || convert_to('{' || concat_ws(',',
      '"action":' || to_json(action)::text,
      '"actor":{"authMethod":' || to_json(actor_auth)::text || ',"id":' || to_json(actor_id)::text
        || ',"type":' || to_json(actor_type)::text || '}',
      '"detail":' || cordon.audit_detail_canonical_json(detail),
      '"orgId":' || to_json(org_id)::text,
      '"outcome":' || to_json(outcome)::text,
      '"policyVersion":' || to_json(policy_version)::text,
      '"purpose":' || to_json(purpose)::text,
      '"reason":' || to_json(reason)::text,
      '"requestId":' || to_json(request_id)::text,
      '"resource":{"id":' || to_json(resource_id)::text || ',"type":' || to_json(resource_type)::text || '}',
      '"sequence":' || sequence::text,
      '"time":' || to_json(time_text)::text
    ) || '}', 'UTF8'))
  $$;

-- What verification hashes must look like what JavaScript's toISOString writes.
ALTER TABLE cordon.audit_records ADD CONSTRAINT audit_records_time_text_is_iso
  CHECK (recorded_at_text ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$');

CREATE OR REPLACE FUNCTION cordon.advance_audit_chain_head() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
BEGIN
  IF NEW.recorded_at IS DISTINCT FROM NEW.recorded_at_text::timestamptz THEN
    RAISE EXCEPTION 'audit record % has recorded_at differing from the hashed time', NEW.sequence
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.hash IS DISTINCT FROM cordon.audit_record_hash(NEW.prev_hash, NEW.sequence, NEW.recorded_at_text,
       NEW.actor_type, NEW.actor_id, NEW.actor_auth, NEW.action, NEW.resource_type, NEW.resource_id,
       NEW.outcome, NEW.reason, NEW.purpose, NEW.policy_version, NEW.request_id, NEW.org_id, NEW.detail) THEN
    RAISE EXCEPTION 'audit record % does not carry the hash of its content', NEW.sequence
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE cordon.audit_chain_head
     SET last_sequence = NEW.sequence, last_hash = NEW.hash, last_recorded_at_text = NEW.recorded_at_text
   WHERE chain = 'main'
     AND last_sequence = NEW.sequence - 1
     AND last_hash = NEW.prev_hash
     AND (last_recorded_at_text = '' OR last_recorded_at_text::timestamptz <= NEW.recorded_at);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit record % does not extend the chain head', NEW.sequence
      USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN NEW;
END
$$;

-- Appends one record in the caller's transaction and returns what the
-- database assigned. The actor is bound to the transaction's identity:
--   * a principal who authenticated records actions as themselves, in their
--     organisation only;
--   * the audit writer (a service recording refusals of callers it could
--     not, or would not, give an identity) records refusals only;
--   * a service records as the service principal it set;
--   * collectors are recorded by the gateway's login only.
CREATE FUNCTION cordon.append_audit_record(
  p_actor_type text, p_actor_id text, p_actor_auth text, p_action text, p_resource_type text,
  p_resource_id text, p_outcome text, p_reason text, p_purpose text, p_policy_version text,
  p_request_id text, p_org_id text, p_detail jsonb,
  OUT appended_sequence bigint, OUT appended_time text, OUT appended_prev_hash bytea, OUT appended_hash bytea
)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
DECLARE
  head record;
  at timestamptz;
  writer boolean := cordon.has_role('audit_writer');
BEGIN
  IF NOT cordon.has_identity() THEN
    RAISE EXCEPTION 'no identity is set for the transaction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF cordon.current_org_id() IS NOT NULL AND p_org_id IS DISTINCT FROM cordon.current_org_id() THEN
    RAISE EXCEPTION 'a record of another organisation cannot be appended' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF writer AND p_outcome <> 'denied' THEN
    RAISE EXCEPTION 'the audit writer records refusals only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_actor_type = 'principal' AND p_actor_auth <> 'none' AND NOT writer
     AND p_actor_id IS DISTINCT FROM cordon.current_principal_id() THEN
    RAISE EXCEPTION 'the actor must be the transaction''s principal' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_actor_auth = 'none' AND p_outcome <> 'denied' THEN
    RAISE EXCEPTION 'an unauthenticated actor can only be refused' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_actor_type = 'service' AND p_actor_id IS DISTINCT FROM cordon.current_principal_id() THEN
    RAISE EXCEPTION 'a service records as itself' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_actor_type = 'collector' AND session_user <> 'cordon_gateway' THEN
    RAISE EXCEPTION 'collectors are recorded by the gateway' USING ERRCODE = 'insufficient_privilege';
  END IF;

  SELECT h.last_sequence, h.last_hash, h.last_recorded_at_text INTO head
    FROM cordon.audit_chain_head h WHERE h.chain = 'main' FOR UPDATE;
  at := date_trunc('milliseconds', clock_timestamp());
  IF head.last_recorded_at_text <> '' THEN
    at := greatest(at, head.last_recorded_at_text::timestamptz);
  END IF;
  appended_sequence := head.last_sequence + 1;
  appended_time := to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  appended_prev_hash := head.last_hash;
  appended_hash := cordon.audit_record_hash(head.last_hash, appended_sequence, appended_time,
    p_actor_type, p_actor_id, p_actor_auth, p_action, p_resource_type, p_resource_id, p_outcome,
    p_reason, p_purpose, p_policy_version, p_request_id, p_org_id, coalesce(p_detail, '{}'));
  INSERT INTO cordon.audit_records (sequence, recorded_at, recorded_at_text, actor_type, actor_id,
      actor_auth, action, resource_type, resource_id, outcome, reason, purpose, policy_version,
      request_id, org_id, detail, prev_hash, hash)
    VALUES (appended_sequence, at, appended_time, p_actor_type, p_actor_id, p_actor_auth, p_action,
      p_resource_type, p_resource_id, p_outcome, p_reason, p_purpose, p_policy_version, p_request_id,
      p_org_id, coalesce(p_detail, '{}'), appended_prev_hash, appended_hash);
END
$$;
REVOKE EXECUTE ON FUNCTION cordon.append_audit_record(text, text, text, text, text, text, text, text, text,
  text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cordon.append_audit_record(text, text, text, text, text, text, text, text, text,
  text, text, text, jsonb) TO cordon_control, cordon_gateway;

-- The function inserts as the owner, whom FORCE subjects to policies too.
DROP POLICY audit_records_append ON cordon.audit_records;
CREATE POLICY audit_records_owner_append ON cordon.audit_records FOR INSERT TO cordon_owner
  WITH CHECK (true);
REVOKE INSERT ON cordon.audit_records FROM cordon_control;
-- Appenders no longer lock the head themselves.
REVOKE EXECUTE ON FUNCTION cordon.lock_audit_chain_head() FROM cordon_control;

RESET ROLE;
