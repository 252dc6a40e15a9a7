-- 差评台账: every 不满意/非常不满意 rating (and, later, every complaint) becomes an entry that is verified,
-- rectified or explained, called back and closed; each step is kept in ledger_step, never rewritten.
CREATE TABLE ledger_entry
(
  id                UUID PRIMARY KEY,
  number            VARCHAR(32)   NOT NULL,
  source            VARCHAR(16)   NOT NULL, -- EVALUATION or COMPLAINT
  evaluation_id     UUID,
  status            VARCHAR(16)   NOT NULL, -- OPEN, VERIFIED, RECTIFYING, CALLBACK, CLOSED
  unit_code         VARCHAR(32),
  hall_code         VARCHAR(32),
  window_code       VARCHAR(32),
  handler_username  VARCHAR(64),            -- 谁办理谁负责: who served the citizen
  service_code      VARCHAR(64),
  level             INT,
  summary           VARCHAR(1000),
  contact_name      VARCHAR(100),
  contact_phone     VARCHAR(32),
  real_name         BOOLEAN       NOT NULL,
  opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  due_on            DATE          NOT NULL, -- handling deadline (working days, calendar module)
  due_provisional   BOOLEAN       NOT NULL,
  verdict           VARCHAR(16),            -- VALID (成立) or INVALID (不成立)
  resolution        VARCHAR(16),            -- RECTIFY or EXPLAIN
  rectify_due       DATE,
  satisfaction      VARCHAR(16),            -- the citizen's satisfaction with the handling, from the callback
  escalated_at      TIMESTAMP WITH TIME ZONE,
  closed_at         TIMESTAMP WITH TIME ZONE,
  version           BIGINT        NOT NULL,
  CONSTRAINT ledger_entry_number_uk UNIQUE (number),
  CONSTRAINT ledger_entry_evaluation_uk UNIQUE (evaluation_id)
);
CREATE INDEX ledger_entry_status_idx ON ledger_entry (status, due_on);
CREATE INDEX ledger_entry_hall_idx ON ledger_entry (hall_code, opened_at);
CREATE INDEX ledger_entry_unit_idx ON ledger_entry (unit_code, opened_at);

CREATE TABLE ledger_step
(
  id         UUID PRIMARY KEY,
  entry_id   UUID          NOT NULL REFERENCES ledger_entry (id),
  step       VARCHAR(24)   NOT NULL, -- OPENED, VERIFIED, RECTIFIED, RECTIFY_SCHEDULED, EXPLAINED, CALLED_BACK, CLOSED, ESCALATED
  actor      VARCHAR(64),
  at         TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome    VARCHAR(32),
  note       VARCHAR(2000)
);
CREATE INDEX ledger_step_entry_idx ON ledger_step (entry_id, at);
