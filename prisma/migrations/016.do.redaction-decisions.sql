-- 区分处理 per row and field (docs/publishing.md): a reviewer's decision to withhold one field of
-- one record, or to publish a value the defaults would mask (a natural person's name, personal
-- data in free text). One decision per cell; who decided and when are kept (the audit log too).
CREATE TABLE redaction_decision (
  submission_id  uuid NOT NULL REFERENCES submission (id),
  row_number     integer NOT NULL,
  field          text NOT NULL,
  decision       text NOT NULL CHECK (decision IN ('withhold', 'publish')),
  decided_by_id  uuid NOT NULL REFERENCES app_user (id),
  decided_at     timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (submission_id, row_number, field)
);
