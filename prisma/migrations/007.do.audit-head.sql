-- The audit log's head: id, hash and count of its last entry, advanced in the same transaction as
-- every append. The chain alone cannot show a cut-off tail (what remains still links); the head can:
-- audit:verify checks that the log ends where the head says, and new entries chain onto the head's
-- hash, so an entry appended after a cut does not link either.
CREATE TABLE audit_head (
  only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  entry_id    bigint NOT NULL,
  hash        char(64) NOT NULL,
  entry_count bigint NOT NULL
);
INSERT INTO audit_head (entry_id, hash, entry_count)
SELECT coalesce(max(id), 0),
       coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64)),
       count(*)
FROM audit_log;

-- Every new entry must extend the head (chain onto its hash, with a larger id); the head follows it.
-- SECURITY DEFINER: the application's role may read the head but not write it (see 008).
CREATE FUNCTION audit_log_advance_head() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_head FOR UPDATE;
  IF NOT FOUND OR NEW.prev_hash <> head.hash OR NEW.id <= head.entry_id THEN
    RAISE EXCEPTION 'audit_log entry % does not extend the head (entry %)', NEW.id, head.entry_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  UPDATE audit_head SET entry_id = NEW.id, hash = NEW.hash, entry_count = head.entry_count + 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_advance_head();

-- The head moves only through that trigger (nested, hence depth 2), for every role on both engines.
CREATE FUNCTION audit_head_moves_with_the_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_head moves only with audit_log (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_head_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_moves_with_the_log();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_head_moves_with_the_log();
