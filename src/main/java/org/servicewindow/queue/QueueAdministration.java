package org.servicewindow.queue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.internal.AppointmentBook;
import org.servicewindow.queue.internal.QueueServices;
import org.servicewindow.queue.internal.QueueServices.QueueService;
import org.servicewindow.queue.internal.QueueSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hall's queue as its manager sets it up: the services the kiosks offer (label, number prefix, kind,
 * order) and how calling behaves (recalls, green-channel cap, call timeout, board notice, appointment
 * grace period). The hall's manager and the operator may change it; anyone else is told the hall does
 * not exist.
 */
@Service
public class QueueAdministration {

  /** How a hall's queue behaves, as the settings form edits it. */
  public record HallSettings(int maxRecalls, int greenCap, int callTimeoutMinutes, String notice,
      int appointmentGraceMinutes) {}

  private final QueueServices services;
  private final QueueSettings settings;
  private final AppointmentBook appointments;
  private final OrganizationApi organization;
  private final AuditTrail audit;
  private final org.servicewindow.queue.internal.HallDirectory directory;

  QueueAdministration(QueueServices services, QueueSettings settings, AppointmentBook appointments,
      OrganizationApi organization, AuditTrail audit, org.servicewindow.queue.internal.HallDirectory directory) {
    this.directory = directory;
    this.services = services;
    this.settings = settings;
    this.appointments = appointments;
    this.organization = organization;
    this.audit = audit;
  }

  /** The halls whose queue the actor sets up: every hall for the operator, their own for a hall manager. */
  public List<HallSummary> halls(Actor actor) {
    return organization.halls().stream().filter(h -> mayAdminister(actor, h.code())).toList();
  }

  public Paged<HallSummary> halls(Actor actor, PageQuery page) {
    return slice(halls(actor), page);
  }

  public HallSummary hall(Actor actor, String hall) {
    return administered(organization, actor, hall);
  }

  public Paged<QueueService> services(Actor actor, String hall, PageQuery page) {
    return slice(services.ofHall(administered(organization, actor, hall).code()), page);
  }

  public QueueService service(Actor actor, String hall, String code) {
    return services.find(administered(organization, actor, hall).code(), code)
        .orElseThrow(() -> new NotFoundException("queue.serviceNotFound", code));
  }

  /** Service codes the hall's windows handle that its line does not offer yet: the candidates for a new one. */
  public List<String> unlistedServiceCodes(Actor actor, String hall) {
    HallSummary h = administered(organization, actor, hall);
    Set<String> codes = new TreeSet<>();
    for (WindowSummary w : organization.windowsOf(h.code())) {
      codes.addAll(organization.servicesOf(w.code()));
    }
    services.ofHall(h.code()).forEach(s -> codes.remove(s.serviceCode()));
    return List.copyOf(codes);
  }

  /**
   * Adds a service to a hall's line or changes it. The prefix is one or two capital letters no other
   * service of the hall uses, so numbers never collide on the board.
   */
  @Transactional
  public QueueService save(Actor actor, QueueService service, boolean create) {
    HallSummary hall = administered(organization, actor, service.hallCode());
    String prefix = service.prefix() == null ? "" : service.prefix().trim().toUpperCase();
    if (!prefix.matches("[A-Z]{1,2}")) {
      throw new BusinessRuleException("queue.admin.prefixFormat");
    }
    var existing = services.find(hall.code(), service.serviceCode());
    if (create && existing.isPresent()) {
      throw new ConflictException("queue.admin.serviceExists", service.serviceCode());
    }
    if (!create && existing.isEmpty()) {
      throw new NotFoundException("queue.serviceNotFound", service.serviceCode());
    }
    services.ofHall(hall.code()).stream()
        .filter(s -> s.prefix().equals(prefix) && !s.serviceCode().equals(service.serviceCode()))
        .findFirst()
        .ifPresent(other -> {
          throw new ConflictException("queue.admin.prefixTaken", prefix, other.name());
        });
    QueueService saved = new QueueService(hall.code(), service.serviceCode().trim(), service.name().trim(), prefix,
        service.kind(), service.sortOrder(), service.enabled());
    services.save(saved);
    directory.forgetHall(hall.code()); // kiosks and calls on this node see the change at once
    audit.record(create ? "queue.serviceAdded" : "queue.serviceChanged", "queueService",
        hall.code() + "/" + saved.serviceCode(), existing.orElse(null), saved);
    return saved;
  }

  public HallSettings settings(Actor actor, String hall) {
    HallSummary h = administered(organization, actor, hall);
    var s = settings.of(h.code());
    return new HallSettings(s.maxRecalls(), s.greenCap(), s.callTimeoutMinutes(), s.notice(),
        appointments.graceMinutes(h.code()));
  }

  @Transactional
  public HallSettings saveSettings(Actor actor, String hall, HallSettings changed) {
    HallSettings before = settings(actor, hall);
    String notice = changed.notice() == null || changed.notice().isBlank() ? null : changed.notice().trim();
    settings.save(new QueueSettings.Settings(hall, changed.maxRecalls(), changed.greenCap(),
        changed.callTimeoutMinutes(), notice));
    appointments.saveGraceMinutes(hall, changed.appointmentGraceMinutes());
    directory.forgetHall(hall); // calls and recalls on this node use the new settings at once
    HallSettings after = new HallSettings(changed.maxRecalls(), changed.greenCap(), changed.callTimeoutMinutes(),
        notice, changed.appointmentGraceMinutes());
    audit.record("queue.settingsChanged", "hall", hall, before, after);
    return after;
  }

  /** The hall, if the actor administers its queue; otherwise it does not exist for them. */
  static HallSummary administered(OrganizationApi organization, Actor actor, String hall) {
    if (hall == null || !mayAdminister(actor, hall)) {
      throw new NotFoundException("queue.hallNotFound", hall);
    }
    return organization.hall(hall).orElseThrow(() -> new NotFoundException("queue.hallNotFound", hall));
  }

  static boolean mayAdminister(Actor actor, String hall) {
    return actor != null && !actor.isDevice()
        && (actor.has(Role.SYSADMIN) || (actor.has(Role.HALL_MANAGER) && hall.equals(actor.hallCode())));
  }

  /** One page of a short list that is read whole (a hall has tens of services, a city tens of halls). */
  public static <T> Paged<T> slice(List<T> all, PageQuery page) {
    int from = (int) Math.min(all.size(), page.offset());
    return page.result(all.subList(from, Math.min(all.size(), from + page.size())), all.size());
  }
}
