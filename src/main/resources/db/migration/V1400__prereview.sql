-- 网上预审 (online pre-review): phone verification codes, pre-applications, their form answers, uploaded
-- files and the one-time notices of what is missing. Files themselves live on disk outside the web root.

CREATE TABLE prereview_phone_code (
    id          UUID PRIMARY KEY,
    phone       VARCHAR(20)  NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    used        BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX prereview_phone_code_phone ON prereview_phone_code (phone, created_at);

CREATE TABLE prereview (
    id             UUID PRIMARY KEY,
    token_hash     VARCHAR(64)  NOT NULL UNIQUE,
    number         VARCHAR(40)  NOT NULL UNIQUE,
    service_code   VARCHAR(64)  NOT NULL,
    service_name   VARCHAR(200) NOT NULL,
    guide_version  INT          NOT NULL,
    unit_code      VARCHAR(64)  NOT NULL,
    applicant_name VARCHAR(100) NOT NULL,
    phone          VARCHAR(20)  NOT NULL,
    id_number      VARCHAR(18),
    status         VARCHAR(20)  NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    review_due_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded       BOOLEAN      NOT NULL DEFAULT FALSE,
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    reviewer       VARCHAR(100),
    application_id UUID,
    application_no VARCHAR(40),
    converted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT prereview_status CHECK (CASE status WHEN 'SUBMITTED' THEN TRUE WHEN 'NOTICE' THEN TRUE
        WHEN 'COMPLETE' THEN TRUE WHEN 'CONVERTED' THEN TRUE ELSE FALSE END)
);
CREATE INDEX prereview_unit ON prereview (unit_code, status, submitted_at);

CREATE TABLE prereview_field (
    prereview_id UUID         NOT NULL REFERENCES prereview (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    field_key    VARCHAR(64)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    field_value  VARCHAR(2000),
    PRIMARY KEY (prereview_id, field_key)
);

CREATE TABLE prereview_file (
    id            UUID PRIMARY KEY,
    prereview_id  UUID         NOT NULL REFERENCES prereview (id) ON DELETE CASCADE,
    material_code VARCHAR(64)  NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX prereview_file_of ON prereview_file (prereview_id);

CREATE TABLE prereview_notice (
    id           UUID PRIMARY KEY,
    prereview_id UUID         NOT NULL REFERENCES prereview (id) ON DELETE CASCADE,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by    VARCHAR(100) NOT NULL
);

CREATE TABLE prereview_notice_item (
    notice_id     UUID         NOT NULL REFERENCES prereview_notice (id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    material_code VARCHAR(64)  NOT NULL,
    material_name VARCHAR(200) NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    PRIMARY KEY (notice_id, material_code)
);
