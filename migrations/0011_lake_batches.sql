-- Up Migration
-- A batch reaches the lake once (invariant 10). The gateway may produce the
-- same sealed batch twice (a retry that took over the claim of a gateway that
-- died mid-produce), at two offsets. The pipeline claims each batch id for
-- the offset it first read it at; a copy at another offset finds the claim
-- and is dropped. A claim is keyed by its source, so replaying that offset
-- after a crash finds its own claim and writes the batch again, into the
-- same file: the claim holds until that offset's file is catalogued, which
-- the pipeline keeps retrying. Ids only: no event content.
SET ROLE cordon_owner;

CREATE TABLE cordon.lake_batches (
  org_id text NOT NULL,
  batch_id uuid NOT NULL,
  topic text NOT NULL,
  kafka_partition integer NOT NULL CHECK (kafka_partition >= 0),
  kafka_offset bigint NOT NULL CHECK (kafka_offset >= 0),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, batch_id)
);
-- For a later retention job: claims need only outlive the gateway's claim-takeover window.
CREATE INDEX lake_batches_claimed_at ON cordon.lake_batches (claimed_at);

ALTER TABLE cordon.lake_batches ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.lake_batches FORCE ROW LEVEL SECURITY;
CREATE POLICY lake_batches_pipeline ON cordon.lake_batches FOR ALL TO cordon_pipeline
  USING (cordon.has_role('pipeline'))
  WITH CHECK (cordon.has_role('pipeline'));
GRANT SELECT, INSERT ON cordon.lake_batches TO cordon_pipeline;

RESET ROLE;
