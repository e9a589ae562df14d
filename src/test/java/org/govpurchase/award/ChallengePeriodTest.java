package org.govpurchase.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.govpurchase.award.AwardProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.identity.Groups;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The challenge period lives in one place: a designer who shortens
 * {@code platform.periods.challenge-working-days} moves both the Award model's timer and the
 * supplier API's "too late" refusal, with no Java change. The award is a demo supplier's direct
 * purchase announced now (by the platform clock), so the dates follow the calendar, not the test.
 */
@ProcessTest
class ChallengePeriodTest {

  static final String PLAN_NO = "SZ-2091-0931";
  static final String SUNSHINE_CODE = "52440300MJL0000012";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired ManagementService managementService;
  @Autowired StatutoryPeriods periods;
  @Autowired WorkingDays workingDays;
  @Autowired AwardService awards;
  @Autowired ChallengeIntake intake;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  PlanFixture plans;
  int configured;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    plans = new PlanFixture(jdbc, "SZ-FT-931", "福田区测试局", 2091);
    configured = periods.getChallengeWorkingDays();
  }

  @AfterEach
  void cleanUp() {
    periods.setChallengeWorkingDays(configured);
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(PLAN_NO).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over", true, true));
    jdbc.update("delete from award_challenge where procurement_no = ?", PLAN_NO);
    jdbc.update("delete from award where procurement_no = ?", PLAN_NO);
    plans.cleanUp();
  }

  @Test
  void shorteningTheChallengePeriodMovesTheTimerAndTheApisRefusal() {
    periods.setChallengeWorkingDays(3);
    Instant announced = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Date threeWorkingDays = workingDays.deadline(Date.from(announced), 3);
    assertThat(threeWorkingDays).isBefore(workingDays.deadline(Date.from(announced), 7));

    // the model: the Award's challenge-period timer
    ProcessInstance award = announcedAward(announced);
    assertThat(award).isWaitingAt(EVENT_CHALLENGE_PERIOD_OVER);
    assertThat(managementService.createJobQuery().processInstanceId(award.getId())
        .activityId(EVENT_CHALLENGE_PERIOD_OVER).singleResult().getDuedate()).isEqualTo(threeWorkingDays);

    // the API: a challenge after the 3rd working day is refused, on the 3rd it reaches the Award
    Instant tooLate = threeWorkingDays.toInstant().plus(Duration.ofMinutes(1));
    assertThatThrownBy(() -> intake.raise(PLAN_NO, "supplier1", "评分有误", tooLate))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("3个工作日");
    intake.raise(PLAN_NO, "supplier1", "评分有误", threeWorkingDays.toInstant().minus(Duration.ofMinutes(1)));
    assertThat(award).isWaitingAt(TASK_ANSWER_CHALLENGE);
    assertThat(jdbc.queryForObject("select count(*) from award_challenge where procurement_no = ?", Integer.class,
        PLAN_NO)).isEqualTo(1);
  }

  /** a direct purchase of the demo supplier 阳光 announced at {@code at}, and an Award in its challenge period */
  private ProcessInstance announcedAward(Instant at) {
    long planId = plans.approvedPlan(PLAN_NO, ProcurementMethod.OPEN_TENDER, new BigDecimal("500000"),
        LocalDate.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai")).plusMonths(1));
    awards.recordDirectPurchase(planId, PLAN_NO, SUNSHINE_CODE, new BigDecimal("480000"), "紧急服务", "agency", at);
    awards.publish(PLAN_NO, null, "agency", null, at);

    ProcessInstance award = runtimeService.startProcessInstanceByKey(KEY, PLAN_NO, Map.of(VAR_PLAN_ID, planId,
        VAR_PLAN_NO, PLAN_NO, VAR_PROCUREMENT_METHOD, "OPEN_TENDER", VAR_RUN_BY_PROCUREMENT_AGENCY, false,
        VAR_PROCUREMENT_NO, PLAN_NO, VAR_AWARD_SUMMARY, "直接购买：阳光", AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
    SignedIn.as(engine.getIdentityService(), "agency", List.of(Groups.PURCHASING_AGENCY));
    try {
      taskService.complete(task(TASK_CONFIRM_AWARD, award).getId(), Map.of(VAR_AWARD_CONFIRMED, true));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    LockedExternalTask publish = externalTaskService.fetchAndLock(1, "test").topic(TOPIC_PUBLISH_AWARD, 60_000)
        .businessKey(PLAN_NO).execute().get(0);
    externalTaskService.complete(publish.getId(), "test", Map.of(VAR_AWARD_ID, 1L, VAR_ANNOUNCED_AT, Date.from(at)));
    return award;
  }
}
