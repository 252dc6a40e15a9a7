-- 服务承诺: each unit and hall publishes its service commitments (hours, time limits, attitude, complaint
-- handling) with the date they were signed. One current commitment per unit or hall; changes are audited.

CREATE TABLE commitment (
    id              UUID PRIMARY KEY,
    owner_kind      VARCHAR(10)   NOT NULL,
    owner_code      VARCHAR(64)   NOT NULL,
    owner_name      VARCHAR(200)  NOT NULL,
    unit_code       VARCHAR(64)   NOT NULL,
    hours           VARCHAR(1000) NOT NULL,
    time_limits     VARCHAR(2000) NOT NULL,
    attitude        VARCHAR(2000) NOT NULL,
    complaints      VARCHAR(2000) NOT NULL,
    complaint_phone VARCHAR(40)   NOT NULL,
    signed_on       DATE          NOT NULL,
    signed_by       VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT commitment_owner UNIQUE (owner_kind, owner_code),
    CONSTRAINT commitment_kind CHECK (CASE owner_kind WHEN 'UNIT' THEN TRUE WHEN 'HALL' THEN TRUE ELSE FALSE END)
);
CREATE INDEX commitment_unit ON commitment (unit_code);
