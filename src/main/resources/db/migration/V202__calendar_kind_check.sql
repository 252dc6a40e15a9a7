-- The same rule as before, written without IN (...): H2 keeps the session that parsed an IN-list CHECK
-- and fails every insert once that pooled connection has been closed ("Check constraint invalid").
ALTER TABLE holiday_day DROP CONSTRAINT holiday_day_kind_ck;
ALTER TABLE holiday_day ADD CONSTRAINT holiday_day_kind_ck CHECK (kind = 'off' OR kind = 'work');
