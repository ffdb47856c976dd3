-- Up Migration
-- DESIGN.md invariant 5: row-level security is only a guarantee when the role
-- the services use neither owns the tables nor may bypass RLS. Two roles:
--   cordon_owner  owns every table, cannot log in; migrations SET ROLE to it.
--   cordon_app    the services' login; owns nothing, NOBYPASSRLS, gets grants table by table.
-- Roles are cluster-wide, so databases created side by side (tests) may race
-- here; losing the race is fine.
DO $$
BEGIN
  BEGIN
    CREATE ROLE cordon_owner NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    CREATE ROLE cordon_app LOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
END
$$;

-- Whatever existed before, these are the properties the invariant needs.
ALTER ROLE cordon_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
ALTER ROLE cordon_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;

-- The migrating identity may act as the owner (a no-op for a superuser).
GRANT cordon_owner TO CURRENT_USER;

-- Nobody creates objects in public; Cordon's tables live in schema cordon.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA IF NOT EXISTS cordon AUTHORIZATION cordon_owner;
GRANT USAGE ON SCHEMA cordon TO cordon_app;
