package org.servicewindow.queue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.internal.AppointmentBook;
import org.servicewindow.queue.internal.AppointmentBook.Entry;
import org.servicewindow.queue.internal.AppointmentBook.Slot;
import org.servicewindow.queue.internal.AppointmentBook.Status;
import org.servicewindow.queue.internal.QueueServices;
import org.servicewindow.queue.internal.QueueServices.QueueService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments (预约): a hall offers time slots per service with a capacity; a citizen books one with name
 * and phone and gets the code by SMS; checking in at the kiosk with the code or the phone turns the
 * booking into a ticket that goes ahead of walk-ins — if the citizen is there by the slot's start plus the
 * hall's grace period, otherwise in the ordinary line. A booking nobody checked in for is a no-show once
 * its slot has ended.
 */
@Service
public class Appointments {

  /** A check-in opens this long before the slot starts. */
  static final Duration EARLIEST_CHECK_IN = Duration.ofMinutes(60);
  /** Slots can be booked this many days ahead. */
  public static final int BOOKING_DAYS = 14;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A booking as the citizen, the kiosk and the hall see it. */
  public record Booking(UUID id, String hallCode, String hallName, String serviceCode, String serviceName, LocalDate day,
      Instant startsAt, Instant endsAt, String code, String name, String phone, Status status, Instant bookedAt,
      Instant checkedInAt, boolean late, UUID ticketId) {}

  /** A slot with its service's label. */
  public record SlotView(Slot slot, String serviceName) {}

  /** Slots to create: each listed period on each working day the hall opens between two dates. */
  public record SlotPlan(String hallCode, String serviceCode, LocalDate from, LocalDate to,
      List<OpeningHours.Period> periods, int capacity) {}

  private final AppointmentBook book;
  private final QueueServices services;
  private final QueueManagement queue;
  private final OrganizationApi organization;
  private final WorkingDays workingDays;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  Appointments(AppointmentBook book, QueueServices services, QueueManagement queue, OrganizationApi organization,
      WorkingDays workingDays, Notifications notifications, AuditTrail audit, Clock clock) {
    this.book = book;
    this.services = services;
    this.queue = queue;
    this.organization = organization;
    this.workingDays = workingDays;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  // --- citizens ----------------------------------------------------------------------------------

  /** Halls that take appointments now, i.e. have a slot with room left. */
  @Transactional(readOnly = true)
  public List<HallSummary> hallsTakingBookings() {
    Instant now = clock.instant();
    return organization.halls().stream().filter(h -> !book.servicesWithSlots(h.code(), now).isEmpty()).toList();
  }

  /** The services of a hall that have slots with room, in kiosk order. */
  @Transactional(readOnly = true)
  public List<QueueService> bookableServices(String hall) {
    List<String> codes = book.servicesWithSlots(hall(hall).code(), clock.instant());
    return services.ofHall(hall).stream().filter(QueueService::enabled).filter(s -> codes.contains(s.serviceCode())).toList();
  }

  /** The days of the next two weeks with room in a service's slots. */
  @Transactional(readOnly = true)
  public List<LocalDate> bookableDays(String hall, String service) {
    LocalDate today = ChinaTime.today(clock);
    return book.daysWithRoom(hall, service, today, today.plusDays(BOOKING_DAYS), clock.instant());
  }

  /** A day's slots of a service that have not started yet (full ones included, shown as full). */
  @Transactional(readOnly = true)
  public List<Slot> slotsOn(String hall, String service, LocalDate day) {
    return book.bookable(hall, service, day, clock.instant());
  }

  public QueueService service(String hall, String service) {
    return services.find(hall, service).filter(QueueService::enabled)
        .orElseThrow(() -> new NotFoundException("queue.serviceNotFound", service));
  }

  /**
   * Books a place in a slot and sends the code by SMS. Refused when the slot has started or is full, or
   * the phone already holds a booking of that service that day.
   */
  @Transactional
  public Booking book(UUID slotId, String name, String phone) {
    Slot slot = book.slot(slotId).orElseThrow(() -> new NotFoundException("queue.appointment.slotNotFound"));
    Instant now = clock.instant();
    if (!slot.startsAt().isAfter(now)) {
      throw new BusinessRuleException("queue.appointment.slotStarted");
    }
    QueueService service = service(slot.hallCode(), slot.serviceCode());
    if (book.holds(slot.hallCode(), slot.serviceCode(), slot.day(), phone)) {
      throw new ConflictException("queue.appointment.alreadyBooked", service.name(), slot.day().toString());
    }
    if (!book.takePlace(slot.id())) {
      throw new ConflictException("queue.appointment.slotFull");
    }
    Entry entry = null;
    for (int attempt = 0; attempt < 20 && entry == null; attempt++) {
      Entry candidate = new Entry(Ids.newId(clock), slot.id(), slot.hallCode(), slot.serviceCode(), slot.day(),
          slot.startsAt(), slot.endsAt(), String.format("%06d", RANDOM.nextInt(1_000_000)), name.trim(), phone, Status.BOOKED,
          now, null, false, null);
      if (book.add(candidate, now)) {
        entry = candidate;
      }
    }
    if (entry == null) {
      throw new IllegalStateException("no free appointment code in " + slot.hallCode() + " on " + slot.day());
    }
    Booking booking = view(entry);
    notifications.send(Notification.of(Channel.SMS, phone, "queue.appointmentBooked", "appointment:" + entry.id(),
        booking.hallName(), booking.serviceName(), slot.day().toString(), time(slot.startsAt()), time(slot.endsAt()),
        entry.code()));
    audit.record("appointment.booked", "appointment", entry.id(), null, auditState(booking));
    return booking;
  }

  @Transactional(readOnly = true)
  public Booking booking(UUID id) {
    return book.find(id).map(this::view).orElseThrow(() -> new NotFoundException("queue.appointment.notFound"));
  }

  /** The citizen cancels (from the confirmation page; the booking's id is their proof). */
  @Transactional
  public Booking cancel(UUID id) {
    Entry entry = book.lock(id).orElseThrow(() -> new NotFoundException("queue.appointment.notFound"));
    if (entry.status() != Status.BOOKED) {
      throw new ConflictException("queue.appointment.notOpen", statusKey(entry.status()));
    }
    book.close(id, Status.CANCELLED, clock.instant());
    book.givePlaceBack(entry.slotId());
    Booking before = view(entry);
    Booking after = booking(id);
    audit.record("appointment.cancelled", "appointment", id, auditState(before), auditState(after));
    return after;
  }

  // --- the kiosk ---------------------------------------------------------------------------------

  /**
   * Checks a citizen in with their code (typed, or scanned from the QR code of the confirmation) or the
   * phone they booked with, and issues their ticket.
   *
   * @param codeOrPhone six digits (the code) or an eleven-digit mobile number
   */
  @Transactional
  public TicketView checkIn(String hallCode, String codeOrPhone, Actor actor) {
    HallSummary hall = hall(hallCode);
    if (!mayCheckIn(actor, hall.code())) {
      throw new AccessDeniedException("not a kiosk or staff of " + hall.code());
    }
    String key = codeOrPhone == null ? "" : codeOrPhone.trim();
    LocalDate today = ChinaTime.today(clock);
    Instant now = clock.instant();
    Entry found;
    if (key.matches("\\d{6}")) {
      found = book.byCode(hall.code(), today, key).orElseThrow(() -> new NotFoundException("queue.appointment.noneToday"));
    } else if (key.matches("1[3-9]\\d{9}")) {
      List<Entry> ofPhone = book.byPhone(hall.code(), today, key);
      found = ofPhone.stream().filter(e -> e.status() == Status.BOOKED && e.endsAt().isAfter(now)).findFirst()
          .or(() -> ofPhone.stream().findFirst())
          .orElseThrow(() -> new NotFoundException("queue.appointment.noneToday"));
    } else {
      throw new BusinessRuleException("queue.appointment.codeOrPhone");
    }
    Entry entry = book.lock(found.id()).orElseThrow();
    if (entry.status() == Status.CHECKED_IN) {
      String number = queue.ticket(entry.ticketId()).number();
      throw new ConflictException("queue.appointment.alreadyCheckedIn", number);
    }
    if (entry.status() != Status.BOOKED) {
      throw new ConflictException("queue.appointment.notOpen", statusKey(entry.status()));
    }
    if (!entry.endsAt().isAfter(now)) {
      throw new BusinessRuleException("queue.appointment.slotOver", time(entry.startsAt()), time(entry.endsAt()));
    }
    if (now.isBefore(entry.startsAt().minus(EARLIEST_CHECK_IN))) {
      throw new BusinessRuleException("queue.appointment.tooEarly", time(entry.startsAt().minus(EARLIEST_CHECK_IN)));
    }
    boolean inTime = !now.isAfter(entry.startsAt().plus(Duration.ofMinutes(book.graceMinutes(hall.code()))));
    TicketView ticket = queue.issueForAppointment(hall.code(), entry.serviceCode(), inTime, entry.phone(), actor);
    book.checkedIn(entry.id(), ticket.id(), !inTime, now);
    audit.record("appointment.checkedIn", "appointment", entry.id(), Map.of("status", entry.status().name()),
        Map.of("status", Status.CHECKED_IN.name(), "ticket", ticket.number(), "late", !inTime));
    return ticket;
  }

  // --- the scheduled job -------------------------------------------------------------------------

  /** Marks bookings nobody checked in for as no-shows once their slot has ended; safe on every node. */
  @Transactional
  public int markNoShows() {
    Instant now = clock.instant();
    int marked = 0;
    for (UUID id : book.overdue(now, 500)) {
      if (book.close(id, Status.NO_SHOW, now)) {
        audit.record("appointment.noShow", "appointment", id, Map.of("status", Status.BOOKED.name()),
            Map.of("status", Status.NO_SHOW.name()));
        marked++;
      }
    }
    return marked;
  }

  // --- hall administration -----------------------------------------------------------------------

  /**
   * Creates the slots of a plan, skipping days that are not working days or on which the hall is closed
   * and slots that exist already; returns how many were created.
   */
  @Transactional
  public int plan(Actor actor, SlotPlan plan) {
    HallSummary hall = QueueAdministration.administered(organization, actor, plan.hallCode());
    QueueService service = services.find(hall.code(), plan.serviceCode())
        .orElseThrow(() -> new NotFoundException("queue.serviceNotFound", plan.serviceCode()));
    if (plan.to().isBefore(plan.from())) {
      throw new BusinessRuleException("queue.slots.range");
    }
    if (plan.from().isBefore(ChinaTime.today(clock)) || plan.to().isAfter(plan.from().plusDays(92))) {
      throw new BusinessRuleException("queue.slots.window");
    }
    int created = 0;
    for (LocalDate d = plan.from(); !d.isAfter(plan.to()); d = d.plusDays(1)) {
      if (!workingDays.isWorkingDay(d) || !opens(hall, d)) {
        continue;
      }
      for (OpeningHours.Period p : plan.periods()) {
        Instant start = d.atTime(p.start()).atZone(ChinaTime.ZONE).toInstant();
        Instant end = d.atTime(p.end()).atZone(ChinaTime.ZONE).toInstant();
        if (book.addSlot(new Slot(Ids.newId(clock), hall.code(), service.serviceCode(), d, start, end, plan.capacity(), 0))) {
          created++;
        }
      }
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("service", service.serviceCode());
    after.put("from", plan.from().toString());
    after.put("to", plan.to().toString());
    after.put("periods", plan.periods().stream().map(Object::toString).toList());
    after.put("capacity", plan.capacity());
    after.put("created", created);
    audit.record("appointment.slotsPlanned", "hall", hall.code(), null, after);
    return created;
  }

  @Transactional(readOnly = true)
  public Paged<SlotView> slots(Actor actor, String hall, LocalDate from, String service, PageQuery page) {
    HallSummary h = QueueAdministration.administered(organization, actor, hall);
    Map<String, String> names = names(h.code());
    return book.slots(h.code(), from, service, page)
        .map(s -> new SlotView(s, names.getOrDefault(s.serviceCode(), s.serviceCode())));
  }

  @Transactional
  public void changeCapacity(Actor actor, UUID slotId, int capacity) {
    Slot slot = administeredSlot(actor, slotId);
    if (!book.changeCapacity(slotId, capacity)) {
      throw new ConflictException("queue.slots.belowBooked", slot.booked());
    }
    audit.record("appointment.slotChanged", "appointmentSlot", slotId, Map.of("capacity", slot.capacity()),
        Map.of("capacity", capacity));
  }

  @Transactional
  public Slot deleteSlot(Actor actor, UUID slotId) {
    Slot slot = administeredSlot(actor, slotId);
    if (!book.deleteSlot(slotId)) {
      throw new ConflictException("queue.slots.hasBookings");
    }
    audit.record("appointment.slotDeleted", "appointmentSlot", slotId,
        Map.of("service", slot.serviceCode(), "startsAt", slot.startsAt().toString(), "capacity", slot.capacity()), null);
    return slot;
  }

  @Transactional(readOnly = true)
  public Paged<Booking> bookings(Actor actor, String hall, LocalDate day, PageQuery page) {
    HallSummary h = QueueAdministration.administered(organization, actor, hall);
    return book.ofDay(h.code(), day, page).map(this::view);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private Slot administeredSlot(Actor actor, UUID slotId) {
    Slot slot = book.slot(slotId).orElseThrow(() -> new NotFoundException("queue.appointment.slotNotFound"));
    QueueAdministration.administered(organization, actor, slot.hallCode());
    return slot;
  }

  private static boolean opens(HallSummary hall, LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return hall.openingHours() == null || !hall.openingHours().on(dow).isEmpty()
        || (dow.getValue() >= 6 && !hall.openingHours().onAdjustedWorkday().isEmpty());
  }

  private static boolean mayCheckIn(Actor actor, String hall) {
    return actor != null && hall.equals(actor.hallCode())
        && (actor.has(Role.DEVICE_KIOSK) || (!actor.isDevice() && (actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER))));
  }

  private Map<String, String> names(String hall) {
    Map<String, String> names = new LinkedHashMap<>();
    services.ofHall(hall).forEach(s -> names.put(s.serviceCode(), s.name()));
    return names;
  }

  private Booking view(Entry e) {
    String hallName = organization.hall(e.hallCode()).map(HallSummary::name).orElse(e.hallCode());
    String serviceName = services.find(e.hallCode(), e.serviceCode()).map(QueueService::name).orElse(e.serviceCode());
    return new Booking(e.id(), e.hallCode(), hallName, e.serviceCode(), serviceName, e.day(), e.startsAt(), e.endsAt(),
        e.code(), e.name(), e.phone(), e.status(), e.bookedAt(), e.checkedInAt(), e.late(), e.ticketId());
  }

  private HallSummary hall(String code) {
    return organization.hall(code).orElseThrow(() -> new NotFoundException("queue.hallNotFound", code));
  }

  private static Map<String, Object> auditState(Booking b) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("hall", b.hallCode());
    state.put("service", b.serviceCode());
    state.put("startsAt", b.startsAt().toString());
    state.put("status", b.status().name());
    state.put("phone", mask(b.phone()));
    return state;
  }

  private static String mask(String phone) {
    return phone == null || phone.length() < 7 ? "***" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  private static org.springframework.context.support.DefaultMessageSourceResolvable statusKey(Status status) {
    return new org.springframework.context.support.DefaultMessageSourceResolvable("queue.appointment.status." + status);
  }

  static String time(Instant instant) {
    return TIME.format(instant.atZone(ChinaTime.ZONE));
  }

  /** Parses periods such as 09:00-10:00 separated by commas; refuses anything else. */
  public static List<OpeningHours.Period> periods(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException("queue.slots.periods");
    }
    try {
      return java.util.Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).map(s -> {
        String[] parts = s.split("[-–~]");
        if (parts.length != 2) {
          throw new BusinessRuleException("queue.slots.periods");
        }
        return new OpeningHours.Period(LocalTime.parse(pad(parts[0])), LocalTime.parse(pad(parts[1])));
      }).toList();
    } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
      throw new BusinessRuleException("queue.slots.periods");
    }
  }

  private static String pad(String t) {
    String s = t.trim();
    return s.length() == 4 ? "0" + s : s;
  }
}
