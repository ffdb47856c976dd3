-- Up Migration
-- The gateway's idempotency ledger: one row per batch id, recording which
-- collector sent it and the answer it was given, so a retry gets the same
-- answer and nothing is produced to Kafka twice (DESIGN.md invariant 10).
-- It holds ids, counts and rejection reasons (which name fields, never
-- values): no event content.
SET ROLE cordon_owner;

-- A batch id is claimed 'pending' before anything is produced; the primary
-- key makes a concurrent duplicate lose the claim instead of producing too.
-- It becomes 'done' only after Kafka acknowledged (or when there was nothing
-- to produce). A 'pending' row whose claim expired belongs to a gateway that
-- died mid-produce and may be taken over by a retry.
CREATE TABLE cordon.ingest_batches (
  batch_id uuid PRIMARY KEY,
  collector_id uuid NOT NULL,
  org_id text NOT NULL,
  subject_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'done')),
  -- Fences a claim: only the attempt holding this id may finish or release it.
  claim_id uuid NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  claim_expires_at timestamptz NOT NULL,
  answered_at timestamptz,
  accepted_count integer CHECK (accepted_count >= 0),
  rejected jsonb,
  kafka_topic text,
  kafka_partition integer,
  kafka_offset bigint,
  CHECK ((state = 'done') = (answered_at IS NOT NULL AND accepted_count IS NOT NULL AND rejected IS NOT NULL)),
  CHECK ((kafka_topic IS NULL) = (kafka_partition IS NULL) AND (kafka_topic IS NULL) = (kafka_offset IS NULL))
);
-- For a later retention job: the ledger only needs to outlive the collectors' retry window.
CREATE INDEX ingest_batches_claimed_at ON cordon.ingest_batches (claimed_at);

-- The gateway sees and writes only rows of the organisation it is serving
-- (set per transaction from the collector's enrolment). A batch id taken by
-- another organisation still collides on the primary key, which is how the
-- gateway detects it without being able to read that row.
ALTER TABLE cordon.ingest_batches ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.ingest_batches FORCE ROW LEVEL SECURITY;
CREATE POLICY ingest_batches_gateway ON cordon.ingest_batches FOR ALL
  USING (cordon.has_role('gateway') AND org_id = cordon.current_org_id())
  WITH CHECK (cordon.has_role('gateway') AND org_id = cordon.current_org_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON cordon.ingest_batches TO cordon_app;

RESET ROLE;
