-- A one-matter bundle received at the window (一件事一次办): its applications share matter_id = id.
-- The name is kept as the window chose it (the bundle may be renamed or deleted later).
CREATE TABLE application_matter (
  id           UUID                     PRIMARY KEY,
  bundle_code  VARCHAR(64),
  name         VARCHAR(200)             NOT NULL,
  hall_code    VARCHAR(32),
  received_by  VARCHAR(64)              NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
