-- The application's own role. Migrations run as the database's owner; the application's connections
-- then act as sunshine_app (src/db/connect.ts), which may read and append to the audit log but not
-- change, remove or truncate entries, nor alter the table or switch its triggers off: privileges hold
-- even where a trigger could be disabled by the owner. (On PGlite, single-user, this is inert.)

-- Roles are cluster-wide: several databases on one server may run this at the same moment.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sunshine_app') THEN
    CREATE ROLE sunshine_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- created meanwhile by another database's migration
END;
$$;

-- The owner must be able to act as it (a superuser always can).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'sunshine_app', 'MEMBER') THEN
    EXECUTE format('GRANT sunshine_app TO %I', current_user);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END;
$$;

GRANT USAGE ON SCHEMA public TO sunshine_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sunshine_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO sunshine_app;
-- Tables of later migrations are the application's too: revoke explicitly on any new append-only one.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sunshine_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO sunshine_app;

-- The audit log is read and appended to; its head moves only through audit_log's trigger (007).
REVOKE UPDATE, DELETE ON audit_log FROM sunshine_app;
REVOKE UPDATE ON SEQUENCE audit_log_id_seq FROM sunshine_app;
REVOKE INSERT, UPDATE, DELETE ON audit_head FROM sunshine_app;
-- Postgrator's ledger is the owner's (npm run db:migrate reads the version as the application).
REVOKE INSERT, UPDATE, DELETE ON schema_migration FROM sunshine_app;

-- pg-boss (trading-platform delivery) installs and upgrades its own schema from the application's
-- connections: let it create that schema, and hand over one installed earlier by the owner.
DO $$
DECLARE
  ddl text;
BEGIN
  EXECUTE format('GRANT CREATE ON DATABASE %I TO sunshine_app', current_database());
  IF to_regnamespace('pgboss') IS NULL THEN
    RETURN;
  END IF;
  ALTER SCHEMA pgboss OWNER TO sunshine_app;
  FOR ddl IN
    SELECT format('ALTER %s %s OWNER TO sunshine_app',
                  CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, c.oid::regclass)
    FROM pg_class c
    WHERE c.relnamespace = 'pgboss'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'S')
      AND (c.relkind <> 'S' OR NOT EXISTS (SELECT 1 FROM pg_depend d -- a column's sequence follows its table
                                           WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                             AND d.deptype IN ('a', 'i')))
    UNION ALL
    SELECT format('ALTER FUNCTION %s OWNER TO sunshine_app', p.oid::regprocedure)
    FROM pg_proc p WHERE p.pronamespace = 'pgboss'::regnamespace
    UNION ALL
    SELECT format('ALTER TYPE %s OWNER TO sunshine_app', t.oid::regtype)
    FROM pg_type t WHERE t.typnamespace = 'pgboss'::regnamespace AND t.typtype IN ('e', 'd')
  LOOP
    EXECUTE ddl;
  END LOOP;
END;
$$;
