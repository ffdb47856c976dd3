-- Up Migration
-- Collector client secrets are 256-bit random values, so they are verified by
-- HMAC-SHA-256 under a server-side pepper (COLLECTOR_SECRET_PEPPER_FILE, held
-- by the gateway and the control API) instead of scrypt: a token request no
-- longer costs a slow hash on the gateway's thread pool.
--
-- A scrypt hash cannot be turned into the new form without the secret, which
-- Cordon never kept. So every collector still enrolled under another scheme
-- (development enrolments only, when this was written) is revoked here by
-- 'system:secret-scheme-retired': its token requests are refused like any
-- revoked collector's, `cordon collectors list` shows the reason, and an admin
-- enrols it again. Runs as the migrating identity, which row-level security
-- does not restrict.
UPDATE cordon.collectors
   SET revoked_at = now(), revoked_by = 'system:secret-scheme-retired'
 WHERE revoked_at IS NULL AND secret_hash !~ '^hmac-sha256\$[A-Za-z0-9_-]{43}$';

SET ROLE cordon_owner;

-- An enrolment that is not revoked holds a hash of the current scheme; a
-- service with a bug (or an old build) cannot enrol under a retired one.
ALTER TABLE cordon.collectors ADD CONSTRAINT collectors_secret_hash_scheme
  CHECK (revoked_at IS NOT NULL OR secret_hash ~ '^hmac-sha256\$[A-Za-z0-9_-]{43}$');

RESET ROLE;
