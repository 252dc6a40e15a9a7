-- dashboard: rollups maintained from other modules' events (never from their tables), the keys of the
-- events already applied (so an event delivered twice never counts twice), the dashboard's own memory of
-- each ticket's times (to compute waits and service times), and background jobs (rebuild, exports) whose
-- state lives here so that every app node sees it.

-- Figures per business day and unit/hall/window/service/staff ('-' where a dimension does not apply).
-- wait_h0..wait_h7 count waits per bucket (queue.QueueStatistics.WAIT_BUCKETS: <5,<10,<15,<20,<30,<45,<60,>=60 min)
-- so a p90 can be read from the histogram.
CREATE TABLE dash_day
(
  stat_day       DATE        NOT NULL,
  unit_code      VARCHAR(32) NOT NULL,
  hall_code      VARCHAR(32) NOT NULL,
  window_code    VARCHAR(32) NOT NULL,
  service_code   VARCHAR(64) NOT NULL,
  staff_username VARCHAR(64) NOT NULL,
  issued         BIGINT      NOT NULL DEFAULT 0,
  served         BIGINT      NOT NULL DEFAULT 0,
  no_show        BIGINT      NOT NULL DEFAULT 0,
  wait_count     BIGINT      NOT NULL DEFAULT 0,
  wait_seconds   BIGINT      NOT NULL DEFAULT 0,
  wait_h0        BIGINT      NOT NULL DEFAULT 0,
  wait_h1        BIGINT      NOT NULL DEFAULT 0,
  wait_h2        BIGINT      NOT NULL DEFAULT 0,
  wait_h3        BIGINT      NOT NULL DEFAULT 0,
  wait_h4        BIGINT      NOT NULL DEFAULT 0,
  wait_h5        BIGINT      NOT NULL DEFAULT 0,
  wait_h6        BIGINT      NOT NULL DEFAULT 0,
  wait_h7        BIGINT      NOT NULL DEFAULT 0,
  service_count  BIGINT      NOT NULL DEFAULT 0,
  service_seconds BIGINT     NOT NULL DEFAULT 0,
  eval_1         BIGINT      NOT NULL DEFAULT 0,
  eval_2         BIGINT      NOT NULL DEFAULT 0,
  eval_3         BIGINT      NOT NULL DEFAULT 0,
  eval_4         BIGINT      NOT NULL DEFAULT 0,
  eval_5         BIGINT      NOT NULL DEFAULT 0,
  apps_completed BIGINT      NOT NULL DEFAULT 0,
  apps_on_time   BIGINT      NOT NULL DEFAULT 0,
  apps_overdue   BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (stat_day, unit_code, hall_code, window_code, service_code, staff_username)
);
CREATE INDEX dash_day_hall_idx ON dash_day (hall_code, stat_day);
CREATE INDEX dash_day_unit_idx ON dash_day (unit_code, stat_day);
CREATE INDEX dash_day_window_idx ON dash_day (window_code, stat_day);

-- The same figures per hour and hall only (the cockpit's "per hour" charts and today's calls per hour).
CREATE TABLE dash_hour
(
  stat_day       DATE        NOT NULL,
  stat_hour      INT         NOT NULL,
  unit_code      VARCHAR(32) NOT NULL,
  hall_code      VARCHAR(32) NOT NULL,
  issued         BIGINT      NOT NULL DEFAULT 0,
  called         BIGINT      NOT NULL DEFAULT 0,
  served         BIGINT      NOT NULL DEFAULT 0,
  no_show        BIGINT      NOT NULL DEFAULT 0,
  wait_count     BIGINT      NOT NULL DEFAULT 0,
  wait_seconds   BIGINT      NOT NULL DEFAULT 0,
  eval_total     BIGINT      NOT NULL DEFAULT 0,
  eval_negative  BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (stat_day, stat_hour, unit_code, hall_code)
);
CREATE INDEX dash_hour_hall_idx ON dash_hour (hall_code, stat_day);

-- Keys of events already applied (e.g. 'issued:<ticket id>'): applying one twice is a no-op.
CREATE TABLE dash_processed_event
(
  event_key  VARCHAR(80) PRIMARY KEY,
  applied_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the dashboard remembers of a ticket from the queue's events, until it is served or closed.
CREATE TABLE dash_ticket
(
  ticket_id    UUID PRIMARY KEY,
  hall_code    VARCHAR(32) NOT NULL,
  service_code VARCHAR(64),
  issued_at    TIMESTAMP WITH TIME ZONE,
  called_at    TIMESTAMP WITH TIME ZONE,
  started_at   TIMESTAMP WITH TIME ZONE
);

-- Background jobs (rollup rebuild, large exports): state, progress and the finished file, in the
-- database so that any node can show the progress bar and serve the download.
CREATE TABLE dash_job
(
  id           UUID PRIMARY KEY,
  kind         VARCHAR(16)  NOT NULL, -- REBUILD or EXPORT
  status       VARCHAR(16)  NOT NULL, -- QUEUED, RUNNING, DONE, FAILED
  requested_by VARCHAR(64)  NOT NULL,
  parameters   VARCHAR(2000),
  progress     INT          NOT NULL DEFAULT 0, -- percent
  processed    BIGINT       NOT NULL DEFAULT 0,
  message      VARCHAR(500),
  file_name    VARCHAR(200),
  content      BYTEA,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX dash_job_kind_idx ON dash_job (kind, created_at);
