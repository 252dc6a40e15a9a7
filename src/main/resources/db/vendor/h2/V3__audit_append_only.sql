-- The audit log is append-only: the database itself refuses to change or remove an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE, DELETE ON audit_log
  FOR EACH ROW CALL 'org.servicewindow.identity.internal.AppendOnlyTrigger';
