-- Up Migration
-- The pipeline checks that the collector a sealed batch names is (or was)
-- enrolled, for the organisation and subject the batch carries, before any of
-- its rows are buffered. A record sealed outside the gateway's enrolment path
-- (a producer that holds the transit key, a broken gateway) would otherwise
-- create an organisation or a subject in the lake that nobody enrolled; now it
-- is dead-lettered. The pipeline reads the three ids it compares and nothing
-- else: never the secret hash, never a label. Revoked enrolments still match,
-- since batches accepted before the revocation are still to be written.
SET ROLE cordon_owner;

CREATE POLICY collectors_pipeline_read ON cordon.collectors FOR SELECT TO cordon_pipeline
  USING (cordon.has_role('pipeline'));
GRANT SELECT (collector_id, org_id, subject_id) ON cordon.collectors TO cordon_pipeline;

RESET ROLE;
