-- calendar: the official holiday arrangements (国务院办公厅 节假日安排), one per year, and their days.
-- A date without a row follows the weekday rule (Mon-Fri working). A date is governed by the arrangement of
-- its year, except 25-31 December, which the next year's notice governs (its New Year's Day holiday may
-- start there, as 2022-12-31 did in the 2023 notice). Dates of a year without a row in holiday_arrangement
-- are provisional. Written once for H2 (PostgreSQL mode) and PostgreSQL 15.

CREATE TABLE holiday_arrangement
(
  arrangement_year INT          PRIMARY KEY,
  source           VARCHAR(200) NOT NULL, -- the notice it was taken from
  published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by     VARCHAR(100)           -- null for the arrangements shipped with the application
);

CREATE TABLE holiday_day
(
  holiday_date     DATE        PRIMARY KEY,
  arrangement_year INT         NOT NULL REFERENCES holiday_arrangement (arrangement_year),
  name             VARCHAR(64) NOT NULL,
  kind             VARCHAR(8)  NOT NULL,
  CONSTRAINT holiday_day_kind_ck CHECK (kind IN ('off', 'work'))
);
CREATE INDEX holiday_day_year_idx ON holiday_day (arrangement_year);

-- Bumped by every saved arrangement; each node compares it with its cached calendar's (a cheap query).
CREATE TABLE calendar_revision
(
  id       INT    PRIMARY KEY,
  revision BIGINT NOT NULL,
  CONSTRAINT calendar_revision_single_ck CHECK (id = 1)
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);
