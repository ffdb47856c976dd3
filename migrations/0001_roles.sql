-- Up Migration
-- DESIGN.md invariant 5: row-level security is only a guarantee when the role
-- the services use neither owns the tables nor may bypass RLS. Two roles:
--   cordon_owner  owns every table, cannot log in; migrations SET ROLE to it.
--   cordon_app    the services' login; owns nothing, NOBYPASSRLS, gets grants table by table.
-- Roles are cluster-wide, while migrations run per database: test files create
-- databases side by side, and concurrent writes to the same role row fail with
-- "tuple concurrently updated". So each statement below writes only when the
-- role is missing or wrong, which after the first database is never.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cordon_owner') THEN
    BEGIN
      CREATE ROLE cordon_owner NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cordon_app') THEN
    BEGIN
      CREATE ROLE cordon_app LOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;

  -- Whatever existed before, these are the properties the invariant needs.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cordon_owner'
             AND (rolcanlogin OR rolsuper OR rolbypassrls OR rolcreatedb OR rolcreaterole)) THEN
    ALTER ROLE cordon_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  -- Whether cordon_app may log in is not restored here: 0008 retired it, and a
  -- new database migrating on the same server must not bring its login back.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cordon_app'
             AND (rolsuper OR rolbypassrls OR rolcreatedb OR rolcreaterole OR rolinherit)) THEN
    ALTER ROLE cordon_app NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;

  -- The migrating identity may act as the owner (a superuser already can).
  IF NOT pg_has_role(current_user, 'cordon_owner', 'MEMBER') THEN
    EXECUTE format('GRANT cordon_owner TO %I', current_user);
  END IF;
END
$$;

-- Nobody creates objects in public; Cordon's tables live in schema cordon.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA IF NOT EXISTS cordon AUTHORIZATION cordon_owner;
GRANT USAGE ON SCHEMA cordon TO cordon_app;
