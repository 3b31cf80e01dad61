-- Uploads being loaded on the embedded database (src/submissions/upload-staged.ts). PGlite has one
-- connection: one transaction for a whole upload stalled every other request, /healthz included,
-- for as long as the upload ran. Its rows are now loaded in slices that commit on their own, under
-- an id listed here; the submission row that makes them visible comes in one short transaction at
-- the end, which removes the id. An id left here by a killed process is swept with its rows.
CREATE TABLE pending_upload (
  id         uuid PRIMARY KEY,
  started_at timestamptz(3) NOT NULL DEFAULT now()
);

-- Rows may name a submission, or an upload still being loaded.
CREATE OR REPLACE FUNCTION rows_check_submission() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  missing uuid;
BEGIN
  -- Lock the submissions named, as a foreign key's check would, so none can go away before commit.
  PERFORM 1 FROM submission WHERE id IN (SELECT DISTINCT submission_id FROM new_rows) FOR KEY SHARE;
  PERFORM 1 FROM pending_upload WHERE id IN (SELECT DISTINCT submission_id FROM new_rows) FOR KEY SHARE;
  SELECT n.submission_id INTO missing
  FROM (SELECT DISTINCT submission_id FROM new_rows) n
  WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = n.submission_id)
    AND NOT EXISTS (SELECT 1 FROM pending_upload p WHERE p.id = n.submission_id)
  LIMIT 1;
  IF FOUND THEN
    RAISE foreign_key_violation USING
      MESSAGE = format('%I rows name submission %s, which does not exist', TG_TABLE_NAME, missing);
  END IF;
  RETURN NULL;
END $$;
