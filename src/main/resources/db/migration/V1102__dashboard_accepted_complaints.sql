-- dashboard: figures that were counted live until now, rolled up from events like the rest, in the fine
-- and the coarse day tables and the monthly one alike:
-- apps_accepted        applications accepted (受理), casework's ApplicationAccepted, on the acceptance date;
-- complaints_received  complaints (投诉) received, feedback's ComplaintReceived, on the day received, under
--                      the unit/hall/window and handler (staff) they count under (a complaint from the inbox
--                      moves there from '-' when ComplaintAssigned arrives);
-- complaints_open      of those, the ones not closed yet (ComplaintClosed takes one off the day it was received),
--                      so "open now" is the sum over all days.
ALTER TABLE dash_day ADD COLUMN apps_accepted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_day ADD COLUMN complaints_received BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_day ADD COLUMN complaints_open BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_day_window ADD COLUMN apps_accepted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_day_window ADD COLUMN complaints_received BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_day_window ADD COLUMN complaints_open BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_month ADD COLUMN apps_accepted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_month ADD COLUMN complaints_received BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dash_month ADD COLUMN complaints_open BIGINT NOT NULL DEFAULT 0;
