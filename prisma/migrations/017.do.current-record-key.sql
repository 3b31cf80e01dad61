-- A new upload that repeats a record still current from an earlier publication is refused
-- (record-already-published, docs/datasets.md): found by the uploader's enterprise, the dataset
-- and the natural key among the records neither corrected nor withdrawn.
CREATE INDEX published_record_current_key_idx ON published_record (enterprise_id, dataset, record_key)
  WHERE superseded_at IS NULL AND withdrawn_at IS NULL AND record_key IS NOT NULL;
