-- Up Migration
-- Key generations (services/lifecycle README, "Backups, WAL and key
-- rotation"): the operator moves a category's KMS alias to a new key, and
-- the lifecycle worker re-wraps every live subject key onto it (KMS
-- ReEncrypt), so the old KMS key can be scheduled for deletion and every
-- copy of what it wrapped (backups, WAL, destroyed keys) dies with it.
-- Re-wrapping changes the wrapped bytes and the KMS key id of a LIVE key,
-- nothing else: it never destroys, restores or moves a key to another
-- subject, category or period (those columns stay ungranted).
SET ROLE cordon_owner;

CREATE POLICY subject_keys_lifecycle_rewrap ON cordon.subject_keys FOR UPDATE TO cordon_lifecycle
  USING (cordon.has_role('lifecycle') AND destroyed_at IS NULL)
  WITH CHECK (
    cordon.has_role('lifecycle') AND destroyed_at IS NULL AND wrapped_key IS NOT NULL
    AND NOT shredded_by_retention
  );
GRANT UPDATE (kms_key_id) ON cordon.subject_keys TO cordon_lifecycle;
-- Live keys still wrapped by a KMS key other than the category's current one.
CREATE INDEX subject_keys_live_by_kms_key ON cordon.subject_keys (category, kms_key_id)
  WHERE destroyed_at IS NULL;

RESET ROLE;
