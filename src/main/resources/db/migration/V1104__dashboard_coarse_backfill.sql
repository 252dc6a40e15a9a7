-- dashboard: a database that had rollups before V1101 gets its coarse tables filled from dash_day once
-- (they are dash_day summed; Tally keeps them so from then on). Where they already hold rows — a new
-- database, or one rebuilt since — nothing happens. The figures V1102 added (acceptances, complaints)
-- start at zero there until the next rebuild (/dashboard/rollups).
INSERT INTO dash_day_window (stat_day, unit_code, hall_code, window_code,
  issued, served, no_show, wait_count, wait_seconds, wait_h0, wait_h1, wait_h2, wait_h3, wait_h4, wait_h5,
  wait_h6, wait_h7, service_count, service_seconds, eval_1, eval_2, eval_3, eval_4, eval_5, apps_completed,
  apps_on_time, apps_overdue)
SELECT stat_day, unit_code, hall_code, window_code,
       SUM(issued), SUM(served), SUM(no_show), SUM(wait_count), SUM(wait_seconds), SUM(wait_h0),
       SUM(wait_h1), SUM(wait_h2), SUM(wait_h3), SUM(wait_h4), SUM(wait_h5), SUM(wait_h6), SUM(wait_h7),
       SUM(service_count), SUM(service_seconds), SUM(eval_1), SUM(eval_2), SUM(eval_3), SUM(eval_4),
       SUM(eval_5), SUM(apps_completed), SUM(apps_on_time), SUM(apps_overdue)
  FROM dash_day
 WHERE NOT EXISTS (SELECT 1 FROM dash_day_window)
 GROUP BY stat_day, unit_code, hall_code, window_code;

INSERT INTO dash_month (stat_month, unit_code, hall_code, window_code,
  issued, served, no_show, wait_count, wait_seconds, wait_h0, wait_h1, wait_h2, wait_h3, wait_h4, wait_h5,
  wait_h6, wait_h7, service_count, service_seconds, eval_1, eval_2, eval_3, eval_4, eval_5, apps_completed,
  apps_on_time, apps_overdue)
SELECT CAST(CAST(CAST(EXTRACT(YEAR FROM stat_day) AS INT) AS VARCHAR) || '-'
            || LPAD(CAST(CAST(EXTRACT(MONTH FROM stat_day) AS INT) AS VARCHAR), 2, '0') || '-01' AS DATE),
       unit_code, hall_code, window_code,
       SUM(issued), SUM(served), SUM(no_show), SUM(wait_count), SUM(wait_seconds), SUM(wait_h0),
       SUM(wait_h1), SUM(wait_h2), SUM(wait_h3), SUM(wait_h4), SUM(wait_h5), SUM(wait_h6), SUM(wait_h7),
       SUM(service_count), SUM(service_seconds), SUM(eval_1), SUM(eval_2), SUM(eval_3), SUM(eval_4),
       SUM(eval_5), SUM(apps_completed), SUM(apps_on_time), SUM(apps_overdue)
  FROM dash_day_window
 WHERE NOT EXISTS (SELECT 1 FROM dash_month)
 GROUP BY CAST(CAST(CAST(EXTRACT(YEAR FROM stat_day) AS INT) AS VARCHAR) || '-'
            || LPAD(CAST(CAST(EXTRACT(MONTH FROM stat_day) AS INT) AS VARCHAR), 2, '0') || '-01' AS DATE),
          unit_code, hall_code, window_code;
