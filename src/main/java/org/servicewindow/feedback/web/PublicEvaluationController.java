package org.servicewindow.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Evaluations;
import org.servicewindow.feedback.RateableService;
import org.servicewindow.feedback.Reason;
import org.servicewindow.identity.CurrentActor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.QueueManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's rating page behind the QR code on the receipt and the SMS link ({@code /e/{token}}):
 * mobile-first, five big levels, the reasons of the level, an optional comment and optional contact
 * details (a real-name rating is always called back). No login: the token is the credential.
 */
@Controller
class PublicEvaluationController {

  /** The form as posted. */
  static class RatingForm {
    private Integer level;
    private List<Reason> reasons = new ArrayList<>();
    private String comment;
    private String contactName;
    private String contactPhone;
    private String channel;

    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public List<Reason> getReasons() { return reasons; }
    public void setReasons(List<Reason> reasons) { this.reasons = reasons == null ? new ArrayList<>() : reasons; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
  }

  private final Evaluations evaluations;
  private final OrganizationApi organization;
  private final QueueManagement queue;
  private final java.time.Clock clock;

  PublicEvaluationController(Evaluations evaluations, OrganizationApi organization, QueueManagement queue,
      java.time.Clock clock) {
    this.evaluations = evaluations;
    this.organization = organization;
    this.queue = queue;
    this.clock = clock;
  }

  @GetMapping("/e/{token}")
  String page(@PathVariable String token, @RequestParam(name = "c", required = false) String channel, Model model) {
    RatingForm form = new RatingForm();
    form.setChannel("SMS".equals(channel) ? "SMS" : "WEB".equals(channel) ? "WEB" : "QR");
    return show(token, form, null, model);
  }

  @PostMapping("/e/{token}")
  String rate(@PathVariable String token, @ModelAttribute("form") RatingForm form, HttpServletRequest request,
      Model model) {
    EvaluationChannel channel = switch (form.getChannel() == null ? "QR" : form.getChannel()) {
      case "SMS" -> EvaluationChannel.SMS;
      case "WEB" -> EvaluationChannel.WEB;
      default -> EvaluationChannel.QR;
    };
    if (form.getLevel() == null) {
      return show(token, form, "feedback.rate.chooseLevel", model);
    }
    String phone = form.getContactPhone();
    if (phone != null && !phone.isBlank() && !phone.strip().matches("^1[3-9][0-9]{9}$")) {
      return show(token, form, "feedback.phone.invalid", model);
    }
    if (form.getComment() != null && form.getComment().length() > 1000) {
      return show(token, form, "feedback.rate.commentTooLong", model);
    }
    try {
      evaluations.submit(new Evaluations.Submission(token, form.getLevel(), channel, form.getReasons(),
          form.getComment(), trim(form.getContactName(), 100), phone), CurrentActor.get().orElse(null),
          request.getRemoteAddr());
    } catch (NotFoundException e) {
      throw e;
    } catch (DomainException e) {
      model.addAttribute("errorArgs", e.args());
      return show(token, form, e.messageKey(), model);
    }
    return "redirect:/e/" + token + "/thanks";
  }

  @GetMapping("/e/{token}/thanks")
  String thanks(@PathVariable String token, Model model) {
    evaluations.rateable(token).orElseThrow(() -> new NotFoundException("feedback.tokenUnknown"));
    return "feedback/thanks";
  }

  private String show(String token, RatingForm form, String error, Model model) {
    RateableService service = evaluations.rateable(token)
        .orElseThrow(() -> new NotFoundException("feedback.tokenUnknown"));
    model.addAttribute("token", token);
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("rated", evaluations.evaluated(token));
    model.addAttribute("closed", clock.instant().isAfter(service.rateUntil()));
    model.addAttribute("rateUntil", service.rateUntil());
    model.addAttribute("completedAt", service.completedAt());
    model.addAttribute("hallName", service.hallCode() == null ? null
        : organization.hall(service.hallCode()).map(h -> h.name()).orElse(null));
    model.addAttribute("windowName", service.windowCode() == null ? null
        : organization.window(service.windowCode()).map(w -> w.name()).orElse(null));
    model.addAttribute("serviceName", service.serviceCode() == null || service.hallCode() == null ? service.serviceCode()
        : queue.lines(service.hallCode()).stream().filter(l -> l.code().equals(service.serviceCode()))
            .map(QueueManagement.ServiceLine::name).findFirst().orElse(service.serviceCode()));
    model.addAttribute("reasons", Reason.setFor(service.kind(),
        "QR".equals(form.getChannel()) ? EvaluationChannel.QR : EvaluationChannel.WEB));
    model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
    model.addAttribute("today", ChinaTime.today(clock));
    return "feedback/rate";
  }

  private static String trim(String s, int max) {
    return s == null ? null : s.length() > max ? s.substring(0, max) : s;
  }
}
