-- Submissions (one uploaded file for one dataset), their stored file, issues, review and audit.
CREATE TYPE "DatasetKey" AS ENUM ('PROPERTY_TRANSACTIONS', 'EXECUTIVE_PAY', 'PERFORMANCE_REVIEWS', 'SERVICE_INFO');
CREATE TYPE "SubmissionStatus" AS ENUM (
  'VALIDATION_FAILED', 'VALIDATED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN'
);

CREATE TABLE submission (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The short 查询码 an enterprise quotes on the phone.
  receipt_code      text NOT NULL UNIQUE,
  enterprise_id     uuid NOT NULL REFERENCES enterprise (id),
  dataset           "DatasetKey" NOT NULL,
  status            "SubmissionStatus" NOT NULL,
  content_sha256    char(64) NOT NULL,
  filename          text NOT NULL,
  format            text NOT NULL,
  encoding          text,
  sheet_name        text,
  header_row        integer,
  row_count         integer NOT NULL,
  error_count       integer NOT NULL,
  warning_count     integer NOT NULL,
  uploaded_by_id    uuid NOT NULL REFERENCES app_user (id),
  uploaded_at       timestamptz(3) NOT NULL DEFAULT now(),
  submitted_at      timestamptz(3),
  reviewed_by_id    uuid REFERENCES app_user (id),
  reviewed_at       timestamptz(3),
  -- Fields the reviewer withholds from publication beyond the dataset's fixed policy (区分处理).
  withheld_fields   text[] NOT NULL DEFAULT '{}',
  published_by_id   uuid REFERENCES app_user (id),
  published_at      timestamptz(3),
  corrects_id       uuid REFERENCES submission (id),
  resubmits_id      uuid REFERENCES submission (id),
  superseded_by_id  uuid REFERENCES submission (id),
  withdrawn_by_id   uuid REFERENCES app_user (id),
  withdrawn_at      timestamptz(3),
  withdrawal_reason text,
  -- The same bytes from the same enterprise for the same dataset are one submission.
  UNIQUE (enterprise_id, dataset, content_sha256)
);
CREATE INDEX submission_enterprise_dataset_idx ON submission (enterprise_id, dataset, uploaded_at DESC);
CREATE INDEX submission_status_idx ON submission (status);

CREATE TABLE submission_file (
  submission_id uuid PRIMARY KEY REFERENCES submission (id),
  content       bytea NOT NULL,
  size          integer NOT NULL
);

CREATE TABLE submission_issue (
  submission_id uuid NOT NULL REFERENCES submission (id),
  seq           integer NOT NULL,
  severity      text NOT NULL CHECK (severity IN ('error', 'warning')),
  code          text NOT NULL,
  row_number    integer,
  column_letter text,
  field         text,
  value         text,
  message_zh    text NOT NULL,
  message_en    text NOT NULL,
  -- Identity of the record the issue is about (its unique-key values), so an acknowledgement of a
  -- warning can follow the record into a corrected file.
  record_key    text,
  PRIMARY KEY (submission_id, seq)
);
CREATE INDEX submission_issue_filter_idx ON submission_issue (submission_id, severity, code);

CREATE TABLE warning_acknowledgement (
  submission_id     uuid NOT NULL REFERENCES submission (id),
  seq               integer NOT NULL,
  acknowledged_by_id uuid NOT NULL REFERENCES app_user (id),
  acknowledged_at   timestamptz(3) NOT NULL DEFAULT now(),
  -- Set when the acknowledgement was carried over from an earlier upload of the same record.
  carried_from_id   uuid REFERENCES submission (id),
  PRIMARY KEY (submission_id, seq),
  FOREIGN KEY (submission_id, seq) REFERENCES submission_issue (submission_id, seq)
);

-- A reviewer's reasons for returning a submission, optionally pinned to a row and a field.
CREATE TABLE review_note (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  submission_id uuid NOT NULL REFERENCES submission (id),
  author_id     uuid NOT NULL REFERENCES app_user (id),
  reason        text NOT NULL,
  row_number    integer,
  field         text,
  created_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX review_note_submission_idx ON review_note (submission_id);
