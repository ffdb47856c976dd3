-- Up Migration
-- The access log (DESIGN.md invariant 7): append-only records, each hash-chained
-- to the previous one, and signed checkpoints of the chain. packages/audit
-- writes and reads them; its README describes the record and the chain.
SET ROLE cordon_owner;

-- Any caller that set an identity for its transaction (packages/db withIdentity):
-- a person, a service with a role, or the audit writer's own service identity.
CREATE FUNCTION cordon.has_identity() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT cordon.current_principal_id() IS NOT NULL OR cardinality(cordon.current_roles()) > 0 $$;
GRANT EXECUTE ON FUNCTION cordon.has_identity() TO cordon_app;

-- One row per audited action. Partitioned by month so that a time range reads
-- only its months and old months can be archived whole; records outside the
-- created months land in the default partition and are still kept.
-- `recorded_at_text` is the exact time string that was hashed; `recorded_at`
-- is the same instant as a timestamp, for partitioning and range filters.
-- Ids that are searched by prefix use the "C" collation, so a btree index
-- answers `LIKE 'prefix%'`.
CREATE TABLE cordon.audit_records (
  sequence bigint NOT NULL CHECK (sequence > 0),
  recorded_at timestamptz NOT NULL,
  recorded_at_text text NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('principal', 'collector', 'service')),
  actor_id text COLLATE "C" NOT NULL,
  actor_auth text NOT NULL,
  action text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
  resource_type text NOT NULL,
  resource_id text COLLATE "C" NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
  reason text CHECK (outcome = 'allowed' OR reason IS NOT NULL),
  purpose text,
  policy_version text,
  request_id text COLLATE "C" NOT NULL,
  org_id text,
  detail jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object'),
  prev_hash bytea NOT NULL CHECK (length(prev_hash) = 32),
  hash bytea NOT NULL CHECK (length(hash) = 32),
  PRIMARY KEY (sequence, recorded_at)
) PARTITION BY RANGE (recorded_at);

-- Filters of GET /v1/audit/events, each ending in sequence so that a filtered
-- page is read in keyset order from the index instead of sorted.
CREATE INDEX audit_records_actor ON cordon.audit_records (actor_id, sequence);
CREATE INDEX audit_records_action ON cordon.audit_records (action, sequence);
CREATE INDEX audit_records_resource ON cordon.audit_records (resource_id, sequence);
CREATE INDEX audit_records_outcome ON cordon.audit_records (outcome, sequence);
CREATE INDEX audit_records_request ON cordon.audit_records (request_id);
CREATE INDEX audit_records_time ON cordon.audit_records (recorded_at);

-- The head of the chain: the last record's sequence, hash and time. Appenders
-- serialise on this row (cordon.lock_audit_chain_head), and the insert trigger
-- below advances it, so two records can never claim the same predecessor.
CREATE TABLE cordon.audit_chain_head (
  chain text PRIMARY KEY CHECK (chain = 'main'),
  last_sequence bigint NOT NULL,
  last_hash bytea NOT NULL CHECK (length(last_hash) = 32),
  last_recorded_at_text text NOT NULL
);
INSERT INTO cordon.audit_chain_head VALUES ('main', 0, decode(repeat('00', 32), 'hex'), '');

-- The signed checkpoints (their signed form is the object in the object
-- store; these rows are the index of them) and the head of the checkpoint
-- chain, on which checkpoint writers serialise.
CREATE TABLE cordon.audit_checkpoints (
  last_sequence bigint PRIMARY KEY CHECK (last_sequence > 0),
  chain_head bytea NOT NULL CHECK (length(chain_head) = 32),
  record_count bigint NOT NULL CHECK (record_count > 0),
  previous_checkpoint_hash bytea CHECK (length(previous_checkpoint_hash) = 32),
  checkpoint_time text NOT NULL,
  checkpoint_hash bytea NOT NULL CHECK (length(checkpoint_hash) = 32),
  signature bytea NOT NULL,
  key_id text NOT NULL,
  object_key text NOT NULL
);

CREATE TABLE cordon.audit_checkpoint_head (
  chain text PRIMARY KEY CHECK (chain = 'main'),
  last_sequence bigint NOT NULL,
  last_checkpoint_hash bytea CHECK (length(last_checkpoint_hash) = 32),
  last_checkpoint_time text NOT NULL
);
INSERT INTO cordon.audit_checkpoint_head VALUES ('main', 0, NULL, '');

-- Append-only, even for the owner: rows are never changed or removed. The
-- owner (or a superuser) can still disable these triggers; the hash chain and
-- the signed checkpoints are what make such an edit visible.
CREATE FUNCTION cordon.refuse_audit_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION '% on %.% is not allowed: the access log is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Row triggers on a partitioned table are cloned to every partition, present
-- and future; TRUNCATE is a statement trigger, which is not, so
-- cordon.create_audit_partitions adds one to each partition it creates.
CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON cordon.audit_records
  FOR EACH ROW EXECUTE FUNCTION cordon.refuse_audit_change();
CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON cordon.audit_records
  FOR EACH STATEMENT EXECUTE FUNCTION cordon.refuse_audit_change();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON cordon.audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION cordon.refuse_audit_change();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON cordon.audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION cordon.refuse_audit_change();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE DELETE OR TRUNCATE ON cordon.audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION cordon.refuse_audit_change();
CREATE TRIGGER audit_checkpoint_head_no_truncate BEFORE DELETE OR TRUNCATE ON cordon.audit_checkpoint_head
  FOR EACH STATEMENT EXECUTE FUNCTION cordon.refuse_audit_change();

-- Serialisation of appenders: locks the chain head row until the caller's
-- transaction ends and returns its newest committed state (FOR UPDATE re-reads
-- the row after waiting). The application role has no UPDATE on the head, so
-- it takes the lock through this owner-run function. No identity, no lock.
CREATE FUNCTION cordon.lock_audit_chain_head()
  RETURNS TABLE (last_sequence bigint, last_hash bytea, last_recorded_at_text text)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT h.last_sequence, h.last_hash, h.last_recorded_at_text
      FROM cordon.audit_chain_head h
     WHERE h.chain = 'main' AND cordon.has_identity()
       FOR UPDATE
  $$;

-- Every inserted record must extend the head by exactly one: the next sequence,
-- the head's hash as its prev_hash, a time not before the head's. This is a
-- compare-and-swap; with the lock above it always succeeds, and without it (a
-- caller outside a transaction, a buggy writer) it refuses to fork the chain.
CREATE FUNCTION cordon.advance_audit_chain_head() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
BEGIN
  IF NEW.recorded_at IS DISTINCT FROM NEW.recorded_at_text::timestamptz THEN
    RAISE EXCEPTION 'audit record % has recorded_at differing from the hashed time', NEW.sequence
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE cordon.audit_chain_head
     SET last_sequence = NEW.sequence, last_hash = NEW.hash, last_recorded_at_text = NEW.recorded_at_text
   WHERE chain = 'main'
     AND last_sequence = NEW.sequence - 1
     AND last_hash = NEW.prev_hash
     AND last_recorded_at_text <= NEW.recorded_at_text;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit record % does not extend the chain head', NEW.sequence
      USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_records_extend_chain BEFORE INSERT ON cordon.audit_records
  FOR EACH ROW EXECUTE FUNCTION cordon.advance_audit_chain_head();

-- The same two steps for checkpoint writers, on the checkpoint head.
CREATE FUNCTION cordon.lock_audit_checkpoint_head()
  RETURNS TABLE (last_sequence bigint, last_checkpoint_hash bytea, last_checkpoint_time text)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT h.last_sequence, h.last_checkpoint_hash, h.last_checkpoint_time
      FROM cordon.audit_checkpoint_head h
     WHERE h.chain = 'main' AND cordon.has_identity()
       FOR UPDATE
  $$;

CREATE FUNCTION cordon.advance_audit_checkpoint_head() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
BEGIN
  UPDATE cordon.audit_checkpoint_head
     SET last_sequence = NEW.last_sequence,
         last_checkpoint_hash = NEW.checkpoint_hash,
         last_checkpoint_time = NEW.checkpoint_time
   WHERE chain = 'main'
     AND last_sequence = NEW.last_sequence - NEW.record_count
     AND last_checkpoint_hash IS NOT DISTINCT FROM NEW.previous_checkpoint_hash
     AND NEW.last_sequence <= (SELECT last_sequence FROM cordon.audit_chain_head WHERE chain = 'main');
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit checkpoint % does not extend the checkpoint head', NEW.last_sequence
      USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_checkpoints_extend_chain BEFORE INSERT ON cordon.audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION cordon.advance_audit_checkpoint_head();

-- Monthly partitions (UTC months) from `first_month` on. Existing months are
-- skipped, and so is a month whose records already sit in the default
-- partition (Postgres refuses to carve it out; they stay readable there).
-- Each partition forces row-level security with no policy of its own, so it
-- can be read only through the parent's policies, and refuses TRUNCATE.
CREATE FUNCTION cordon.create_audit_partitions(first_month date, months integer) RETURNS integer
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
-- Services call it at start and daily to keep months ahead created.
GRANT EXECUTE ON FUNCTION cordon.create_audit_partitions(date, integer) TO cordon_app;

CREATE TABLE cordon.audit_records_default PARTITION OF cordon.audit_records DEFAULT;
ALTER TABLE cordon.audit_records_default ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.audit_records_default FORCE ROW LEVEL SECURITY;
CREATE TRIGGER audit_partition_no_truncate BEFORE TRUNCATE ON cordon.audit_records_default
  FOR EACH STATEMENT EXECUTE FUNCTION cordon.refuse_audit_change();
SELECT cordon.create_audit_partitions((now() AT TIME ZONE 'UTC')::date, 13);

-- Row-level policies. Reading the log is for the security team only; anyone
-- with an identity may add to it (every service audits its own actions).
-- The owner-run functions above act as cordon_owner, which FORCE subjects to
-- policies too, hence the policies naming it.
ALTER TABLE cordon.audit_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.audit_records FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_records_security_read ON cordon.audit_records FOR SELECT
  USING (cordon.has_role('security'));
CREATE POLICY audit_records_append ON cordon.audit_records FOR INSERT
  WITH CHECK (cordon.has_identity());
GRANT SELECT, INSERT ON cordon.audit_records TO cordon_app;

ALTER TABLE cordon.audit_chain_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.audit_chain_head FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_chain_head_read ON cordon.audit_chain_head FOR SELECT
  USING (cordon.has_identity());
CREATE POLICY audit_chain_head_owner ON cordon.audit_chain_head FOR ALL TO cordon_owner
  USING (true) WITH CHECK (true);
GRANT SELECT ON cordon.audit_chain_head TO cordon_app;

ALTER TABLE cordon.audit_checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.audit_checkpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_checkpoints_security_read ON cordon.audit_checkpoints FOR SELECT
  USING (cordon.has_role('security'));
CREATE POLICY audit_checkpoints_append ON cordon.audit_checkpoints FOR INSERT
  WITH CHECK (cordon.has_identity());
GRANT SELECT, INSERT ON cordon.audit_checkpoints TO cordon_app;

ALTER TABLE cordon.audit_checkpoint_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.audit_checkpoint_head FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_checkpoint_head_read ON cordon.audit_checkpoint_head FOR SELECT
  USING (cordon.has_identity());
CREATE POLICY audit_checkpoint_head_owner ON cordon.audit_checkpoint_head FOR ALL TO cordon_owner
  USING (true) WITH CHECK (true);
GRANT SELECT ON cordon.audit_checkpoint_head TO cordon_app;

GRANT EXECUTE ON FUNCTION cordon.lock_audit_chain_head(), cordon.lock_audit_checkpoint_head() TO cordon_app;
-- Functions are executable by PUBLIC by default; only the application role should take these locks.
REVOKE EXECUTE ON FUNCTION cordon.lock_audit_chain_head(), cordon.lock_audit_checkpoint_head(),
  cordon.create_audit_partitions(date, integer) FROM PUBLIC;

RESET ROLE;
