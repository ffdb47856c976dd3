-- Up Migration
-- Every migration that creates objects does so as cordon_owner, and hands the
-- session back before node-pg-migrate records the migration.
SET ROLE cordon_owner;

-- The identity of a request is set per transaction by the services
-- (set_config(..., true), see packages/db withIdentity) and read by row-level
-- policies through these functions. Unset means NULL, and a policy comparing
-- with NULL matches nothing: no identity, no rows.
CREATE FUNCTION cordon.current_org_id() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('cordon.org_id', true), '') $$;

CREATE FUNCTION cordon.current_principal_id() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('cordon.principal_id', true), '') $$;

-- Roles of the caller as a text array, e.g. '{security}'; empty when unset.
CREATE FUNCTION cordon.current_roles() RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(nullif(current_setting('cordon.roles', true), '')::text[], '{}') $$;

GRANT EXECUTE ON FUNCTION cordon.current_org_id(), cordon.current_principal_id(), cordon.current_roles()
  TO cordon_app;

RESET ROLE;
