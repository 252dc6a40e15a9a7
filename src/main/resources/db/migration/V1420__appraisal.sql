-- 群众评议: appraisal campaigns in which citizens, companies and invited supervisors rate units on five
-- dimensions through a public questionnaire link. One response per person (verified phone, kept only as a
-- hash) per campaign, enforced by a unique constraint.

CREATE TABLE appraisal_campaign (
    id         UUID PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    token      VARCHAR(40)  NOT NULL UNIQUE,
    opens_on   DATE         NOT NULL,
    closes_on  DATE         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL
);

CREATE TABLE appraisal_campaign_unit (
    campaign_id UUID         NOT NULL REFERENCES appraisal_campaign (id) ON DELETE CASCADE,
    unit_code   VARCHAR(64)  NOT NULL,
    unit_name   VARCHAR(200) NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (campaign_id, unit_code)
);

CREATE TABLE appraisal_response (
    id              UUID PRIMARY KEY,
    campaign_id     UUID         NOT NULL REFERENCES appraisal_campaign (id) ON DELETE CASCADE,
    respondent_hash VARCHAR(64)  NOT NULL,
    respondent_kind VARCHAR(20)  NOT NULL,
    unit_code       VARCHAR(64)  NOT NULL,
    attitude        INT          NOT NULL,
    efficiency      INT          NOT NULL,
    results         INT          NOT NULL,
    environment     INT          NOT NULL,
    discipline      INT          NOT NULL,
    comment_text    VARCHAR(500),
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appraisal_one_per_person UNIQUE (campaign_id, respondent_hash),
    CONSTRAINT appraisal_scores CHECK (attitude BETWEEN 1 AND 5 AND efficiency BETWEEN 1 AND 5 AND results BETWEEN 1 AND 5
        AND environment BETWEEN 1 AND 5 AND discipline BETWEEN 1 AND 5)
);
CREATE INDEX appraisal_response_unit ON appraisal_response (campaign_id, unit_code, submitted_at);
