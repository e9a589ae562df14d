package org.govpurchase.award;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.award.AwardViews.ChallengeView;
import org.govpurchase.award.AwardViews.PublicAward;
import org.govpurchase.award.AwardViews.PublicRank;
import org.govpurchase.evaluation.PublicCommittee;
import org.govpurchase.identity.ApiSecurity;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The award API's paths, roles and refusals, through the real API security chains; services are mocks. */
@WebMvcTest({AwardController.class, PublicAwardController.class})
@Import({ApiSecurity.class, AwardControllerTest.TestBeans.class})
class AwardControllerTest {

  static final Instant NOW = Instant.parse("2026-09-02T02:00:00Z");
  static final String NO = "SZ-2026-0001";
  static final String BODY = "{\"text\":\"评分有误\"}";
  static final ChallengeView CHALLENGE = new ChallengeView(31, 5, NO, 7, "supplier1", "评分有误", NOW, null, null, null);

  @TestConfiguration(proxyBeanMethods = false)
  static class TestBeans {

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean AwardService service;
  @MockitoBean ChallengeIntake intake;

  @Test
  void nobodyAnonymousChallenges() throws Exception {
    mvc.perform(post("/api/awards/" + NO + "/challenges").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/awards/" + NO + "/challenges/mine")).andExpect(status().isUnauthorized());
    verifyNoInteractions(intake, service);
  }

  @Test
  @WithMockUser(username = "agency", roles = "purchasing-agency")
  void onlySuppliersChallenge() throws Exception {
    mvc.perform(post("/api/awards/" + NO + "/challenges").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isForbidden());
    verifyNoInteractions(intake, service);
  }

  @Test
  @WithMockUser(username = "supplier1", roles = "supplier")
  void aBidderChallengesAndReadsItsChallenges() throws Exception {
    when(intake.raise(NO, "supplier1", "评分有误", NOW)).thenReturn(CHALLENGE);
    when(service.myChallenges(NO, "supplier1")).thenReturn(List.of(CHALLENGE));

    mvc.perform(post("/api/awards/" + NO + "/challenges").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/awards/" + NO + "/challenges/mine"))
        .andExpect(jsonPath("$.id").value(31))
        .andExpect(jsonPath("$.raisedAt").value("2026-09-02T02:00:00Z"));
    mvc.perform(get("/api/awards/" + NO + "/challenges/mine"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].text").value("评分有误"));
  }

  @Test
  @WithMockUser(username = "supplier9", roles = "supplier")
  void refusalsCarryTheirStatusAndMessage() throws Exception {
    when(intake.raise(eq("NOPE"), anyString(), anyString(), any()))
        .thenThrow(new NoSuchElementException("采购项目「NOPE」没有中标（成交）结果"));
    when(intake.raise(eq("LATE"), anyString(), anyString(), any()))
        .thenThrow(new InvalidRequestException("质疑期限已于2026-09-10 23:59:59（北京时间）届满"));
    when(intake.raise(eq("OTHER"), anyString(), anyString(), any()))
        .thenThrow(new ChallengeAccessDeniedException("本承接主体未参与采购项目「OTHER」的投标，不能提出质疑"));
    when(intake.raise(eq("IDLE"), anyString(), anyString(), any()))
        .thenThrow(new AwardConflictException("质疑未被受理"));

    mvc.perform(post("/api/awards/NOPE/challenges").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("采购项目「NOPE」没有中标（成交）结果"));
    mvc.perform(post("/api/awards/LATE/challenges").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
            org.hamcrest.Matchers.containsString("2026-09-10 23:59:59")));
    mvc.perform(post("/api/awards/OTHER/challenges").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(
            org.hamcrest.Matchers.containsString("未参与")));
    mvc.perform(post("/api/awards/IDLE/challenges").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("质疑未被受理"));
  }

  @Test
  void theAwardNoticeIsPublicAndMissingBeforeTheAnnouncement() throws Exception {
    when(service.publicAward(NO)).thenReturn(new PublicAward(NO, "居家养老服务", AwardSource.REPORT, "评标报告",
        AwardStatus.ANNOUNCED, "已公告", "深圳市彩虹长者服务社", "52440300MJL0000025", new BigDecimal("470000.00"), NOW,
        Instant.parse("2026-09-10T15:59:59Z"),
        List.of(new PublicRank(1, "深圳市彩虹长者服务社", "52440300MJL0000025", new BigDecimal("88.50"))),
        new PublicCommittee(NO, false, 5, 4, 1, List.of(new PublicCommittee.PublicExpert("王专家", "深圳大学",
            List.of("SOCIAL_WORK"))))));
    when(service.publicAward("SZ-2026-0002")).thenThrow(new NoSuchElementException("尚未发布中标（成交）结果公告"));

    mvc.perform(get("/api/public/awards/" + NO))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.supplierName").value("深圳市彩虹长者服务社"))
        .andExpect(jsonPath("$.price").value(470000.00))
        .andExpect(jsonPath("$.challengeDeadline").value("2026-09-10T15:59:59Z"))
        .andExpect(jsonPath("$.ranking[0].comprehensiveScore").value(88.50))
        .andExpect(jsonPath("$.committee.experts[0].name").value("王专家"));
    mvc.perform(get("/api/public/awards/SZ-2026-0002")).andExpect(status().isNotFound());
    verify(service).publicAward(NO);
  }
}
