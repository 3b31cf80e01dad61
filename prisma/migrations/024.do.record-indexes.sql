-- Typed records API (src/records): each dataset's period field (the year, period or first date a
-- regulator asks about: "in 2023") is indexed, so a filter on it reads only that period's rows.
-- Derived from each definition's periodField; the jurisdiction joins use existing keys
-- (submission.id, enterprise.id, enterprise.regulator_id) and the rows' primary key.
CREATE INDEX rows_property_transactions_listing_start_date_idx ON rows_property_transactions (listing_start_date);
CREATE INDEX rows_executive_pay_fiscal_year_idx ON rows_executive_pay (fiscal_year);
CREATE INDEX rows_performance_reviews_period_idx ON rows_performance_reviews (period);
CREATE INDEX rows_service_info_effective_from_idx ON rows_service_info (effective_from);
