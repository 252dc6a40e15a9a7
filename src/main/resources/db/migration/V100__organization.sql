-- organization: units, halls, windows (and the services each handles), staff, A/B backup posts,
-- absences, duty roster, bulk import results. Written once for H2 (PostgreSQL mode) and PostgreSQL 15.
-- Codes are the keys other modules hold (api.md routes /windows/{window} by code), so they are primary keys.

CREATE TABLE org_unit
(
  code            VARCHAR(32)  PRIMARY KEY,
  name            VARCHAR(100) NOT NULL,
  unit_type       VARCHAR(24)  NOT NULL, -- GOVERNMENT, PUBLIC_UTILITY, BANK, TELECOM, TRANSPORT, OTHER
  parent_code     VARCHAR(32)  REFERENCES org_unit (code),
  contact_person  VARCHAR(50),
  contact_phone   VARCHAR(32),
  complaint_phone VARCHAR(32),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         INT          NOT NULL DEFAULT 0
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_code);

CREATE TABLE org_hall
(
  code             VARCHAR(32)  PRIMARY KEY,
  name             VARCHAR(100) NOT NULL,
  address          VARCHAR(200),
  floors           INT          NOT NULL DEFAULT 1,
  parent_code      VARCHAR(32)  REFERENCES org_hall (code), -- a branch hall (分厅) names its main hall
  opening_hours    VARCHAR(500) NOT NULL,                   -- calendar.OpeningHours text form
  online_ticketing BOOLEAN      NOT NULL DEFAULT FALSE,
  unit_code        VARCHAR(32)  NOT NULL REFERENCES org_unit (code), -- the managing unit
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          INT          NOT NULL DEFAULT 0
);
CREATE INDEX org_hall_unit_idx ON org_hall (unit_code);

CREATE TABLE org_window
(
  code       VARCHAR(32)  PRIMARY KEY, -- globally unique, e.g. BJZWFW-01
  hall_code  VARCHAR(32)  NOT NULL REFERENCES org_hall (code),
  window_number INT       NOT NULL,
  name       VARCHAR(50)  NOT NULL,    -- what the board says: 1号窗口
  floor_no   INT          NOT NULL DEFAULT 1,
  zone_name  VARCHAR(50),
  unit_code  VARCHAR(32)  NOT NULL REFERENCES org_unit (code), -- the unit that staffs it
  is_open    BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version    INT          NOT NULL DEFAULT 0,
  CONSTRAINT org_window_number_uk UNIQUE (hall_code, window_number)
);
CREATE INDEX org_window_unit_idx ON org_window (unit_code);

-- The service items a window handles (catalog codes; the catalog fills it once it exists).
CREATE TABLE org_window_service
(
  window_code  VARCHAR(32) NOT NULL REFERENCES org_window (code) ON DELETE CASCADE,
  service_code VARCHAR(64) NOT NULL,
  PRIMARY KEY (window_code, service_code)
);
CREATE INDEX org_window_service_code_idx ON org_window_service (service_code);

CREATE TABLE org_staff
(
  id           UUID         PRIMARY KEY,
  staff_number VARCHAR(32)  NOT NULL,
  name         VARCHAR(50)  NOT NULL,
  post_title   VARCHAR(100) NOT NULL, -- the post or job title printed on desk card and badge
  unit_code    VARCHAR(32)  NOT NULL REFERENCES org_unit (code),
  hall_code    VARCHAR(32)  REFERENCES org_hall (code), -- the hall they work in, if any
  phone        VARCHAR(32),
  username     VARCHAR(64),           -- their login, if they have one
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      INT          NOT NULL DEFAULT 0,
  CONSTRAINT org_staff_number_uk UNIQUE (staff_number),
  CONSTRAINT org_staff_username_uk UNIQUE (username)
);
CREATE INDEX org_staff_unit_idx ON org_staff (unit_code);
CREATE INDEX org_staff_hall_idx ON org_staff (hall_code);

-- The windows a staff member may serve at.
CREATE TABLE org_staff_window
(
  staff_id    UUID        NOT NULL REFERENCES org_staff (id) ON DELETE CASCADE,
  window_code VARCHAR(32) NOT NULL REFERENCES org_window (code) ON DELETE CASCADE,
  PRIMARY KEY (staff_id, window_code)
);
CREATE INDEX org_staff_window_window_idx ON org_staff_window (window_code);

-- Photos live in the database so every node serves the same one.
CREATE TABLE org_staff_photo
(
  staff_id     UUID         PRIMARY KEY REFERENCES org_staff (id) ON DELETE CASCADE,
  content_type VARCHAR(32)  NOT NULL,
  content      BYTEA        NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- AB岗: A serves the post; while A is away, B does. Never both away at once.
CREATE TABLE org_backup_post
(
  id          UUID         PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  unit_code   VARCHAR(32)  NOT NULL REFERENCES org_unit (code),
  hall_code   VARCHAR(32)  REFERENCES org_hall (code),
  window_code VARCHAR(32)  REFERENCES org_window (code),
  a_staff_id  UUID         NOT NULL REFERENCES org_staff (id),
  b_staff_id  UUID         NOT NULL REFERENCES org_staff (id),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT org_backup_post_distinct_ck CHECK (a_staff_id <> b_staff_id)
);
CREATE INDEX org_backup_post_a_idx ON org_backup_post (a_staff_id);
CREATE INDEX org_backup_post_b_idx ON org_backup_post (b_staff_id);
CREATE INDEX org_backup_post_window_idx ON org_backup_post (window_code);

CREATE TABLE org_backup_post_service
(
  post_id      UUID        NOT NULL REFERENCES org_backup_post (id) ON DELETE CASCADE,
  service_code VARCHAR(64) NOT NULL,
  PRIMARY KEY (post_id, service_code)
);
CREATE INDEX org_backup_post_service_code_idx ON org_backup_post_service (service_code);

CREATE TABLE org_absence
(
  id              UUID         PRIMARY KEY,
  staff_id        UUID         NOT NULL REFERENCES org_staff (id),
  kind            VARCHAR(16)  NOT NULL, -- LEAVE, TRAINING, BUSINESS_TRIP, OTHER
  starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  reason          VARCHAR(200),
  handover_note   VARCHAR(1000),
  handed_over_at  TIMESTAMP WITH TIME ZONE,
  recorded_by     VARCHAR(64),
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  cancelled_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT org_absence_order_ck CHECK (starts_at < ends_at)
);
CREATE INDEX org_absence_staff_idx ON org_absence (staff_id, starts_at);

-- Who is on which window of a hall on a day.
CREATE TABLE org_roster_entry
(
  hall_code   VARCHAR(32) NOT NULL REFERENCES org_hall (code),
  duty_date   DATE        NOT NULL,
  window_code VARCHAR(32) NOT NULL REFERENCES org_window (code) ON DELETE CASCADE,
  staff_id    UUID        NOT NULL REFERENCES org_staff (id) ON DELETE CASCADE,
  PRIMARY KEY (duty_date, window_code),
  CONSTRAINT org_roster_staff_uk UNIQUE (duty_date, staff_id)
);
CREATE INDEX org_roster_hall_idx ON org_roster_entry (hall_code, duty_date);

-- Results of bulk imports (units, windows, staff), kept for the result page and as a record.
CREATE TABLE org_import
(
  id          UUID         PRIMARY KEY,
  kind        VARCHAR(16)  NOT NULL, -- UNITS, WINDOWS, STAFF
  file_name   VARCHAR(200) NOT NULL,
  succeeded   BOOLEAN      NOT NULL,
  row_count   INT          NOT NULL,
  imported    INT          NOT NULL,
  problems    VARCHAR(1000000),     -- JSON list of {row, column, key, args}
  imported_by VARCHAR(64)  NOT NULL,
  imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX org_import_by_idx ON org_import (imported_by, imported_at);
