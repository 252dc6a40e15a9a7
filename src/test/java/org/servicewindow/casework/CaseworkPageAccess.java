package org.servicewindow.casework;

import java.util.ArrayList;
import java.util.List;
import org.servicewindow.EndpointAccess.Rule;

/** The page rules of casework, kept beside the API rules (filled in as the screens land). */
final class CaseworkPageAccess {

  private CaseworkPageAccess() {}

  static List<Rule> rules() {
    return new ArrayList<>();
  }
}
