package org.servicewindow.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What the window staff marked on an intake checklist ({@code state.CODE} and {@code reason.CODE} fields), read
 * the same way for one application and for a one-matter intake: a defective material needs its reason.
 */
record ChecklistAnswers(Map<String, String> states, Map<String, String> reasons) {

  /** The longest reason kept (the checklist's input allows as much). */
  static final int REASON_MAX = 500;

  /** Reads the answers from the form's parameters and rejects a defective material without a reason. */
  static ChecklistAnswers read(Map<String, String> params, Errors errors) {
    Map<String, String> states = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (k.startsWith("state.")) {
        states.put(k.substring(6), v);
      } else if (k.startsWith("reason.")) {
        reasons.put(k.substring(7), v);
      }
    });
    ChecklistAnswers answers = new ChecklistAnswers(states, reasons);
    states.forEach((code, state) -> {
      if ("DEFECTIVE".equals(state) && answers.reason(code) == null) {
        errors.reject("casework.defective.reasonRequired", "casework.defective.reasonRequired");
      }
    });
    return answers;
  }

  /** The codes of the materials handed in (defective ones too). */
  List<String> received() {
    return states.entrySet().stream().filter(e -> !"MISSING".equals(e.getValue())).map(Map.Entry::getKey).toList();
  }

  /** Each defective material with its reason, in checklist order. */
  Map<String, String> defective() {
    Map<String, String> defective = new LinkedHashMap<>();
    states.forEach((code, state) -> {
      if ("DEFECTIVE".equals(state) && reason(code) != null) {
        defective.put(code, reason(code));
      }
    });
    return defective;
  }

  /** Puts the answers back on the form shown again. */
  void showOn(Model model) {
    model.addAttribute("states", states);
    model.addAttribute("reasons", reasons);
  }

  private String reason(String code) {
    String reason = reasons.get(code);
    if (reason == null || reason.isBlank()) {
      return null;
    }
    return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason.trim();
  }
}
