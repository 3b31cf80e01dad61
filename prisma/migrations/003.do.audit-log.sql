-- Append-only, hash-chained audit log (谁公开、谁负责): each entry carries the hash of the previous one.
CREATE TABLE audit_log (
  id             bigserial PRIMARY KEY,
  at             timestamptz(3) NOT NULL DEFAULT now(),
  actor_id       uuid,
  actor_username text,
  action         text NOT NULL,
  submission_id  uuid,
  details        jsonb NOT NULL DEFAULT '{}',
  prev_hash      char(64) NOT NULL,
  hash           char(64) NOT NULL UNIQUE
);

-- The application may only append. These triggers refuse UPDATE, DELETE and TRUNCATE for every
-- role, on PostgreSQL and PGlite alike (role grants cannot bind a table's owner); only someone who
-- can disable triggers can tamper, and the hash chain then shows where (npm run audit:verify).
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
