-- Notices are immutable once issued: the database itself refuses to change or remove one.
CREATE TRIGGER application_notice_immutable BEFORE UPDATE, DELETE ON application_notice
  FOR EACH ROW CALL 'org.servicewindow.casework.internal.ImmutableNoticeTrigger';
CREATE TRIGGER application_notice_item_immutable BEFORE UPDATE, DELETE ON application_notice_item
  FOR EACH ROW CALL 'org.servicewindow.casework.internal.ImmutableNoticeTrigger';
