-- A paper evaluation form entered by staff (channel PAPER) keeps its scan next to the rating.
CREATE TABLE evaluation_scan
(
  evaluation_id UUID PRIMARY KEY REFERENCES evaluation (id),
  file_name     VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  content       BYTEA         NOT NULL,
  entered_by    VARCHAR(64)   NOT NULL,
  entered_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
