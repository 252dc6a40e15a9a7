package org.servicewindow.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointment slots with their capacity, and the bookings made in them. */
@Repository
public class AppointmentBook {

  /** A time slot of one service in one hall. */
  public record Slot(UUID id, String hallCode, String serviceCode, LocalDate day, Instant startsAt, Instant endsAt,
      int capacity, int booked) {
    public int free() {
      return Math.max(0, capacity - booked);
    }
  }

  public enum Status {
    BOOKED,
    CHECKED_IN,
    CANCELLED,
    NO_SHOW
  }

  /** A booking, with its slot's times. */
  public record Entry(UUID id, UUID slotId, String hallCode, String serviceCode, LocalDate day, Instant startsAt,
      Instant endsAt, String code, String name, String phone, Status status, Instant bookedAt, Instant checkedInAt,
      boolean late, UUID ticketId) {}

  private static final String ENTRY = """
      SELECT a.*, s.starts_at, s.ends_at FROM appointment a JOIN appointment_slot s ON s.id = a.slot_id
      """;

  public static final int DEFAULT_GRACE_MINUTES = 15;

  private final JdbcClient jdbc;

  AppointmentBook(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a slot unless the service already has one starting then; returns whether it was added. */
  public boolean addSlot(Slot s) {
    return jdbc.sql("""
            INSERT INTO appointment_slot (id, hall_code, service_code, slot_day, starts_at, ends_at, capacity, booked)
            VALUES (:id, :hall, :service, :day, :starts, :ends, :capacity, 0) ON CONFLICT DO NOTHING
            """)
        .param("id", s.id()).param("hall", s.hallCode()).param("service", s.serviceCode()).param("day", s.day())
        .param("starts", SqlTime.param(s.startsAt())).param("ends", SqlTime.param(s.endsAt()))
        .param("capacity", s.capacity())
        .update() == 1;
  }

  public Optional<Slot> slot(UUID id) {
    return jdbc.sql("SELECT * FROM appointment_slot WHERE id = :id").param("id", id).query(AppointmentBook::slot).optional();
  }

  /** The slots of a hall from a day on, optionally of one service, by time. */
  public Paged<Slot> slots(String hall, LocalDate from, String service, PageQuery page) {
    String where = "hall_code = :hall AND slot_day >= :from" + (service == null ? "" : " AND service_code = :service");
    var count = jdbc.sql("SELECT COUNT(*) FROM appointment_slot WHERE " + where).param("hall", hall).param("from", from);
    var list = jdbc.sql("SELECT * FROM appointment_slot WHERE " + where
            + " ORDER BY starts_at, service_code LIMIT :limit OFFSET :offset")
        .param("hall", hall).param("from", from).param("limit", page.size()).param("offset", page.offset());
    if (service != null) {
      count = count.param("service", service);
      list = list.param("service", service);
    }
    return page.result(list.query(AppointmentBook::slot).list(), count.query(Long.class).single());
  }

  /** Slots of a service on a day that start after {@code after}, by time. */
  public List<Slot> bookable(String hall, String service, LocalDate day, Instant after) {
    return jdbc.sql("""
            SELECT * FROM appointment_slot
             WHERE hall_code = :hall AND service_code = :service AND slot_day = :day AND starts_at > :after
             ORDER BY starts_at
            """)
        .param("hall", hall).param("service", service).param("day", day).param("after", SqlTime.param(after))
        .query(AppointmentBook::slot).list();
  }

  /** The days from {@code from} to {@code to} on which a service has a slot with room left after {@code after}. */
  public List<LocalDate> daysWithRoom(String hall, String service, LocalDate from, LocalDate to, Instant after) {
    return jdbc.sql("""
            SELECT DISTINCT slot_day FROM appointment_slot
             WHERE hall_code = :hall AND service_code = :service AND slot_day BETWEEN :from AND :to
               AND starts_at > :after AND booked < capacity
             ORDER BY slot_day
            """)
        .param("hall", hall).param("service", service).param("from", from).param("to", to)
        .param("after", SqlTime.param(after))
        .query(LocalDate.class).list();
  }

  /** The services of a hall that have bookable slots from {@code after} on. */
  public List<String> servicesWithSlots(String hall, Instant after) {
    return jdbc.sql("""
            SELECT DISTINCT service_code FROM appointment_slot
             WHERE hall_code = :hall AND starts_at > :after AND booked < capacity
            """)
        .param("hall", hall).param("after", SqlTime.param(after)).query(String.class).list();
  }

  /** Takes one place of a slot if there is one left; the guard in the update makes it safe under concurrency. */
  public boolean takePlace(UUID slot) {
    return jdbc.sql("UPDATE appointment_slot SET booked = booked + 1 WHERE id = :id AND booked < capacity")
        .param("id", slot).update() == 1;
  }

  public void givePlaceBack(UUID slot) {
    jdbc.sql("UPDATE appointment_slot SET booked = booked - 1 WHERE id = :id AND booked > 0").param("id", slot).update();
  }

  /** Changes a slot's capacity, never below the places already booked; returns whether it changed. */
  public boolean changeCapacity(UUID slot, int capacity) {
    return jdbc.sql("UPDATE appointment_slot SET capacity = :capacity WHERE id = :id AND booked <= :capacity")
        .param("capacity", capacity).param("id", slot).update() == 1;
  }

  /** Removes a slot nobody holds a booking in; returns whether it was removed. */
  public boolean deleteSlot(UUID slot) {
    int bookings = jdbc.sql("SELECT COUNT(*) FROM appointment WHERE slot_id = :id").param("id", slot)
        .query(Integer.class).single();
    if (bookings > 0) {
      return false;
    }
    return jdbc.sql("DELETE FROM appointment_slot WHERE id = :id").param("id", slot).update() == 1;
  }

  /** Adds a booking unless its code is taken that day in that hall; returns whether it was added. */
  public boolean add(Entry e, Instant now) {
    return jdbc.sql("""
            INSERT INTO appointment (id, slot_id, hall_code, service_code, slot_day, code, name, phone, status, booked_at)
            VALUES (:id, :slot, :hall, :service, :day, :code, :name, :phone, 'BOOKED', :now) ON CONFLICT DO NOTHING
            """)
        .param("id", e.id()).param("slot", e.slotId()).param("hall", e.hallCode()).param("service", e.serviceCode())
        .param("day", e.day()).param("code", e.code()).param("name", e.name()).param("phone", e.phone())
        .param("now", SqlTime.param(now))
        .update() == 1;
  }

  public Optional<Entry> find(UUID id) {
    return jdbc.sql(ENTRY + " WHERE a.id = :id").param("id", id).query(AppointmentBook::entry).optional();
  }

  /** Reads and locks a booking for a change. */
  public Optional<Entry> lock(UUID id) {
    jdbc.sql("SELECT id FROM appointment WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
    return find(id);
  }

  public Optional<Entry> byCode(String hall, LocalDate day, String code) {
    return jdbc.sql(ENTRY + " WHERE a.hall_code = :hall AND a.slot_day = :day AND a.code = :code")
        .param("hall", hall).param("day", day).param("code", code).query(AppointmentBook::entry).optional();
  }

  /** A phone's bookings in a hall on a day, earliest slot first. */
  public List<Entry> byPhone(String hall, LocalDate day, String phone) {
    return jdbc.sql(ENTRY + " WHERE a.hall_code = :hall AND a.slot_day = :day AND a.phone = :phone ORDER BY s.starts_at")
        .param("hall", hall).param("day", day).param("phone", phone).query(AppointmentBook::entry).list();
  }

  /** Whether a phone already holds an open booking of a service on a day. */
  public boolean holds(String hall, String service, LocalDate day, String phone) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM appointment
             WHERE hall_code = :hall AND service_code = :service AND slot_day = :day AND phone = :phone AND status = 'BOOKED'
            """)
        .param("hall", hall).param("service", service).param("day", day).param("phone", phone)
        .query(Integer.class).single() > 0;
  }

  /** The bookings of a hall on a day, by slot time. */
  public Paged<Entry> ofDay(String hall, LocalDate day, PageQuery page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM appointment WHERE hall_code = :hall AND slot_day = :day")
        .param("hall", hall).param("day", day).query(Long.class).single();
    List<Entry> items = jdbc.sql(ENTRY + " WHERE a.hall_code = :hall AND a.slot_day = :day"
            + " ORDER BY s.starts_at, a.booked_at LIMIT :limit OFFSET :offset")
        .param("hall", hall).param("day", day).param("limit", page.size()).param("offset", page.offset())
        .query(AppointmentBook::entry).list();
    return page.result(items, total);
  }

  /** Changes a booking's status, provided it is still booked; returns whether it changed. */
  public boolean close(UUID id, Status status, Instant now) {
    return jdbc.sql("UPDATE appointment SET status = :status, closed_at = :now WHERE id = :id AND status = 'BOOKED'")
        .param("status", status.name()).param("now", SqlTime.param(now)).param("id", id).update() == 1;
  }

  public void checkedIn(UUID id, UUID ticket, boolean late, Instant now) {
    jdbc.sql("""
            UPDATE appointment SET status = 'CHECKED_IN', checked_in_at = :now, late = :late, ticket_id = :ticket
             WHERE id = :id AND status = 'BOOKED'
            """)
        .param("now", SqlTime.param(now)).param("late", late).param("ticket", ticket).param("id", id).update();
  }

  /** Bookings still open whose slot ended before {@code before}. */
  public List<UUID> overdue(Instant before, int limit) {
    return jdbc.sql("""
            SELECT a.id FROM appointment a JOIN appointment_slot s ON s.id = a.slot_id
             WHERE a.status = 'BOOKED' AND s.ends_at < :before ORDER BY s.ends_at LIMIT :limit
            """)
        .param("before", SqlTime.param(before)).param("limit", limit).query(UUID.class).list();
  }

  /** Minutes after a slot's start during which a check-in still goes ahead of walk-ins (15 by default). */
  public int graceMinutes(String hall) {
    return jdbc.sql("SELECT appointment_grace_min FROM queue_settings WHERE hall_code = :hall").param("hall", hall)
        .query(Integer.class).optional().orElse(DEFAULT_GRACE_MINUTES);
  }

  /** Stores a hall's grace period; the hall's settings row must exist. */
  public void saveGraceMinutes(String hall, int minutes) {
    jdbc.sql("UPDATE queue_settings SET appointment_grace_min = :minutes WHERE hall_code = :hall")
        .param("minutes", minutes).param("hall", hall).update();
  }

  private static Slot slot(ResultSet rs, int n) throws SQLException {
    return new Slot(rs.getObject("id", UUID.class), rs.getString("hall_code"), rs.getString("service_code"),
        rs.getObject("slot_day", LocalDate.class), SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at"),
        rs.getInt("capacity"), rs.getInt("booked"));
  }

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    return new Entry(rs.getObject("id", UUID.class), rs.getObject("slot_id", UUID.class), rs.getString("hall_code"),
        rs.getString("service_code"), rs.getObject("slot_day", LocalDate.class), SqlTime.instant(rs, "starts_at"),
        SqlTime.instant(rs, "ends_at"), rs.getString("code"), rs.getString("name"), rs.getString("phone"),
        Status.valueOf(rs.getString("status")), SqlTime.instant(rs, "booked_at"), SqlTime.instant(rs, "checked_in_at"),
        rs.getBoolean("late"), rs.getObject("ticket_id", UUID.class));
  }
}
