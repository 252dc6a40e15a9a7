-- Last-place warnings that were notified: one row per subject and second month, so a rerun of the ranking never
-- notifies the same warning twice (INSERT … ON CONFLICT DO NOTHING claims it).
CREATE TABLE assessment_warning_notice
(
  subject_type  VARCHAR(16) NOT NULL,
  subject_code  VARCHAR(64) NOT NULL,
  second_month  VARCHAR(16) NOT NULL,
  first_month   VARCHAR(16) NOT NULL,
  score_id      UUID        NOT NULL,
  unit_code     VARCHAR(40),
  notified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (subject_type, subject_code, second_month)
);
