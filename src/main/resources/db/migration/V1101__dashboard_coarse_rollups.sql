-- dashboard: coarser rollups for the upper levels of the cockpit. dash_day holds a row per day × window ×
-- service × staff (tens of thousands a day in a city), so a city-wide month summed ~60,000 rows and two
-- years ~1.5 M. The city, unit and hall levels need neither service nor staff: they read these tables,
-- which Tally writes in the same transaction as dash_day (under the same processed-event key, so exactly
-- once as well) and the rebuild fills alongside it. Window and staff levels keep reading dash_day.

-- dash_day without service and staff: per business day × unit × hall × window ('-' = no window).
CREATE TABLE dash_day_window
(
  stat_day       DATE        NOT NULL,
  unit_code      VARCHAR(32) NOT NULL,
  hall_code      VARCHAR(32) NOT NULL,
  window_code    VARCHAR(32) NOT NULL,
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
  PRIMARY KEY (stat_day, unit_code, hall_code, window_code)
);
CREATE INDEX dash_day_window_hall_idx ON dash_day_window (hall_code, stat_day);
CREATE INDEX dash_day_window_unit_idx ON dash_day_window (unit_code, stat_day);

-- The same per calendar month (stat_month = the month's first day) × unit × hall × window: a hall's
-- year by window and every long trend read whole months here and only the partial months at the edges of
-- the period from dash_day_window.
CREATE TABLE dash_month
(
  stat_month     DATE        NOT NULL,
  unit_code      VARCHAR(32) NOT NULL,
  hall_code      VARCHAR(32) NOT NULL,
  window_code    VARCHAR(32) NOT NULL,
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
  PRIMARY KEY (stat_month, unit_code, hall_code, window_code)
);
CREATE INDEX dash_month_hall_idx ON dash_month (hall_code, stat_month);
CREATE INDEX dash_month_unit_idx ON dash_month (unit_code, stat_month);
