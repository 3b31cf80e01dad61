-- A correction announces, besides its new records ('corrected'), every record it replaces
-- ('superseded': sent to the trading platform as event "corrected" with supersededBy), so the
-- platform can link the two. A record can be both: first the new one, later replaced itself.
ALTER TABLE delivery_event DROP CONSTRAINT delivery_event_event_check;
ALTER TABLE delivery_event ADD CONSTRAINT delivery_event_event_check
  CHECK (event IN ('published', 'corrected', 'superseded', 'withdrawn'));
-- A new record's body names the record it corrects: the reverse of superseded_by_id.
CREATE INDEX published_record_superseded_by_idx ON published_record (superseded_by_id);
