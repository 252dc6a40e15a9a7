-- dashboard: the queue's events reach the rollups on several threads, so a ticket's first call can be
-- applied before its issue. dash_ticket now keeps where the call happened (unit, window, staff) so that
-- the issue, arriving second, can still add the wait to the calling window's row.
ALTER TABLE dash_ticket ADD COLUMN unit_code VARCHAR(32);
ALTER TABLE dash_ticket ADD COLUMN window_code VARCHAR(32);
ALTER TABLE dash_ticket ADD COLUMN staff_username VARCHAR(64);
