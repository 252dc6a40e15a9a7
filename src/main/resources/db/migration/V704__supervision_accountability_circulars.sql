-- Accountability (问责) decided on a finding or a rectification order, against a unit and optionally one staff member.
CREATE TABLE supervision_accountability (
  id            UUID PRIMARY KEY,
  kind          VARCHAR(30) NOT NULL,
  finding_id    UUID REFERENCES supervision_finding (id),
  order_id      UUID REFERENCES supervision_order (id),
  unit_code     VARCHAR(40) NOT NULL,
  staff_id      UUID,
  staff_number  VARCHAR(40),
  staff_name    VARCHAR(100),
  decided_on    DATE NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  decided_by    VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supervision_accountability_unit ON supervision_accountability (unit_code, decided_on);
CREATE INDEX supervision_accountability_staff ON supervision_accountability (staff_id);

-- Circulars (通报) composed from findings and orders: the items are a snapshot of what was published; each addressed
-- unit's first opening is its read receipt.
CREATE TABLE supervision_circular (
  id            UUID PRIMARY KEY,
  title         VARCHAR(200) NOT NULL,
  intro         VARCHAR(4000),
  is_public     BOOLEAN NOT NULL,
  published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by  VARCHAR(64) NOT NULL
);

CREATE TABLE supervision_circular_item (
  circular_id   UUID NOT NULL REFERENCES supervision_circular (id),
  seq           INT NOT NULL,
  order_id      UUID REFERENCES supervision_order (id),
  finding_id    UUID REFERENCES supervision_finding (id),
  unit_code     VARCHAR(40),
  text          VARCHAR(1000) NOT NULL,
  PRIMARY KEY (circular_id, seq)
);

CREATE TABLE supervision_circular_unit (
  circular_id    UUID NOT NULL REFERENCES supervision_circular (id),
  unit_code      VARCHAR(40) NOT NULL,
  first_read_at  TIMESTAMP WITH TIME ZONE,
  first_read_by  VARCHAR(64),
  PRIMARY KEY (circular_id, unit_code)
);
CREATE INDEX supervision_circular_unit_unit ON supervision_circular_unit (unit_code);
