-- The reporting periods a submission's rows cover (years, or review periods such as 2022-2024),
-- derived at upload from the dataset's period field, so regulators can filter by period.
ALTER TABLE submission ADD COLUMN periods text[] NOT NULL DEFAULT '{}';
CREATE INDEX submission_periods_idx ON submission USING gin (periods);
