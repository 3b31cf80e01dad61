-- The trading platform's answer body (the first 2 KB) of the last attempt, delivered or not, so a
-- regulator can read why a delivery failed; and an index for the list of failures.
ALTER TABLE delivery_event ADD COLUMN last_response text;
CREATE INDEX delivery_event_failures_idx ON delivery_event (last_attempt_at DESC, id) WHERE attempts > 0 AND status <> 'delivered';
