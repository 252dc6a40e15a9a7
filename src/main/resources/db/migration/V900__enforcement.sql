-- enforcement (执法三项制度): officers with certificates, discretion tables, pre-publication items, cases,
-- their hash-chained case record (全过程记录) and the publication of decisions (公示).

-- Enforcement officers (执法人员) of a unit with their enforcement certificate numbers (published 事前).
CREATE TABLE enf_officer
(
  id                 UUID PRIMARY KEY,
  unit_code          VARCHAR(32)  NOT NULL,
  name               VARCHAR(50)  NOT NULL,
  certificate_number VARCHAR(40)  NOT NULL,
  username           VARCHAR(64),              -- the officer's login, when they have one
  active             BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT enf_officer_certificate_uk UNIQUE (certificate_number)
);
CREATE INDEX enf_officer_unit_idx ON enf_officer (unit_code, name);

-- A unit's published discretion table (自由裁量基准): one row per violation and level.
CREATE TABLE enf_discretion
(
  id            UUID PRIMARY KEY,
  unit_code     VARCHAR(32)  NOT NULL,
  code          VARCHAR(40)  NOT NULL,
  violation     VARCHAR(200) NOT NULL,
  legal_basis   VARCHAR(500) NOT NULL,
  level         VARCHAR(16)  NOT NULL, -- MINOR, GENERAL, SERIOUS, GRAVE
  circumstances VARCHAR(500) NOT NULL,
  sanction      VARCHAR(500) NOT NULL,
  CONSTRAINT enf_discretion_uk UNIQUE (unit_code, code)
);

-- Pre-publication items (事前公示) of a unit: powers, basis, procedure, remedies, and the body itself.
CREATE TABLE enf_disclosure
(
  id         UUID PRIMARY KEY,
  unit_code  VARCHAR(32)   NOT NULL,
  category   VARCHAR(16)   NOT NULL, -- BODY, POWER, BASIS, PROCEDURE, REMEDY
  title      VARCHAR(200)  NOT NULL,
  content    VARCHAR(4000) NOT NULL,
  sort_order INT           NOT NULL DEFAULT 0,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX enf_disclosure_unit_idx ON enf_disclosure (unit_code, category, sort_order);

-- An enforcement case. Its current state is a projection; the case record below is the evidence.
CREATE TABLE enf_case
(
  id               UUID PRIMARY KEY,
  unit_code        VARCHAR(32)   NOT NULL,
  case_number      VARCHAR(40)   NOT NULL,
  kind             VARCHAR(16)   NOT NULL, -- INSPECTION, PENALTY, COERCION, LICENSING
  title            VARCHAR(200)  NOT NULL,
  party_type       VARCHAR(16)   NOT NULL, -- PERSON, COMPANY
  party_name       VARCHAR(100)  NOT NULL,
  party_id_number  VARCHAR(18)   NOT NULL,
  party_phone      VARCHAR(20),
  party_address    VARCHAR(200),
  facts            VARCHAR(4000) NOT NULL,
  legal_basis      VARCHAR(1000) NOT NULL,
  discretion_id    UUID,
  step             VARCHAR(16)   NOT NULL,
  proposal         VARCHAR(4000),
  penalty_amount   DECIMAL(14, 2),
  licence_revoked  BOOLEAN       NOT NULL DEFAULT FALSE,
  hearing_held     BOOLEAN       NOT NULL DEFAULT FALSE,
  complex_case     BOOLEAN       NOT NULL DEFAULT FALSE,
  review_status    VARCHAR(16),            -- PENDING, PASSED, REJECTED
  review_opinion   VARCHAR(2000),
  reviewer         VARCHAR(64),
  decision_number  VARCHAR(60),
  decided_on       DATE,
  revoked          BOOLEAN       NOT NULL DEFAULT FALSE,
  filed_by         VARCHAR(64)   NOT NULL,
  record_length    INT           NOT NULL DEFAULT 0,  -- entries in the case record
  record_head      VARCHAR(64)   NOT NULL,            -- hash of the last entry (the chain's head)
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT enf_case_number_uk UNIQUE (case_number)
);
CREATE INDEX enf_case_unit_idx ON enf_case (unit_code, updated_at);
CREATE INDEX enf_case_step_idx ON enf_case (step, review_status);

CREATE TABLE enf_case_officer
(
  case_id    UUID NOT NULL,
  officer_id UUID NOT NULL,
  PRIMARY KEY (case_id, officer_id)
);

-- The case record (全过程记录): append-only, each entry's hash covers the previous hash and its content.
CREATE TABLE enf_record
(
  id           UUID PRIMARY KEY,
  case_id      UUID          NOT NULL,
  seq          INT           NOT NULL,
  kind         VARCHAR(16)   NOT NULL, -- STEP, DOCUMENT, FILE, REVIEW, CORRECTION, PUBLICATION
  step         VARCHAR(16)   NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  summary      VARCHAR(500)  NOT NULL,
  content      VARCHAR(8000),
  file_name    VARCHAR(255),
  file_type    VARCHAR(100),
  file_size    BIGINT,
  file_sha256  VARCHAR(64),
  storage_key  VARCHAR(64),
  corrects_seq INT,
  prev_hash    VARCHAR(64)   NOT NULL,
  hash         VARCHAR(64)   NOT NULL,
  CONSTRAINT enf_record_seq_uk UNIQUE (case_id, seq)
);

-- Publication (事后公示) of a decision: due within 7 or 20 working days of the decision; withdrawn on revocation.
CREATE TABLE enf_publication
(
  id               UUID PRIMARY KEY,
  case_id          UUID          NOT NULL,
  unit_code        VARCHAR(32)   NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  case_number      VARCHAR(40)   NOT NULL,
  decision_number  VARCHAR(60),
  title            VARCHAR(200)  NOT NULL,
  party            VARCHAR(100)  NOT NULL, -- masked
  party_id         VARCHAR(18)   NOT NULL, -- masked
  facts            VARCHAR(4000) NOT NULL, -- masked
  legal_basis      VARCHAR(1000) NOT NULL,
  decision         VARCHAR(4000) NOT NULL, -- masked
  decided_on       DATE          NOT NULL,
  due_on           DATE          NOT NULL,
  due_provisional  BOOLEAN       NOT NULL DEFAULT FALSE,
  published_at     TIMESTAMP WITH TIME ZONE,
  published_on     DATE,                   -- China date of publication, compared with due_on
  published_by     VARCHAR(64),
  withdrawn_at     TIMESTAMP WITH TIME ZONE,
  withdrawal_reason VARCHAR(500),
  CONSTRAINT enf_publication_case_uk UNIQUE (case_id)
);
CREATE INDEX enf_publication_due_idx ON enf_publication (published_at, due_on);
CREATE INDEX enf_publication_unit_idx ON enf_publication (unit_code, decided_on);

-- Gapless case numbers per unit and year, taken under a row lock.
CREATE TABLE enf_counter
(
  unit_code   VARCHAR(32) NOT NULL,
  counter_year INT        NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (unit_code, counter_year)
);
