-- What the public sees: one row per published record, already redacted. Publication copies the
-- public form here (redaction by construction): regulator-only values never enter this table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE published_record (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  submission_id     uuid NOT NULL REFERENCES submission (id),
  dataset           "DatasetKey" NOT NULL,
  enterprise_id     uuid NOT NULL REFERENCES enterprise (id),
  enterprise_name   text NOT NULL,
  row_number        integer NOT NULL,
  record_key        text,
  published_at      timestamptz(3) NOT NULL,
  "values"          jsonb NOT NULL,
  -- Names, project names and titles, lower-cased, for substring search in Chinese (pg_trgm).
  search_text       text NOT NULL,
  superseded_by_id  uuid REFERENCES published_record (id),
  superseded_at     timestamptz(3),
  withdrawn_at      timestamptz(3),
  withdrawal_reason text,
  UNIQUE (submission_id, row_number)
);
CREATE INDEX published_record_dataset_idx ON published_record (dataset, published_at DESC, id);
CREATE INDEX published_record_enterprise_idx ON published_record (enterprise_id);
CREATE INDEX published_record_search_idx ON published_record USING gin (search_text gin_trgm_ops);

-- One event per published, corrected or withdrawn property-transaction record, written in the same
-- transaction as the publication; its id is the stable webhook-id of the delivery.
CREATE TABLE delivery_event (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_id     uuid NOT NULL REFERENCES published_record (id),
  event         text NOT NULL CHECK (event IN ('published', 'corrected', 'withdrawn')),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts      integer NOT NULL DEFAULT 0,
  last_attempt_at timestamptz(3),
  last_status   integer,
  last_error    text,
  delivered_at  timestamptz(3),
  UNIQUE (record_id, event)
);
CREATE INDEX delivery_event_status_idx ON delivery_event (status, created_at);
