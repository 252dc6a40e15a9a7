-- Checklist administration with revisions: an edit makes a new revision of the item; an inspection keeps the revision
-- it was recorded against, so later edits never change what an old inspection says. A label of NULL means the
-- bundle text supervision.item.<code> (the seeded items).
ALTER TABLE supervision_checklist_item ADD COLUMN label VARCHAR(100);
ALTER TABLE supervision_checklist_item ADD COLUMN revision INT NOT NULL DEFAULT 1;

CREATE TABLE supervision_checklist_revision (
  code        VARCHAR(40) NOT NULL,
  revision    INT NOT NULL,
  label       VARCHAR(100),
  dimension   VARCHAR(40) NOT NULL,
  max_score   INT NOT NULL,
  active      BOOLEAN NOT NULL,
  changed_by  VARCHAR(64) NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (code, revision)
);
INSERT INTO supervision_checklist_revision (code, revision, label, dimension, max_score, active, changed_by, changed_at)
SELECT code, 1, NULL, dimension, max_score, active, 'system', CURRENT_TIMESTAMP FROM supervision_checklist_item;

-- NULL for inspections recorded before revisions existed: revision 1.
ALTER TABLE supervision_inspection_item ADD COLUMN item_revision INT;

-- Inspection plans: 日常监管 by a unit for itself, 专项检查/明察暗访 by the supervision office across units; planned
-- visits are generated for the period and an inspection recorded for one closes it.
CREATE TABLE supervision_plan (
  id           UUID PRIMARY KEY,
  kind         VARCHAR(20) NOT NULL,
  title        VARCHAR(200) NOT NULL,
  period_from  DATE NOT NULL,
  period_to    DATE NOT NULL,
  owner_unit   VARCHAR(40),
  note         VARCHAR(2000),
  created_by   VARCHAR(64) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE supervision_plan_visit (
  id             UUID PRIMARY KEY,
  plan_id        UUID NOT NULL REFERENCES supervision_plan (id),
  unit_code      VARCHAR(40) NOT NULL,
  planned_on     DATE NOT NULL,
  assignee       VARCHAR(64) NOT NULL,
  inspection_id  UUID REFERENCES supervision_inspection (id)
);
CREATE INDEX supervision_plan_visit_plan ON supervision_plan_visit (plan_id, planned_on);
CREATE INDEX supervision_plan_visit_unit ON supervision_plan_visit (unit_code);

ALTER TABLE supervision_inspection ADD COLUMN plan_visit_id UUID;
