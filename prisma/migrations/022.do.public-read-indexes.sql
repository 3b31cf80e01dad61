-- Public reads at 100,000 records (issue 15): an index in the public order, 1- and 2-character
-- Chinese search, and per-dataset figures kept up to date by the database itself.

-- The public order (newest publication first, then the file's row order) as an index, so a page
-- reads its rows in order and stops after `first` of them instead of sorting the whole dataset.
-- It replaces (dataset, published_at DESC, id), whose tail matched no query.
CREATE INDEX published_record_order_idx
  ON published_record (dataset, published_at DESC, submission_id, row_number);
DROP INDEX published_record_dataset_idx;

-- pg_trgm extracts nothing from a term shorter than three characters, so 建国 or 张 scanned every
-- record. The distinct single characters and character pairs of the search text (never across the
-- spaces joining its parts) answer those terms exactly through a GIN index: a 1- or 2-character
-- substring occurs in a text exactly when it is one of these grams. search_text holds only public
-- values (it is built from the public form at publication), so neither can a gram hold a withheld one.
CREATE FUNCTION search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(g), '{}') FROM (
    SELECT substr(t, i, 1) AS g FROM generate_series(1, char_length(t)) i
    UNION
    SELECT substr(t, i, 2) FROM generate_series(1, char_length(t) - 1) i
  ) grams WHERE g !~ '\s'
$$;

-- Generated, so every way a record is written (COPY at publication, tests, repairs) keeps it right.
ALTER TABLE published_record
  ADD COLUMN search_grams text[] GENERATED ALWAYS AS (search_grams(search_text)) STORED NOT NULL;
CREATE INDEX published_record_grams_idx ON published_record USING gin (search_grams);

-- What the catalogue and the dataset page show on every request (counts, last publication), and a
-- version that moves with every change, so derived lists (filter choices) can be cached until the
-- next publication, correction or withdrawal. Kept by statement triggers on published_record.
CREATE TABLE published_dataset_stats (
  dataset           "DatasetKey" PRIMARY KEY,
  total             integer NOT NULL DEFAULT 0,
  current           integer NOT NULL DEFAULT 0,
  last_published_at timestamptz(3),
  version           bigint NOT NULL DEFAULT 0
);

-- Signed changes by dataset: +1 per record entering the table, -1 per record leaving it (an UPDATE
-- is both). Runs as the owner: the application may read the figures but not set them.
CREATE FUNCTION published_stats_add(total integer, current integer, at timestamptz, d "DatasetKey")
RETURNS void LANGUAGE sql AS $$
  INSERT INTO published_dataset_stats AS s (dataset, total, current, last_published_at, version)
  VALUES (d, total, current, at, 1)
  ON CONFLICT (dataset) DO UPDATE SET
    total = s.total + excluded.total,
    current = s.current + excluded.current,
    last_published_at = greatest(s.last_published_at, excluded.last_published_at),
    version = s.version + 1
$$;

CREATE FUNCTION published_stats_apply() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM published_stats_add(count(*)::int,
      count(*) FILTER (WHERE superseded_at IS NULL AND withdrawn_at IS NULL)::int, max(published_at), dataset)
    FROM new_rows GROUP BY dataset;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM published_stats_add(-count(*)::int,
      -count(*) FILTER (WHERE superseded_at IS NULL AND withdrawn_at IS NULL)::int, NULL, dataset)
    FROM old_rows GROUP BY dataset;
  ELSE
    PERFORM published_stats_add(sum(n)::int, sum(cur)::int, NULL, dataset)
    FROM (SELECT dataset, 1 AS n, (superseded_at IS NULL AND withdrawn_at IS NULL)::int AS cur FROM new_rows
          UNION ALL
          SELECT dataset, -1, -(superseded_at IS NULL AND withdrawn_at IS NULL)::int FROM old_rows) changes
    GROUP BY dataset;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER published_stats_insert AFTER INSERT ON published_record
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION published_stats_apply();
CREATE TRIGGER published_stats_update AFTER UPDATE ON published_record
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION published_stats_apply();
CREATE TRIGGER published_stats_delete AFTER DELETE ON published_record
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION published_stats_apply();

INSERT INTO published_dataset_stats (dataset, total, current, last_published_at, version)
SELECT dataset, count(*), count(*) FILTER (WHERE superseded_at IS NULL AND withdrawn_at IS NULL),
       max(published_at), 1
FROM published_record GROUP BY dataset;

REVOKE INSERT, UPDATE, DELETE ON published_dataset_stats FROM sunshine_app;
