-- The improvement campaign (窗口行业优质服务提升行动): phases, tasks, participating units, the deliverables
-- each unit owes with their due dates, every submitted version with its attachments and review, reminders,
-- and the joint evaluation (检查测评) with its results, honours and media exposure list.

CREATE TABLE campaign
(
  id                   UUID PRIMARY KEY,
  campaign_year        INT           NOT NULL,
  theme                VARCHAR(200)  NOT NULL,
  document_number      VARCHAR(100),
  lead_unit_code       VARCHAR(32)   NOT NULL,
  work_plan_due        DATE          NOT NULL,
  self_check_due       DATE          NOT NULL,
  copied_from          UUID,
  results_published_at TIMESTAMP WITH TIME ZONE,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by           VARCHAR(64)
);
CREATE INDEX campaign_year_idx ON campaign (campaign_year);

-- 组织动员, 行动实施, 巩固提升, 检查测评: one row each.
CREATE TABLE campaign_phase
(
  campaign_id UUID        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  phase       VARCHAR(16) NOT NULL, -- MOBILIZATION, ACTION, CONSOLIDATION, EVALUATION
  starts_on   DATE        NOT NULL,
  ends_on     DATE        NOT NULL,
  PRIMARY KEY (campaign_id, phase)
);

CREATE TABLE campaign_unit
(
  campaign_id UUID        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  unit_code   VARCHAR(32) NOT NULL,
  seq         INT         NOT NULL, -- the order of the plan's list of units
  PRIMARY KEY (campaign_id, unit_code)
);

-- Tasks from the plan's activity content (活动内容), each with who answers for it.
CREATE TABLE campaign_task
(
  id               UUID PRIMARY KEY,
  campaign_id      UUID          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  area             VARCHAR(16)   NOT NULL, -- TEAM, ENVIRONMENT, EFFICIENCY, SUPERVISION
  seq              INT           NOT NULL,
  title            VARCHAR(100)  NOT NULL,
  description      VARCHAR(2000) NOT NULL,
  responsible_role VARCHAR(100)  NOT NULL
);
CREATE INDEX campaign_task_idx ON campaign_task (campaign_id, area, seq);

-- What a unit owes and by when; period is the report month (yyyy-MM) of a progress report, '-' otherwise.
CREATE TABLE campaign_deliverable
(
  id                 UUID PRIMARY KEY,
  campaign_id        UUID        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  unit_code          VARCHAR(32) NOT NULL,
  kind               VARCHAR(16) NOT NULL, -- WORK_PLAN, PROGRESS_REPORT, SELF_CHECK
  period             VARCHAR(7)  NOT NULL,
  due_on             DATE        NOT NULL,
  due_provisional    BOOLEAN     NOT NULL,
  status             VARCHAR(16) NOT NULL, -- OPEN, SUBMITTED, ACCEPTED, RETURNED
  first_submitted_at TIMESTAMP WITH TIME ZONE,
  last_submitted_at  TIMESTAMP WITH TIME ZONE,
  versions           INT         NOT NULL,
  CONSTRAINT campaign_deliverable_key UNIQUE (campaign_id, unit_code, kind, period)
);
CREATE INDEX campaign_deliverable_due_idx ON campaign_deliverable (status, due_on);

-- Every version a unit handed in, never changed except by its one review.
CREATE TABLE campaign_submission
(
  id             UUID PRIMARY KEY,
  deliverable_id UUID           NOT NULL REFERENCES campaign_deliverable (id) ON DELETE CASCADE,
  version        INT            NOT NULL,
  body           VARCHAR(20000) NOT NULL,
  submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_by   VARCHAR(64)    NOT NULL,
  decision       VARCHAR(16), -- ACCEPTED, RETURNED; null while waiting for review
  review_comment VARCHAR(2000),
  reviewed_at    TIMESTAMP WITH TIME ZONE,
  reviewed_by    VARCHAR(64),
  CONSTRAINT campaign_submission_version UNIQUE (deliverable_id, version)
);

-- Attachments live in the database (outside any web root), typed by their bytes.
CREATE TABLE campaign_attachment
(
  id            UUID PRIMARY KEY,
  submission_id UUID         NOT NULL REFERENCES campaign_submission (id) ON DELETE CASCADE,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size_bytes    INT          NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  content       BYTEA        NOT NULL
);
CREATE INDEX campaign_attachment_idx ON campaign_attachment (submission_id);

-- One row per reminder sent; the key makes every node's job send each reminder once.
CREATE TABLE campaign_reminder
(
  deliverable_id UUID        NOT NULL REFERENCES campaign_deliverable (id) ON DELETE CASCADE,
  kind           VARCHAR(16) NOT NULL, -- BEFORE_DUE, OVERDUE
  sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  recipient      VARCHAR(100),
  PRIMARY KEY (deliverable_id, kind)
);

-- 联合检查测评组
CREATE TABLE campaign_evaluator
(
  id          UUID PRIMARY KEY,
  campaign_id UUID         NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  name        VARCHAR(50)  NOT NULL,
  affiliation VARCHAR(100) NOT NULL,
  team_role   VARCHAR(50)  NOT NULL
);

-- The team's sheet for one unit: inspection result and final grade.
CREATE TABLE campaign_evaluation
(
  campaign_id      UUID          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  unit_code        VARCHAR(32)   NOT NULL,
  inspection_score INT           NOT NULL,
  findings         VARCHAR(4000) NOT NULL,
  grade            VARCHAR(16)   NOT NULL, -- EXCELLENT, GOOD, PASS, FAIL
  evaluated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  evaluated_by     VARCHAR(64)   NOT NULL,
  PRIMARY KEY (campaign_id, unit_code)
);

-- 示范窗口, 服务标兵, 品牌服务项目
CREATE TABLE campaign_honour
(
  id          UUID PRIMARY KEY,
  campaign_id UUID          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  kind        VARCHAR(16)   NOT NULL, -- MODEL_WINDOW, SERVICE_STAR, BRAND_SERVICE
  unit_code   VARCHAR(32)   NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  reason      VARCHAR(1000) NOT NULL
);

-- Media exposure list: praise for good service, exposure of bad.
CREATE TABLE campaign_media_item
(
  id           UUID PRIMARY KEY,
  campaign_id  UUID          NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  tone         VARCHAR(8)    NOT NULL, -- POSITIVE, NEGATIVE
  unit_code    VARCHAR(32),
  outlet       VARCHAR(100)  NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  published_on DATE          NOT NULL,
  summary      VARCHAR(1000)
);
CREATE INDEX campaign_media_idx ON campaign_media_item (campaign_id, published_on);
