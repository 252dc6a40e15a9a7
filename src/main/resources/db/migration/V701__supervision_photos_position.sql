-- Photos of an inspection (re-encoded JPEG without metadata, and a thumbnail), optionally for one checklist item,
-- and the position of the visit as the inspector's phone reported it (optional, with its accuracy).
ALTER TABLE supervision_inspection ADD COLUMN gps_latitude DOUBLE PRECISION;
ALTER TABLE supervision_inspection ADD COLUMN gps_longitude DOUBLE PRECISION;
ALTER TABLE supervision_inspection ADD COLUMN gps_accuracy_m DOUBLE PRECISION;
ALTER TABLE supervision_inspection ADD COLUMN gps_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE supervision_photo (
  id            UUID PRIMARY KEY,
  inspection_id UUID NOT NULL REFERENCES supervision_inspection (id),
  item_code     VARCHAR(40),
  file_name     VARCHAR(200) NOT NULL,
  upload_sha256 VARCHAR(64) NOT NULL,
  width         INT NOT NULL,
  height        INT NOT NULL,
  content       BYTEA NOT NULL,
  thumbnail     BYTEA NOT NULL,
  uploaded_by   VARCHAR(64) NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supervision_photo_inspection ON supervision_photo (inspection_id, uploaded_at);
