package org.govpurchase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.govpurchase.calendar.CalendarViews.DayView;
import org.govpurchase.calendar.CalendarViews.YearView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.govpurchase.identity.ApiSecurity;

/**
 * The HTTP side: paths, JSON, roles, and that bad input never reaches the service. The pom has
 * no spring-security-test, so users sign in with HTTP Basic against a test security chain shaped
 * like the platform's /api chain.
 */
@WebMvcTest(CalendarController.class)
@Import({ApiSecurity.class, CalendarControllerTest.TestBeans.class})
class CalendarControllerTest {

  private static final LocalDate MAKE_UP_DAY = LocalDate.parse("2026-02-14");

  @Autowired private MockMvc mvc;
  @MockitoBean private CalendarService service;

  @Test
  void shouldShowAYearToAnySignedInUser() throws Exception {
    given(service.find(2026)).willReturn(new YearView(2026, CalendarYearStatus.CONFIRMED,
        "国办发明电〔2025〕7号", "flyway", Instant.parse("2025-11-04T16:00:00Z"),
        List.of(new DayView(MAKE_UP_DAY, true, "春节调休上班"))));

    mvc.perform(as("agency", get("/api/calendar/2026")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2026))
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.source").value("国办发明电〔2025〕7号"))
        .andExpect(jsonPath("$.days[0].date").value("2026-02-14"))
        .andExpect(jsonPath("$.days[0].working").value(true))
        .andExpect(jsonPath("$.days[0].name").value("春节调休上班"));
  }

  @Test
  void shouldRefuseAnonymousReaders() throws Exception {
    mvc.perform(get("/api/calendar/2026")).andExpect(status().isUnauthorized());
    verifyNoInteractions(service);
  }

  @Test
  void shouldAnswerNotFoundForAYearNotEntered() throws Exception {
    given(service.find(2040)).willThrow(new CalendarService.NotFoundException("no calendar for 2040 yet"));

    mvc.perform(as("agency", get("/api/calendar/2040")))
        .andExpect(status().isNotFound())
        .andExpect(reason("no calendar for 2040 yet"));
  }

  @Test
  void shouldSaveADayAsTheSignedInOfficer() throws Exception {
    given(service.putDay(2026, MAKE_UP_DAY, true, "春节调休上班", "officer"))
        .willReturn(new DayView(MAKE_UP_DAY, true, "春节调休上班"));

    mvc.perform(as("officer", put("/api/calendar/2026/days/2026-02-14"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"working\": true, \"name\": \"春节调休上班\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value("2026-02-14"))
        .andExpect(jsonPath("$.working").value(true));
    verify(service).putDay(2026, MAKE_UP_DAY, true, "春节调休上班", "officer");
  }

  @Test
  void shouldForbidOtherRolesToPutADay() throws Exception {
    mvc.perform(as("agency", put("/api/calendar/2026/days/2026-02-14"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"working\": true, \"name\": \"春节调休上班\"}"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(service);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"working\": true, \"name\": \"  \"}",
    "{\"working\": true}",
    "{\"name\": \"春节\"}",
    // 101 characters
    "{\"working\": false, \"name\": \"" + "节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节"
        + "节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节节\"}",
    "{\"working\": \"maybe\", \"name\": \"春节\"}",
    "not json",
  })
  void shouldRefuseABadDayWithoutCallingTheService(String body) throws Exception {
    mvc.perform(as("officer", put("/api/calendar/2026/days/2026-02-14"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isBadRequest());
    verifyNoInteractions(service);
  }

  @Test
  void shouldRefuseADateThatDoesNotExist() throws Exception {
    mvc.perform(as("officer", put("/api/calendar/2026/days/2026-02-30"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"working\": false, \"name\": \"春节\"}"))
        .andExpect(status().isBadRequest());
    verifyNoInteractions(service);
  }

  @Test
  void shouldPassOnTheServicesRuleViolations() throws Exception {
    given(service.putDay(anyInt(), any(), anyBoolean(), anyString(), anyString()))
        .willThrow(new CalendarService.InvalidChangeException("日期 2027-01-01 不在 2026 年内 / date 2027-01-01 is not in 2026"));

    mvc.perform(as("officer", put("/api/calendar/2026/days/2027-01-01"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"working\": false, \"name\": \"元旦\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(reason("date 2027-01-01 is not in 2026"));
  }

  @Test
  void shouldDeleteADay() throws Exception {
    mvc.perform(as("officer", delete("/api/calendar/2026/days/2026-02-14")))
        .andExpect(status().isNoContent());
    verify(service).deleteDay(2026, MAKE_UP_DAY, "officer");
  }

  @Test
  void shouldForbidOtherRolesToDeleteADay() throws Exception {
    mvc.perform(as("agency", delete("/api/calendar/2026/days/2026-02-14")))
        .andExpect(status().isForbidden());
    verifyNoInteractions(service);
  }

  @Test
  void shouldConfirmAYear() throws Exception {
    given(service.saveYear(2027, CalendarYearStatus.CONFIRMED, "国办发明电〔2026〕X号", "officer"))
        .willReturn(new YearView(2027, CalendarYearStatus.CONFIRMED, "国办发明电〔2026〕X号", "officer",
            Instant.parse("2026-12-01T02:00:00Z"), List.of()));

    mvc.perform(as("officer", put("/api/calendar/2027"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\": \"CONFIRMED\", \"source\": \"国办发明电〔2026〕X号\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.updatedBy").value("officer"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"status\": \"MAYBE\"}", "{\"source\": \"x\"}", "{}"})
  void shouldRefuseAnUnknownOrMissingStatus(String body) throws Exception {
    mvc.perform(as("officer", put("/api/calendar/2027")).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest());
    verifyNoInteractions(service);
  }

  @Test
  void shouldForbidOtherRolesToChangeAYear() throws Exception {
    mvc.perform(as("agency", put("/api/calendar/2027"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\": \"CONFIRMED\"}"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(service);
  }

  private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
    String credentials = Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
    return request.header(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
  }

  /** The message reaches the client whichever handler renders it (problem detail or error reason). */
  private static ResultMatcher reason(String message) {
    return result -> assertThat(result.getResolvedException()).hasMessageContaining(message);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class TestBeans {


    @Bean
    UserDetailsService users() {
      return new InMemoryUserDetailsManager(
          User.withUsername("officer").password("{noop}secret").roles("finance-bureau").build(),
          User.withUsername("agency").password("{noop}secret").roles("purchasing-agency").build());
    }
  }
}
