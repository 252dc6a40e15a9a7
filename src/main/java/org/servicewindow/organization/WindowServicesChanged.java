package org.servicewindow.organization;

import java.util.List;

/** The service items a window handles were replaced; the queue re-routes waiting tickets by them. */
public record WindowServicesChanged(String windowCode, String hallCode, List<String> serviceCodes) {

  public WindowServicesChanged {
    serviceCodes = List.copyOf(serviceCodes);
  }
}
