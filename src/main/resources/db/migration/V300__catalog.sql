-- catalog: service items (事项), their versioned service guides (办事指南) with required materials,
-- procedure steps, form fields and life-event tags, the files attached to materials (blank forms and
-- samples), and one-matter bundles (一件事一次办). Written once for H2 (PostgreSQL mode) and PostgreSQL 15.
-- Unit codes are the organization's; they are kept as plain codes (no module reads another's tables).

-- A service item: its code never changes; the guide it shows is the current published version.
CREATE TABLE catalog_item
(
  code            VARCHAR(32) PRIMARY KEY,
  unit_code       VARCHAR(32) NOT NULL,    -- the implementing unit (organization's code)
  current_version INT,                     -- the published guide; null until the first publication
  working_version INT,                     -- the one draft or guide in review, if any
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(64),
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_item_unit_idx ON catalog_item (unit_code);

-- One version of an item's guide. DRAFT -> IN_REVIEW -> PUBLISHED -> SUPERSEDED; a published version
-- is never edited again (the application changes only its status, when a newer one is published).
CREATE TABLE catalog_guide
(
  item_code           VARCHAR(32)  NOT NULL REFERENCES catalog_item (code),
  version             INT          NOT NULL,
  status              VARCHAR(12)  NOT NULL, -- DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED
  name                VARCHAR(100) NOT NULL,
  search_initials     VARCHAR(100),          -- pinyin initials of the name, for search by "spjyxk"
  item_type           VARCHAR(16)  NOT NULL, -- LICENSING, PAYMENT, CONFIRMATION, LEVY, ...
  audience            VARCHAR(12)  NOT NULL, -- PERSON, ENTERPRISE, BOTH
  legal_basis         VARCHAR(4000),
  conditions          VARCHAR(4000),
  charged             BOOLEAN      NOT NULL DEFAULT FALSE, -- false: 不收费
  fee                 VARCHAR(500),
  fee_basis           VARCHAR(1000),
  legal_limit_days    INT,                   -- working days; 0 = 即办
  promised_limit_days INT,                   -- working days; 0 = 即办; never above the legal limit
  visits              INT,                   -- visits to the hall needed (0 = 零跑动)
  online              BOOLEAN      NOT NULL DEFAULT FALSE,
  place               VARCHAR(500),
  hours               VARCHAR(500),
  consult_phone       VARCHAR(32),
  complaint_phone     VARCHAR(32),
  result_name         VARCHAR(100),
  change_note         VARCHAR(500),          -- the editor's summary of what changed
  editors             VARCHAR(500),          -- everyone who saved this version (none may approve it)
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(64),
  edited_at           TIMESTAMP WITH TIME ZONE,
  submitted_at        TIMESTAMP WITH TIME ZONE,
  submitted_by        VARCHAR(64),
  reviewed_at         TIMESTAMP WITH TIME ZONE,
  reviewed_by         VARCHAR(64),
  review_comment      VARCHAR(1000),
  published_at        TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (item_code, version),
  CONSTRAINT catalog_guide_limits_ck CHECK (promised_limit_days <= legal_limit_days)
);
CREATE INDEX catalog_guide_status_idx ON catalog_guide (status);

CREATE TABLE catalog_material
(
  item_code      VARCHAR(32)  NOT NULL,
  version        INT          NOT NULL,
  seq            INT          NOT NULL,
  code           VARCHAR(32)  NOT NULL, -- the same document has the same code in every guide (merging)
  name           VARCHAR(200) NOT NULL,
  source         VARCHAR(200),          -- who issues it: 申请人自备, 公安机关 …
  original       BOOLEAN      NOT NULL, -- original (原件) or copy (复印件)
  copies         INT          NOT NULL,
  medium         VARCHAR(12)  NOT NULL, -- PAPER, ELECTRONIC, BOTH
  required       BOOLEAN      NOT NULL, -- false: needed only under the condition
  condition_text VARCHAR(500),
  note           VARCHAR(500),
  blank_form_id  UUID,
  sample_id      UUID,
  PRIMARY KEY (item_code, version, seq),
  FOREIGN KEY (item_code, version) REFERENCES catalog_guide (item_code, version) ON DELETE CASCADE
);
CREATE INDEX catalog_material_code_idx ON catalog_material (code);

CREATE TABLE catalog_step
(
  item_code           VARCHAR(32)  NOT NULL,
  version             INT          NOT NULL,
  seq                 INT          NOT NULL,
  name                VARCHAR(100) NOT NULL,
  description         VARCHAR(1000),
  counts_toward_limit BOOLEAN      NOT NULL, -- false for hearing, expert review, testing (行政许可法第45条)
  PRIMARY KEY (item_code, version, seq),
  FOREIGN KEY (item_code, version) REFERENCES catalog_guide (item_code, version) ON DELETE CASCADE
);

CREATE TABLE catalog_form_field
(
  item_code  VARCHAR(32)  NOT NULL,
  version    INT          NOT NULL,
  seq        INT          NOT NULL,
  field_key  VARCHAR(40)  NOT NULL, -- the same question has the same key everywhere (merged form)
  label      VARCHAR(100) NOT NULL,
  field_type VARCHAR(16)  NOT NULL,
  required   BOOLEAN      NOT NULL,
  options    VARCHAR(1000),         -- choices of a SELECT, one per line
  PRIMARY KEY (item_code, version, seq),
  FOREIGN KEY (item_code, version) REFERENCES catalog_guide (item_code, version) ON DELETE CASCADE
);

CREATE TABLE catalog_guide_event
(
  item_code  VARCHAR(32) NOT NULL,
  version    INT         NOT NULL,
  life_event VARCHAR(24) NOT NULL,
  PRIMARY KEY (item_code, version, life_event),
  FOREIGN KEY (item_code, version) REFERENCES catalog_guide (item_code, version) ON DELETE CASCADE
);
CREATE INDEX catalog_guide_event_idx ON catalog_guide_event (life_event);

-- Blank forms and samples of required materials, in the database so every node serves the same file.
-- Files are never changed; a guide version refers to them by id.
CREATE TABLE catalog_file
(
  id           UUID PRIMARY KEY,
  item_code    VARCHAR(32)  NOT NULL REFERENCES catalog_item (code),
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   INT          NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  content      BYTEA        NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  uploaded_by  VARCHAR(64)
);
CREATE INDEX catalog_file_item_idx ON catalog_file (item_code);

-- "一件事一次办": a FIXED bundle (套餐式) takes all its items; a MENU bundle (点餐式) lets the citizen pick
-- among its optional items, the mandatory ones always included.
CREATE TABLE catalog_bundle
(
  code        VARCHAR(32)  PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  kind        VARCHAR(8)   NOT NULL, -- FIXED, MENU
  description VARCHAR(1000),
  life_event  VARCHAR(24),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE catalog_bundle_item
(
  bundle_code VARCHAR(32) NOT NULL REFERENCES catalog_bundle (code) ON DELETE CASCADE,
  item_code   VARCHAR(32) NOT NULL REFERENCES catalog_item (code),
  seq         INT         NOT NULL,
  mandatory   BOOLEAN     NOT NULL,
  PRIMARY KEY (bundle_code, item_code)
);
