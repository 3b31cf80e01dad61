-- Days a regulator adds to the built-in holiday and 调休 calendar (schema/calendar): the national
-- calendar is a State Council matter, so these apply platform-wide. One row per date; the notice
-- year it belongs to may differ from the date's own (元旦 starting on 12-31). Changes are audited.
CREATE TABLE calendar_override (
  date           date PRIMARY KEY,
  year           integer NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  kind           text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  -- The State Council notice the day comes from, e.g. 国办发明电〔2026〕7号.
  note           text NOT NULL CHECK (btrim(note) <> ''),
  created_by_id  uuid NOT NULL REFERENCES app_user (id),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  -- A notice only names dates within about a month of its year.
  CHECK (date BETWEEN make_date(year - 1, 12, 1) AND make_date(year + 1, 1, 31))
);
CREATE INDEX calendar_override_year_idx ON calendar_override (year);
