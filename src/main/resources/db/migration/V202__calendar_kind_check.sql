-- The same rule as before, written as a CASE: H2 turns IN (...) — and even a chain of ORs on one column —
-- into a constant set that keeps the session which parsed it, and fails every insert once that pooled
-- connection has been closed ("Check constraint invalid").
ALTER TABLE holiday_day DROP CONSTRAINT holiday_day_kind_ck;
ALTER TABLE holiday_day ADD CONSTRAINT holiday_day_kind_ck
  CHECK (CASE kind WHEN 'off' THEN TRUE WHEN 'work' THEN TRUE ELSE FALSE END);
