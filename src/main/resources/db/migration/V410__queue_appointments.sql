-- queue: what a citizen was told to expect when the ticket was issued (the statistics show how far the
-- estimate was off), appointment slots with their capacity, the bookings, and each hall's grace period
-- after which a late appointment loses its place ahead of walk-ins.

ALTER TABLE ticket ADD COLUMN estimated_wait_min INT;

ALTER TABLE queue_settings ADD COLUMN appointment_grace_min INT NOT NULL DEFAULT 15;

-- A time slot of one service in one hall; "booked" is raised under the row's guard (booked < capacity),
-- so concurrent bookings never exceed the capacity.
CREATE TABLE appointment_slot
(
  id           UUID PRIMARY KEY,
  hall_code    VARCHAR(32) NOT NULL,
  service_code VARCHAR(64) NOT NULL,
  slot_day     DATE        NOT NULL,
  starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  capacity     INT         NOT NULL,
  booked       INT         NOT NULL DEFAULT 0,
  CONSTRAINT appointment_slot_uk UNIQUE (hall_code, service_code, starts_at)
);
CREATE INDEX appointment_slot_day_idx ON appointment_slot (hall_code, slot_day, starts_at);

CREATE TABLE appointment
(
  id            UUID PRIMARY KEY,
  slot_id       UUID        NOT NULL REFERENCES appointment_slot (id),
  hall_code     VARCHAR(32) NOT NULL,
  service_code  VARCHAR(64) NOT NULL,
  slot_day      DATE        NOT NULL,
  code          VARCHAR(8)  NOT NULL, -- shown and sent to the citizen; typed or scanned at the kiosk
  name          VARCHAR(50) NOT NULL,
  phone         VARCHAR(32) NOT NULL,
  status        VARCHAR(16) NOT NULL, -- BOOKED, CHECKED_IN, CANCELLED, NO_SHOW
  booked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  checked_in_at TIMESTAMP WITH TIME ZONE,
  late          BOOLEAN     NOT NULL DEFAULT FALSE,
  ticket_id     UUID,
  closed_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX appointment_code_uk ON appointment (hall_code, slot_day, code);
CREATE INDEX appointment_day_idx ON appointment (hall_code, slot_day, status);
CREATE INDEX appointment_slot_idx ON appointment (slot_id, status);
