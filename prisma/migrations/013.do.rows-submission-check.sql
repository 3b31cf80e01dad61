-- The typed rows' link to their submission, checked once per statement instead of once per row.
-- A row-level foreign key checks each of an upload's (up to a million) rows on its own, which was
-- more than half of the server's work for the upload's COPY; these triggers keep the same two
-- guarantees: no row names a missing submission, and no submission with rows goes away.

-- AFTER INSERT/UPDATE … FOR EACH STATEMENT on a rows_* table, over its transition table new_rows.
CREATE FUNCTION rows_check_submission() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  missing uuid;
BEGIN
  -- Lock the submissions named, as a foreign key's check would, so none can go away before commit.
  PERFORM 1 FROM submission WHERE id IN (SELECT DISTINCT submission_id FROM new_rows) FOR KEY SHARE;
  SELECT n.submission_id INTO missing
  FROM (SELECT DISTINCT submission_id FROM new_rows) n
  WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = n.submission_id)
  LIMIT 1;
  IF FOUND THEN
    RAISE foreign_key_violation USING
      MESSAGE = format('%I rows name submission %s, which does not exist', TG_TABLE_NAME, missing);
  END IF;
  RETURN NULL;
END $$;

-- BEFORE DELETE OR UPDATE OF id ON submission, once per rows_* table (its name in TG_ARGV[0]).
CREATE FUNCTION submission_keep_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  has_rows boolean;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
    RETURN NEW;
  END IF;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE submission_id = $1)', TG_ARGV[0])
    INTO has_rows USING OLD.id;
  IF has_rows THEN
    RAISE foreign_key_violation USING
      MESSAGE = format('submission %s still has rows in %I', OLD.id, TG_ARGV[0]);
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;

ALTER TABLE rows_property_transactions DROP CONSTRAINT rows_property_transactions_submission_id_fkey;
CREATE TRIGGER rows_property_transactions_insert AFTER INSERT ON rows_property_transactions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER rows_property_transactions_update AFTER UPDATE ON rows_property_transactions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER submission_keep_rows_property_transactions BEFORE DELETE OR UPDATE OF id ON submission
  FOR EACH ROW EXECUTE FUNCTION submission_keep_rows('rows_property_transactions');

ALTER TABLE rows_executive_pay DROP CONSTRAINT rows_executive_pay_submission_id_fkey;
CREATE TRIGGER rows_executive_pay_insert AFTER INSERT ON rows_executive_pay
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER rows_executive_pay_update AFTER UPDATE ON rows_executive_pay
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER submission_keep_rows_executive_pay BEFORE DELETE OR UPDATE OF id ON submission
  FOR EACH ROW EXECUTE FUNCTION submission_keep_rows('rows_executive_pay');

ALTER TABLE rows_performance_reviews DROP CONSTRAINT rows_performance_reviews_submission_id_fkey;
CREATE TRIGGER rows_performance_reviews_insert AFTER INSERT ON rows_performance_reviews
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER rows_performance_reviews_update AFTER UPDATE ON rows_performance_reviews
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER submission_keep_rows_performance_reviews BEFORE DELETE OR UPDATE OF id ON submission
  FOR EACH ROW EXECUTE FUNCTION submission_keep_rows('rows_performance_reviews');

ALTER TABLE rows_service_info DROP CONSTRAINT rows_service_info_submission_id_fkey;
CREATE TRIGGER rows_service_info_insert AFTER INSERT ON rows_service_info
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER rows_service_info_update AFTER UPDATE ON rows_service_info
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER submission_keep_rows_service_info BEFORE DELETE OR UPDATE OF id ON submission
  FOR EACH ROW EXECUTE FUNCTION submission_keep_rows('rows_service_info');
