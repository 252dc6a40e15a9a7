-- Notices are immutable once issued: the database itself refuses to change or remove one.
CREATE FUNCTION application_notice_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'application notices are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER application_notice_immutable BEFORE UPDATE OR DELETE ON application_notice
  FOR EACH ROW EXECUTE FUNCTION application_notice_immutable();
CREATE TRIGGER application_notice_item_immutable BEFORE UPDATE OR DELETE ON application_notice_item
  FOR EACH ROW EXECUTE FUNCTION application_notice_immutable();
