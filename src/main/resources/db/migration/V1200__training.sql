-- Training (队伍建设): plans, sessions, attendance, question banks, quizzes and skill contests,
-- nominations and titles, reminders. Written once for H2 (PostgreSQL mode) and PostgreSQL 15.
-- Staff are referenced by the organization's id, with number, name and unit copied at the time of the
-- record (no module reads another's tables; a record keeps the unit the person belonged to then).

CREATE TABLE training_plan
(
  id             UUID PRIMARY KEY,
  unit_code      VARCHAR(40)  NOT NULL,
  plan_year      INT          NOT NULL,
  title          VARCHAR(200) NOT NULL,
  required_hours INT          NOT NULL,
  description    VARCHAR(2000),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  CONSTRAINT training_plan_unit_year UNIQUE (unit_code, plan_year),
  CONSTRAINT training_plan_hours CHECK (required_hours >= 0 AND required_hours <= 500)
);

CREATE TABLE training_session
(
  id             UUID PRIMARY KEY,
  plan_id        UUID         NOT NULL REFERENCES training_plan (id),
  unit_code      VARCHAR(40)  NOT NULL,
  topic          VARCHAR(30)  NOT NULL,
  title          VARCHAR(200) NOT NULL,
  starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  online         BOOLEAN      NOT NULL,
  place          VARCHAR(200),
  trainer        VARCHAR(100) NOT NULL,
  sign_in_key    VARCHAR(64)  NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  CONSTRAINT training_session_window CHECK (ends_at > starts_at)
);
CREATE INDEX training_session_by_plan ON training_session (plan_id, starts_at);
CREATE INDEX training_session_by_unit ON training_session (unit_code, starts_at);

-- Materials live in the database (outside the web root; every node serves the same file).
CREATE TABLE training_material
(
  id           UUID PRIMARY KEY,
  session_id   UUID         NOT NULL REFERENCES training_session (id),
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(120) NOT NULL,
  size_bytes   INT          NOT NULL,
  content      BYTEA        NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  uploaded_by  VARCHAR(100) NOT NULL
);
CREATE INDEX training_material_by_session ON training_material (session_id);

CREATE TABLE training_attendance
(
  session_id     UUID         NOT NULL REFERENCES training_session (id),
  staff_id       UUID         NOT NULL,
  staff_number   VARCHAR(40)  NOT NULL,
  staff_name     VARCHAR(100) NOT NULL,
  unit_code      VARCHAR(40)  NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  method         VARCHAR(20)  NOT NULL,
  credit_minutes INT          NOT NULL,
  note           VARCHAR(500),
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by    VARCHAR(100) NOT NULL,
  PRIMARY KEY (session_id, staff_id)
);
CREATE INDEX training_attendance_by_staff ON training_attendance (staff_id);

CREATE TABLE training_question
(
  id          UUID PRIMARY KEY,
  unit_code   VARCHAR(40)   NOT NULL,
  topic       VARCHAR(30)   NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  body        VARCHAR(1000) NOT NULL,
  explanation VARCHAR(1000),
  active      BOOLEAN       NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(100)  NOT NULL
);
CREATE INDEX training_question_by_topic ON training_question (unit_code, topic);

CREATE TABLE training_option
(
  question_id UUID         NOT NULL REFERENCES training_question (id),
  ordinal    INT          NOT NULL,
  label       VARCHAR(300) NOT NULL,
  correct     BOOLEAN      NOT NULL,
  PRIMARY KEY (question_id, ordinal)
);

-- A quiz after a session, or a timed round of a skill contest (kind CONTEST).
CREATE TABLE training_quiz
(
  id                 UUID PRIMARY KEY,
  unit_code          VARCHAR(40)  NOT NULL,
  kind               VARCHAR(20)  NOT NULL,
  title              VARCHAR(200) NOT NULL,
  session_id         UUID REFERENCES training_session (id),
  topic              VARCHAR(30),
  open_to_all        BOOLEAN      NOT NULL,
  time_limit_seconds INT          NOT NULL,
  opens_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  closes_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  CONSTRAINT training_quiz_limit CHECK (time_limit_seconds >= 30),
  CONSTRAINT training_quiz_window CHECK (closes_at > opens_at)
);
CREATE INDEX training_quiz_by_unit ON training_quiz (unit_code, opens_at);

CREATE TABLE training_quiz_question
(
  quiz_id     UUID NOT NULL REFERENCES training_quiz (id),
  question_id UUID NOT NULL REFERENCES training_question (id),
  ordinal    INT  NOT NULL,
  points      INT  NOT NULL,
  PRIMARY KEY (quiz_id, question_id)
);

-- One attempt per person and quiz; the deadline is fixed by the server when the attempt starts.
CREATE TABLE training_attempt
(
  id           UUID PRIMARY KEY,
  quiz_id      UUID         NOT NULL REFERENCES training_quiz (id),
  staff_id     UUID         NOT NULL,
  staff_number VARCHAR(40)  NOT NULL,
  staff_name   VARCHAR(100) NOT NULL,
  unit_code    VARCHAR(40)  NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  deadline_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_at TIMESTAMP WITH TIME ZONE,
  score        INT,
  max_score    INT          NOT NULL,
  duration_ms  BIGINT,
  CONSTRAINT training_attempt_once UNIQUE (quiz_id, staff_id)
);
CREATE INDEX training_attempt_by_staff ON training_attempt (staff_id);
CREATE INDEX training_attempt_ranking ON training_attempt (quiz_id, score, duration_ms);

-- The order this attempt shows questions and options in, and what was answered.
CREATE TABLE training_attempt_answer
(
  attempt_id   UUID        NOT NULL REFERENCES training_attempt (id),
  question_id  UUID        NOT NULL,
  ordinal     INT         NOT NULL,
  option_order VARCHAR(60) NOT NULL,
  answer       VARCHAR(60),
  correct      BOOLEAN,
  PRIMARY KEY (attempt_id, question_id)
);

CREATE TABLE training_nomination
(
  id            UUID PRIMARY KEY,
  unit_code     VARCHAR(40)   NOT NULL,
  title_kind    VARCHAR(30)   NOT NULL,
  award_year    INT           NOT NULL,
  staff_id      UUID          NOT NULL,
  staff_number  VARCHAR(40)   NOT NULL,
  staff_name    VARCHAR(100)  NOT NULL,
  reasons       VARCHAR(2000) NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  nominated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  nominated_by  VARCHAR(100)  NOT NULL,
  decided_at    TIMESTAMP WITH TIME ZONE,
  decided_by    VARCHAR(100),
  decision_note VARCHAR(500),
  published_at  TIMESTAMP WITH TIME ZONE,
  awarded_on    DATE
);
CREATE INDEX training_nomination_by_unit ON training_nomination (unit_code, status);
CREATE INDEX training_nomination_by_staff ON training_nomination (staff_id);

-- Reminders already sent: the key makes a reminder go out once even when every node runs the job.
CREATE TABLE training_reminder
(
  kind     VARCHAR(20) NOT NULL,
  subject  VARCHAR(60) NOT NULL,
  staff_id UUID        NOT NULL,
  sent_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kind, subject, staff_id)
);
