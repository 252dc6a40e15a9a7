-- 申诉复核: a staff member appeals a rating they consider mistaken or malicious; a reviewer decides. An
-- upheld appeal excludes the rating from statistics; the rating itself is never changed.
CREATE TABLE evaluation_appeal
(
  id             UUID PRIMARY KEY,
  evaluation_id  UUID          NOT NULL,
  appellant      VARCHAR(64)   NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  filed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  status         VARCHAR(16)   NOT NULL, -- PENDING, UPHELD, REJECTED
  reviewer       VARCHAR(64),
  decision_note  VARCHAR(2000),
  decided_at     TIMESTAMP WITH TIME ZONE,
  unit_code      VARCHAR(32),
  hall_code      VARCHAR(32),
  window_code    VARCHAR(32),
  version        BIGINT        NOT NULL,
  CONSTRAINT evaluation_appeal_uk UNIQUE (evaluation_id)
);
CREATE INDEX evaluation_appeal_status_idx ON evaluation_appeal (status, filed_at);
