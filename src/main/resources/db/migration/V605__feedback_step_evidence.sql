-- Evidence on the ledger's steps (verify / rectify / explain / callback): an attachment may belong to the
-- step it proves; attachments of the entry itself (a suggestion-box photo) keep step_id NULL. The SHA-256 of
-- the content is kept so a file shown later can be checked against what was handed in.
ALTER TABLE ledger_attachment ADD COLUMN step_id UUID REFERENCES ledger_step (id);
ALTER TABLE ledger_attachment ADD COLUMN sha256 VARCHAR(64);
CREATE INDEX ledger_attachment_step_idx ON ledger_attachment (step_id);
