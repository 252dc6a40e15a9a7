-- Assessment: versioned scoring schemes, periods (pinned to the scheme version they were scored with, frozen
-- when closed), scores with their contribution lines and the ids of the records behind each line, and the
-- 示范窗口 / 服务标兵 honours proposed from the rankings.
CREATE TABLE assessment_scheme (
  id              UUID PRIMARY KEY,
  version         INT NOT NULL,
  name            VARCHAR(100) NOT NULL,
  effective_from  DATE NOT NULL,
  base_score      NUMERIC(7,2) NOT NULL,
  max_score       NUMERIC(7,2) NOT NULL,
  min_score       NUMERIC(7,2) NOT NULL,
  note            VARCHAR(1000),
  created_by      VARCHAR(64) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT assessment_scheme_version_uk UNIQUE (version)
);

CREATE TABLE assessment_scheme_rule (
  scheme_id       UUID NOT NULL REFERENCES assessment_scheme (id),
  indicator       VARCHAR(32) NOT NULL,
  sort_order      INT NOT NULL,
  rule_kind       VARCHAR(8) NOT NULL,
  weight          NUMERIC(7,2) NOT NULL,
  low_value       NUMERIC(9,2),
  high_value      NUMERIC(9,2),
  per_item        NUMERIC(7,2),
  cap             NUMERIC(7,2),
  no_data_points  NUMERIC(7,2),
  PRIMARY KEY (scheme_id, indicator)
);

CREATE TABLE assessment_period (
  id           UUID PRIMARY KEY,
  kind         VARCHAR(8) NOT NULL,
  period_key   VARCHAR(8) NOT NULL,
  starts_on    DATE NOT NULL,
  ends_on      DATE NOT NULL,
  scheme_id    UUID NOT NULL REFERENCES assessment_scheme (id),
  status       VARCHAR(8) NOT NULL,
  computed_at  TIMESTAMP WITH TIME ZONE,
  dirty_since  TIMESTAMP WITH TIME ZONE,
  frozen_at    TIMESTAMP WITH TIME ZONE,
  frozen_by    VARCHAR(64),
  CONSTRAINT assessment_period_uk UNIQUE (kind, period_key)
);

CREATE TABLE assessment_score (
  id              UUID PRIMARY KEY,
  period_id       UUID NOT NULL REFERENCES assessment_period (id),
  subject_type    VARCHAR(8) NOT NULL,
  subject_code    VARCHAR(64) NOT NULL,
  subject_name    VARCHAR(200) NOT NULL,
  unit_code       VARCHAR(32),
  hall_code       VARCHAR(32),
  window_code     VARCHAR(32),
  score           NUMERIC(7,2) NOT NULL,
  frozen_score    NUMERIC(7,2),
  rank_no         INT NOT NULL,
  ranked_of       INT NOT NULL,
  computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT assessment_score_uk UNIQUE (period_id, subject_type, subject_code)
);
CREATE INDEX assessment_score_rank ON assessment_score (period_id, subject_type, rank_no);

CREATE TABLE assessment_line (
  id             UUID PRIMARY KEY,
  score_id       UUID NOT NULL REFERENCES assessment_score (id),
  line_no        INT NOT NULL,
  kind           VARCHAR(12) NOT NULL,
  indicator      VARCHAR(32),
  raw_value      NUMERIC(12,2),
  record_count   BIGINT NOT NULL,
  rule_text      VARCHAR(200),
  adjusts        VARCHAR(32),
  points         NUMERIC(7,2) NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_line_score ON assessment_line (score_id, line_no);

CREATE TABLE assessment_evidence (
  line_id       UUID NOT NULL REFERENCES assessment_line (id),
  record_kind   VARCHAR(16) NOT NULL,
  record_id     VARCHAR(64) NOT NULL,
  record_label  VARCHAR(64),
  record_value  NUMERIC(12,2),
  occurred_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX assessment_evidence_line ON assessment_evidence (line_id);

CREATE TABLE assessment_honour (
  id            UUID PRIMARY KEY,
  period_id     UUID NOT NULL REFERENCES assessment_period (id),
  score_id      UUID NOT NULL REFERENCES assessment_score (id),
  title         VARCHAR(16) NOT NULL,
  subject_type  VARCHAR(8) NOT NULL,
  subject_code  VARCHAR(64) NOT NULL,
  subject_name  VARCHAR(200) NOT NULL,
  unit_code     VARCHAR(32),
  hall_code     VARCHAR(32),
  window_code   VARCHAR(32),
  score         NUMERIC(7,2) NOT NULL,
  rank_no       INT NOT NULL,
  status        VARCHAR(10) NOT NULL,
  proposed_by   VARCHAR(64) NOT NULL,
  proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by    VARCHAR(64),
  decided_at    TIMESTAMP WITH TIME ZONE,
  decision_note VARCHAR(1000),
  CONSTRAINT assessment_honour_uk UNIQUE (period_id, title, subject_code)
);
CREATE INDEX assessment_honour_status ON assessment_honour (status, decided_at);
