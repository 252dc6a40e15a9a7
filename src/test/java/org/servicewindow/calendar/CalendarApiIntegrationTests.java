package org.servicewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.calendar.internal.ShippedHolidays;
import org.servicewindow.calendar.internal.WorkingCalendar;
import org.servicewindow.identity.internal.DeviceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public calendar API of api.md, answered from the arrangements the migration loaded. */
@IntegrationTest
class CalendarApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired TestAccounts accounts;
  @Autowired WorkingDays workingDays;

  @Test
  void describesAHolidayWithExactlyTheFieldsOfTheContract() throws Exception {
    String body = mvc.perform(get("/api/v1/calendar/days/2026-10-01"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.date").value("2026-10-01"))
        .andExpect(jsonPath("$.workingDay").value(false))
        .andExpect(jsonPath("$.holiday").value("国庆节"))
        .andExpect(jsonPath("$.adjustedWorkday").value(false))
        .andExpect(jsonPath("$.provisional").value(false))
        .andReturn().getResponse().getContentAsString();
    JsonNode day = json.readTree(body);
    assertThat(day.propertyNames()).containsExactly("date", "workingDay", "holiday", "adjustedWorkday",
        "adjustedFor", "provisional");
  }

  @Test
  void describesAnAdjustedWorkdayAndAPlainDay() throws Exception {
    mvc.perform(get("/api/v1/calendar/days/2026-10-10"))
        .andExpect(jsonPath("$.workingDay").value(true))
        .andExpect(jsonPath("$.holiday").isEmpty())
        .andExpect(jsonPath("$.adjustedWorkday").value(true))
        .andExpect(jsonPath("$.adjustedFor").value("国庆节"));
    mvc.perform(get("/api/v1/calendar/days/2026-10-11"))
        .andExpect(jsonPath("$.workingDay").value(false))
        .andExpect(jsonPath("$.holiday").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.adjustedWorkday").value(false));
  }

  @Test
  void aDayOfAYearWithoutArrangementIsProvisional() throws Exception {
    mvc.perform(get("/api/v1/calendar/days/2027-10-01"))
        .andExpect(jsonPath("$.workingDay").value(true))
        .andExpect(jsonPath("$.provisional").value(true));
  }

  @Test
  void addsWorkingDaysAfterADate() throws Exception {
    mvc.perform(get("/api/v1/calendar/working-days/add").param("date", "2026-09-30").param("days", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value("2026-10-08"))
        .andExpect(jsonPath("$.provisional").value(false))
        .andExpect(jsonPath("$.length()").value(2));
    mvc.perform(get("/api/v1/calendar/working-days/add").param("date", "2026-10-03").param("days", "0"))
        .andExpect(jsonPath("$.date").value("2026-10-08"));
    mvc.perform(get("/api/v1/calendar/working-days/add").param("date", "2026-12-28").param("days", "5"))
        .andExpect(jsonPath("$.date").value("2027-01-04"))
        .andExpect(jsonPath("$.provisional").value(true));
  }

  @Test
  void countsWorkingDaysAfterTheFirstDateUpToTheSecond() throws Exception {
    mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-09-30").param("to", "2026-10-09"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.days").value(2))
        .andExpect(jsonPath("$.provisional").value(false))
        .andExpect(jsonPath("$.length()").value(2));
    mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2025-12-31").param("to", "2026-12-24"))
        .andExpect(jsonPath("$.days").value(243));
  }

  @Test
  void malformedDatesAndNegativeDaysAreA400WithFieldErrors() throws Exception {
    mvc.perform(get("/api/v1/calendar/days/2026-02-30"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("date"))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    mvc.perform(get("/api/v1/calendar/working-days/add").param("date", "2026/09/30").param("days", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    mvc.perform(get("/api/v1/calendar/working-days/add").param("date", "2026-09-30").param("days", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[0].field").value("days"));
    mvc.perform(get("/api/v1/calendar/working-days/add").param("date", "2026-09-30"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("days"));
    mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-09-30").param("to", "+99999-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    mvc.perform(get("/api/v1/calendar/working-days/count").param("to", "2026-09-30"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  @Test
  void isPublicButAlsoAnswersDevices() throws Exception {
    mvc.perform(get("/api/v1/calendar/days/2026-01-01")
            .header("Authorization", bearer(accounts.deviceToken(DeviceKind.KIOSK, "BJZWFW", null))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.holiday").value("元旦"));
  }

  @Test
  void isDocumentedInTheOpenApiDescription() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/calendar/days/{date}'].get.summary").isNotEmpty())
        .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days/add'].get.parameters[*].name",
            Matchers.containsInAnyOrder("date", "days")))
        .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days/count'].get.parameters[*].name",
            Matchers.containsInAnyOrder("from", "to")));
  }

  @Test
  void theMigratedArrangementsAreTheShippedTable() {
    WorkingCalendar shipped = ShippedHolidays.calendar();
    List<LocalDate> differing = LocalDate.of(2019, 12, 1).datesUntil(LocalDate.of(2027, 1, 1))
        .filter(d -> !shipped.day(d).equals(workingDays.day(d)))
        .toList();
    assertThat(differing).isEmpty();
    assertThat(workingDays.isPublished(2026)).isTrue();
  }
}
