-- feedback (好差评): the services a citizen may rate, the ratings themselves (append-only: one per service,
-- never edited or deleted) and what each window's evaluator device shows right now.

-- A service that can be rated, learnt from the queue's TicketCompleted (kind TICKET) or casework's
-- ApplicationCompleted (kind APPLICATION) event. The token is the evaluation token the citizen holds.
CREATE TABLE feedback_rateable
(
  token          VARCHAR(64)  PRIMARY KEY,
  kind           VARCHAR(16)  NOT NULL, -- TICKET or APPLICATION
  subject_id     UUID         NOT NULL, -- the ticket's or the application's id
  subject_number VARCHAR(64),           -- ticket number / application number, for the citizen's page
  hall_code      VARCHAR(32),
  unit_code      VARCHAR(32),
  window_code    VARCHAR(32),
  staff_username VARCHAR(64),
  service_code   VARCHAR(64),
  completed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  rate_until     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX feedback_rateable_subject_uk ON feedback_rateable (kind, subject_id);

-- One rating per service (一次一评 / 一事一评): the unique token makes a second rating impossible even when
-- two devices submit at the same instant. Rows are only ever inserted.
CREATE TABLE evaluation
(
  id             UUID PRIMARY KEY,
  token          VARCHAR(64)   NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  subject_id     UUID          NOT NULL,
  level          INT           NOT NULL,
  negative       BOOLEAN       NOT NULL,
  channel        VARCHAR(16)   NOT NULL,
  reasons        VARCHAR(500),           -- reason codes, comma separated
  comment        VARCHAR(1000),
  contact_name   VARCHAR(100),           -- only when the citizen chose to give it (real-name rating)
  contact_phone  VARCHAR(32),
  hall_code      VARCHAR(32),
  unit_code      VARCHAR(32),
  window_code    VARCHAR(32),
  staff_username VARCHAR(64),
  service_code   VARCHAR(64),
  served_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  rated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT evaluation_token_uk UNIQUE (token),
  CONSTRAINT evaluation_level_ck CHECK (level BETWEEN 1 AND 5)
);
CREATE INDEX evaluation_rated_idx ON evaluation (rated_at);
CREATE INDEX evaluation_unit_idx ON evaluation (unit_code, rated_at);
CREATE INDEX evaluation_hall_idx ON evaluation (hall_code, rated_at);

-- What the evaluator device of a window shows: IDLE, SERVING (who serves whom) or RATING (a token waits).
CREATE TABLE feedback_window_state
(
  window_code    VARCHAR(32) PRIMARY KEY,
  hall_code      VARCHAR(32) NOT NULL,
  state          VARCHAR(16) NOT NULL,
  ticket_id      UUID,
  ticket_number  VARCHAR(16),
  service_code   VARCHAR(64),
  staff_username VARCHAR(64),
  token          VARCHAR(64),
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT      NOT NULL
);
