-- 招聘信息 (recruitment): generated from schema/datasets/recruitment.ts by npm run gen:migration.
ALTER TYPE "DatasetKey" ADD VALUE IF NOT EXISTS 'RECRUITMENT';

CREATE TABLE rows_recruitment (
  submission_id uuid NOT NULL,
  row_number integer NOT NULL,
  record_key text,
  "employer_name" text,
  "enterprise_code" text,
  "title" text,
  "position" text,
  "headcount" integer,
  "requirements" text,
  "apply_from" date,
  "apply_to" date,
  "notice_date" date,
  "method" text,
  "hired_name" text,
  "stage" text,
  "publicity_days" integer,
  "hotline" text,
  "remarks" text,
  PRIMARY KEY (submission_id, row_number)
);
CREATE TRIGGER rows_recruitment_insert AFTER INSERT ON rows_recruitment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER rows_recruitment_update AFTER UPDATE ON rows_recruitment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();
CREATE TRIGGER submission_keep_rows_recruitment BEFORE DELETE OR UPDATE OF id ON submission
  FOR EACH ROW EXECUTE FUNCTION submission_keep_rows('rows_recruitment');
CREATE INDEX rows_recruitment_notice_date_idx ON rows_recruitment (notice_date);
