package org.servicewindow.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.casework.internal.Application;
import org.servicewindow.casework.internal.Applications;
import org.servicewindow.casework.internal.CaseHistory;
import org.servicewindow.casework.internal.CaseHistory.Notice;
import org.servicewindow.casework.internal.Material;
import org.servicewindow.casework.internal.MatterRecords;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.OneMatterBundle;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-matter bundles (一件事一次办) at the window: which bundles a window may receive, and a received matter
 * with its applications. The law's rules run per application — each is decided by its own unit, and the
 * 5-working-day rule of 行政许可法 第32条 and the one-time notice apply to each — so every application keeps
 * its own numbered notices; the matter only groups them, so the citizen gets one list of everything still
 * missing, each document once.
 */
@Service
public class CaseworkMatters {

  /**
   * A document still missing or not in legal form, once for all the matter's items that need it.
   *
   * @param state {@code DEFECTIVE} if any item found it defective, else {@code MISSING}
   */
  public record Outstanding(String code, String name, MaterialState state, String reason, List<String> serviceNames) {}

  /** A matter's latest supplement notice of one application, for the combined notice. */
  public record ItemNotice(Application application, Notice notice) {}

  /**
   * A received matter as the actor may see it.
   *
   * @param applications those of the matter in the actor's data scope, in the order received
   * @param outstanding what the open applications still lack, each document once
   * @param notices the latest supplement notice of each application that has one
   */
  public record MatterView(UUID id, String bundleCode, String name, Instant receivedAt, List<Application> applications,
      List<Outstanding> outstanding, List<ItemNotice> notices) {

    /** Applications still waiting for their first one-time notice. */
    public long awaitingNotice() {
      return applications.stream().filter(a -> a.status() == ApplicationStatus.RECEIVED && !a.outstanding().isEmpty())
          .count();
    }
  }

  private final Casework casework;
  private final Applications applications;
  private final CaseHistory history;
  private final MatterRecords matters;
  private final Catalog catalog;

  CaseworkMatters(Casework casework, Applications applications, CaseHistory history, MatterRecords matters,
      Catalog catalog) {
    this.casework = casework;
    this.applications = applications;
    this.history = history;
    this.matters = matters;
    this.catalog = catalog;
  }

  /**
   * The bundles the actor may receive: every mandatory item must be one they may receive; of a menu, only
   * the optional items they may receive are offered.
   */
  public List<OneMatterBundle> bundlesFor(Actor actor) {
    List<OneMatterBundle> offered = new ArrayList<>();
    for (OneMatterBundle b : catalog.bundles()) {
      List<OneMatterBundle.Item> items = b.items().stream()
          .filter(i -> catalog.find(i.serviceCode()).isPresent()).toList();
      if (!b.menu() && (items.size() < b.items().size()
          || !items.stream().allMatch(i -> casework.mayReceive(actor, i.serviceCode())))) {
        continue; // a fixed bundle is received whole or not at all
      }
      if (items.stream().filter(OneMatterBundle.Item::mandatory)
          .allMatch(i -> casework.mayReceive(actor, i.serviceCode()))) {
        List<OneMatterBundle.Item> mine = items.stream()
            .filter(i -> i.mandatory() || casework.mayReceive(actor, i.serviceCode())).toList();
        if (mine.size() >= 2) {
          offered.add(new OneMatterBundle(b.code(), b.name(), b.menu(), b.description(), mine));
        }
      }
    }
    return offered;
  }

  /** A received matter; unknown, or none of its applications in the actor's scope → 404. */
  public MatterView view(UUID id, Actor actor) {
    MatterRecords.Matter matter = matters.find(id)
        .orElseThrow(() -> new NotFoundException("casework.matter.notFound"));
    List<Application> apps = applications.ofMatter(id).stream().filter(a -> Casework.visible(a, actor)).toList();
    if (apps.isEmpty()) {
      throw new NotFoundException("casework.matter.notFound");
    }
    Map<String, Outstanding> merged = new LinkedHashMap<>();
    for (Application a : apps) {
      if (a.status() != ApplicationStatus.RECEIVED && a.status() != ApplicationStatus.SUPPLEMENT_REQUIRED) {
        continue;
      }
      for (Material m : a.outstanding()) {
        Outstanding before = merged.get(m.code());
        List<String> names = new ArrayList<>(before == null ? List.of() : before.serviceNames());
        names.add(a.serviceName());
        boolean defective = m.state() == MaterialState.DEFECTIVE
            || (before != null && before.state() == MaterialState.DEFECTIVE);
        String reason = m.reason() != null ? m.reason() : before == null ? null : before.reason();
        merged.put(m.code(), new Outstanding(m.code(), m.name(),
            defective ? MaterialState.DEFECTIVE : MaterialState.MISSING, reason, names));
      }
    }
    List<ItemNotice> notices = new ArrayList<>();
    for (Application a : apps) {
      history.notices(a.id()).stream().filter(n -> n.kind() == NoticeKind.SUPPLEMENT)
          .reduce((first, second) -> second).ifPresent(n -> notices.add(new ItemNotice(a, n)));
    }
    return new MatterView(matter.id(), matter.bundleCode(), matter.name(), matter.receivedAt(), apps,
        List.copyOf(merged.values()), notices);
  }

  /**
   * Issues, at one go, the one-time notice of every application of the matter that lacks something and has
   * had none yet — each numbered by its own unit; 409 when none needs one.
   */
  @Transactional
  public List<Notice> issueSupplementNotices(UUID id, Actor actor) {
    MatterView matter = view(id, actor);
    List<Notice> issued = new ArrayList<>();
    for (Application a : matter.applications()) {
      if (a.status() == ApplicationStatus.RECEIVED && !a.outstanding().isEmpty()) {
        issued.add(casework.issueSupplementNotice(a.id(), actor));
      }
    }
    if (issued.isEmpty()) {
      throw new ConflictException("casework.matter.nothingToNotify");
    }
    return issued;
  }
}
