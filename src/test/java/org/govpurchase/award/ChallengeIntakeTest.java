package org.govpurchase.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.award.AwardViews.ChallengeView;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.govpurchase.calendar.BeijingTime;

/**
 * The challenge API's write: the challenge and the ChallengeRaised correlation in one
 * transaction, on the real engine (H2, demo suppliers). A probe model stands in for the
 * Tendering process's challenge period.
 */
@ProcessTest
class ChallengeIntakeTest {

  static final String NO = "ZB-2026-0901";
  static final Instant ANNOUNCED = LocalDateTime.parse("2026-09-01T10:00").atZone(BeijingTime.ZONE).toInstant();
  static final Instant NOW = ANNOUNCED.plusSeconds(86_400);

  @Autowired ChallengeIntake intake;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  String deploymentId;
  PlanFixture plans;

  @BeforeEach
  void fixture() {
    // a catalog year no other test's catalog is active in: the engine tests share one database
    plans = new PlanFixture(jdbc, "SZ-TEST", "测试局", 2093);
    long planId = plans.approvedPlan(NO, ProcurementMethod.DIRECT_PURCHASE, new BigDecimal("500000.00"),
        LocalDate.of(2026, 11, 1));
    long rainbow = jdbc.queryForObject("select id from supplier where credit_code = '52440300MJL0000025'", Long.class);
    // an announced direct purchase: any supplier may challenge it
    jdbc.update("insert into award (procurement_no, plan_id, supplier_id, price, source, status, justification,"
        + " proposed_by, proposed_at, confirmed_by, confirmed_at, announced_at, active_procurement_no)"
        + " values (?, ?, ?, 100000.00, 'DIRECT_PURCHASE', 'ANNOUNCED', '紧急', 'buyer', ?, 'buyer', ?, ?, ?)",
        NO, planId, rainbow, ANNOUNCED, ANNOUNCED, ANNOUNCED, NO);
  }

  @AfterEach
  void cleanUp() {
    if (deploymentId != null) {
      repository.deleteDeployment(deploymentId, true);
    }
    // only this test's rows: other test classes may share the database
    jdbc.update("delete from award_challenge where procurement_no = ?", NO);
    jdbc.update("delete from award where procurement_no = ?", NO);
    plans.cleanUp();
  }

  @Test
  void aChallengeNoProcessWaitsForIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(() -> intake.raise(NO, "supplier1", "价格过高", NOW))
        .isInstanceOf(AwardConflictException.class).hasMessageContaining("质疑未被受理");
    assertThat(jdbc.queryForObject("select count(*) from award_challenge", Integer.class)).isZero();
  }

  @Test
  void aChallengeReachesTheWaitingProcessWithItsId() {
    // like the Tendering process's challenge period: an event subprocess started by the message
    ProcessBuilder process = Bpmn.createExecutableProcess("ChallengeProbe").camundaHistoryTimeToLive(1);
    process.startEvent().userTask("Task_Wait").endEvent();
    process.eventSubProcess().startEvent("Event_ChallengeRaised").interrupting(false)
        .message(AwardProcess.MESSAGE_CHALLENGE_RAISED).userTask("Task_Answer").endEvent();
    BpmnModelInstance probe = process.done();
    deploymentId = repository.createDeployment().addModelInstance("probe.bpmn", probe).deploy().getId();
    ProcessInstance waiting = runtime.startProcessInstanceByKey("ChallengeProbe",
        java.util.Map.of(AwardProcess.VAR_PROCUREMENT_NO, NO, AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));

    ChallengeView raised = intake.raise(NO, "supplier1", "价格过高", NOW);

    assertThat(raised.text()).isEqualTo("价格过高");
    // what the answer task sees (note: Camunda sets a message start event's "local" variables on the
    // scope that holds the subscription, here the process instance)
    String answering = runtime.createExecutionQuery().processInstanceId(waiting.getId()).activityId("Task_Answer")
        .singleResult().getId();
    assertThat(runtime.getVariable(answering, AwardProcess.VAR_CHALLENGE_ID)).isEqualTo(raised.id());
    assertThat(runtime.createExecutionQuery().processInstanceId(waiting.getId()).activityId("Task_Answer").count())
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from award_challenge", Integer.class)).isEqualTo(1);
  }
}
