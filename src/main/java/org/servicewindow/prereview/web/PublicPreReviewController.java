package org.servicewindow.prereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.prereview.internal.PhoneVerification;
import org.servicewindow.prereview.internal.PreReviews;
import org.servicewindow.prereview.internal.PreReviews.Upload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's side of 网上预审, reached from the public guide page: verify the phone, fill in the form,
 * upload the materials; then a status page under a secret link. A refusal re-shows the form with what was
 * typed (files must be chosen again: browsers do not allow a page to pre-fill them).
 */
@Controller
@RequestMapping("/prereview")
class PublicPreReviewController {

  static final String PHONE = "prereview.phone";
  static final String PURPOSE = "PREREVIEW";

  private final PreReviews preReviews;
  private final PhoneVerification phones;

  PublicPreReviewController(PreReviews preReviews, PhoneVerification phones) {
    this.preReviews = preReviews;
    this.phones = phones;
  }

  @GetMapping("/start/{service}")
  String start(@PathVariable String service, @RequestParam(required = false) String phone, HttpSession session,
      Model model) {
    return form(service, phone, Map.of(), session, model);
  }

  @PostMapping("/start/{service}/code")
  String sendCode(@PathVariable String service, @RequestParam String phone, HttpSession session, Model model,
      RedirectAttributes redirect) {
    preReviews.guide(service);
    try {
      phones.send(phone == null ? null : phone.strip(), PURPOSE);
    } catch (DomainException e) {
      error(model, e);
      return form(service, phone, Map.of(), session, model);
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prereview.code.sent"));
    return "redirect:/prereview/start/" + service + "?phone=" + phone.strip();
  }

  @PostMapping("/start/{service}")
  String submit(@PathVariable String service, HttpServletRequest request, HttpSession session, Model model,
      RedirectAttributes redirect) {
    String phone = trim(request.getParameter("phone"));
    Map<String, String> fields = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> {
      if (k.startsWith("f.") && v.length > 0) {
        fields.put(k.substring(2), v[0]);
      }
    });
    try {
      if (phone == null || !phone.equals(session.getAttribute(PHONE))) {
        phones.verify(phone, PURPOSE, request.getParameter("code"));
        session.setAttribute(PHONE, phone);
      }
      var submitted = preReviews.submit(new PreReviews.Submission(service, phone, request.getParameter("name"),
          request.getParameter("idNumber"), fields, uploads(request)));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prereview.submitted", submitted.number()));
      return "redirect:/prereview/s/" + submitted.token();
    } catch (DomainException e) {
      error(model, e);
      model.addAttribute("name", request.getParameter("name"));
      model.addAttribute("idNumber", request.getParameter("idNumber"));
      return form(service, phone, fields, session, model);
    }
  }

  @GetMapping("/s/{token}")
  String status(@PathVariable String token, Model model) {
    var p = preReviews.byToken(token);
    model.addAttribute("p", p);
    model.addAttribute("token", token);
    model.addAttribute("notices", preReviews.notices(p.id()));
    model.addAttribute("files", preReviews.files(p.id()));
    model.addAttribute("checklist", preReviews.checklist(p));
    model.addAttribute("booking", preReviews.bookingPath(p));
    return "prereview/status";
  }

  @PostMapping("/s/{token}/files")
  String supplement(@PathVariable String token, HttpServletRequest request, RedirectAttributes redirect) {
    try {
      preReviews.supplement(token, uploads(request));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prereview.supplemented"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/prereview/s/" + token;
  }

  private String form(String service, String phone, Map<String, String> fields, HttpSession session, Model model) {
    ServiceGuide guide = preReviews.guide(service);
    model.addAttribute("guide", guide);
    model.addAttribute("formFields", preReviews.formOf(service));
    model.addAttribute("values", fields);
    model.addAttribute("phone", phone);
    Object verified = session.getAttribute(PHONE);
    model.addAttribute("verified", verified != null && verified.equals(phone));
    return "prereview/start";
  }

  private static void error(Model model, DomainException e) {
    model.addAttribute("errorKey", e.messageKey());
    model.addAttribute("errorArgs", e.args());
  }

  static List<Upload> uploads(HttpServletRequest request) {
    List<Upload> uploads = new ArrayList<>();
    MultipartHttpServletRequest multipart =
        org.springframework.web.util.WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (multipart == null) {
      return uploads;
    }
    MultiValueMap<String, MultipartFile> files = multipart.getMultiFileMap();
    files.forEach((name, list) -> {
      if (!name.startsWith("file.")) {
        return;
      }
      for (MultipartFile f : list) {
        if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())) {
          continue;
        }
        try {
          uploads.add(new Upload(name.substring(5), f.getOriginalFilename(), f.getBytes()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    return uploads;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
