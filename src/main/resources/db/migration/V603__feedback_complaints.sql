-- Complaints (投诉) share the 差评台账: the channel they came by, their type (which sets the deadline) and
-- attachments such as the photo of a suggestion-box note.
ALTER TABLE ledger_entry ADD COLUMN channel VARCHAR(24);        -- SUGGESTION_BOX, HOTLINE, EMAIL, WEB, STAFF_QR
ALTER TABLE ledger_entry ADD COLUMN complaint_type VARCHAR(16); -- URGENT, CONSULTATION, COMPLAINT

CREATE TABLE ledger_attachment
(
  id           UUID PRIMARY KEY,
  entry_id     UUID          NOT NULL REFERENCES ledger_entry (id),
  file_name    VARCHAR(200)  NOT NULL,
  content_type VARCHAR(100)  NOT NULL,
  content      BYTEA         NOT NULL,
  uploaded_by  VARCHAR(64),
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ledger_attachment_entry_idx ON ledger_attachment (entry_id);
