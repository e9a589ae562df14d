package org.govpurchase.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.govpurchase.award.AwardProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.identity.Groups;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.testing.TaskUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/award.bpmn on real calendar dates, started as Tendering's Call_Award
 * starts it. The test plays the workers (complete, BPMN error) and the supplier API (message
 * correlation); the domain behind the topics has its own tests.
 */
@ProcessTest
class AwardProcessTest {

  static final String PLAN_NO = "SZ-2026-0911";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired ManagementService managementService;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void cleanUp() {
    Clock.resetEngineClock();
    List<String> left = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .map(ProcessInstance::getId).toList();
    if (!left.isEmpty()) {
      runtimeService.deleteProcessInstances(left, "test over", true, true);
    }
  }

  // ---- from the evaluation report ----------------------------------------------------------

  @Test
  void shouldConfirmPublishAndKeepTheChallengePeriodBeforeTheAwardIsInForce() {
    ProcessInstance award = start("OPEN_TENDER", false);
    assertThat(award).isWaitingAt(TASK_CONFIRM_AWARD).task().hasCandidateGroup(Groups.PURCHASING_AGENCY);
    confirmAndPublish(award, beijing("2026-10-21T10:00"));
    assertThat(award).isWaitingAt(EVENT_CHALLENGE_PERIOD_OVER);
    execute(job(EVENT_CHALLENGE_PERIOD_OVER, award));
    assertThat(award).isEnded().hasPassed(END_AWARDED).variables()
        .containsEntry(VAR_AWARD_OUTCOME, OUTCOME_AWARDED).containsEntry(VAR_AWARD_ID, 7L);
  }

  @Test
  void shouldGiveAProcurementAgencysAwardToItsGroup() {
    ProcessInstance award = start("OPEN_TENDER", true);
    assertThat(award).isWaitingAt(TASK_CONFIRM_AWARD).task().hasCandidateGroup(Groups.PROCUREMENT_AGENCY);
  }

  @Test
  void shouldEscalateAnAwardNotConfirmedOrNotPublishedInTime() {
    Clock.setEngineClock("2026-09-29T10:00");
    ProcessInstance award = start("OPEN_TENDER", false);
    // 5 working days after 2026-09-29 skip the National Day holiday and count the Saturday make-up day Oct 10
    Date fifthWorkingDay = beijing("2026-10-12T23:59:59");
    assertThat(task(TASK_CONFIRM_AWARD, award).getDueDate()).isEqualTo(fifthWorkingDay);
    assertThat(timer(award, EVENT_AWARD_CONFIRMATION_OVERDUE).getDuedate()).isEqualTo(fifthWorkingDay);
    execute(job(EVENT_AWARD_CONFIRMATION_OVERDUE, award));
    assertThat(award).isWaitingAt(TASK_CONFIRM_AWARD, CALL_SUPERVISE_CONFIRMATION);
    assertSupervision(award, TASK_CONFIRM_AWARD, PLAN_NO + " 评标报告后5个工作日内未确定中标人");

    assertThatThrownBy(() -> completeAs(task(TASK_CONFIRM_AWARD, award), Map.of(VAR_AWARD_CONFIRMED, false)))
        .hasMessageContaining("awardConfirmed");
    completeAs(task(TASK_CONFIRM_AWARD, award), Map.of(VAR_AWARD_CONFIRMED, true));
    assertThat(award).isWaitingAt(TASK_PUBLISH_AWARD, CALL_SUPERVISE_CONFIRMATION)
        .variables().containsEntry(VAR_AWARD_CONFIRMED_BY, "agency");
    // the award notice is due 2 working days after confirmation (clock still at Sep 29: Sep 30, Oct 8)
    assertThat(timer(award, EVENT_AWARD_PUBLICATION_OVERDUE).getDuedate()).isEqualTo(beijing("2026-10-08T23:59:59"));
    execute(job(EVENT_AWARD_PUBLICATION_OVERDUE, award));
    assertThat(award).isWaitingAt(TASK_PUBLISH_AWARD, CALL_SUPERVISE_PUBLICATION, CALL_SUPERVISE_CONFIRMATION);
  }

  @Test
  void shouldAnswerAChallengeWithinSevenWorkingDaysAndEscalateALateAnswer() {
    Clock.setEngineClock("2026-02-12T10:00");
    ProcessInstance award = start("OPEN_TENDER", false);
    confirmAndPublish(award, beijing("2026-02-12T10:00"));
    // Feb 13, the make-up Saturday Feb 14, then after Spring Festival Feb 24-27 and the make-up Saturday Feb 28
    assertThat(timer(award, EVENT_CHALLENGE_PERIOD_OVER).getDuedate()).isEqualTo(beijing("2026-02-28T23:59:59"));

    correlateChallenge(81L);
    Task answer = task(TASK_ANSWER_CHALLENGE, award);
    assertThat(answer).hasCandidateGroup(Groups.PURCHASING_AGENCY);
    assertThat(answer.getDueDate()).isEqualTo(beijing("2026-02-28T23:59:59"));

    // the period ends while the answer is pending: the award waits for it
    execute(job(EVENT_CHALLENGE_PERIOD_OVER, award));
    assertThat(award).isWaitingAt(TASK_ANSWER_CHALLENGE).isNotEnded();
    execute(job(EVENT_CHALLENGE_ANSWER_OVERDUE, award));
    assertThat(award).isWaitingAt(TASK_ANSWER_CHALLENGE, CALL_SUPERVISE_CHALLENGE);
    assertSupervision(award, TASK_ANSWER_CHALLENGE, PLAN_NO + " 质疑7个工作日内未答复");

    completeAs(task(TASK_ANSWER_CHALLENGE, award),
        Map.of(VAR_CHALLENGE_DECISION, "DISMISSED", VAR_CHALLENGE_ANSWER, "评审程序合法，质疑不成立"));
    LockedExternalTask recorded = lockAll(TOPIC_ANSWER_CHALLENGE, 1).get(0);
    assertThat(recorded.getVariables()).containsEntry(VAR_CHALLENGE_ID, 81L)
        .containsEntry(VAR_CHALLENGE_DECISION, "DISMISSED").containsEntry(VAR_CHALLENGE_ANSWERED_BY, "agency");
    externalTaskService.complete(recorded.getId(), "test");
    // the supervision is all that keeps it open
    assertThat(award).isWaitingAt(CALL_SUPERVISE_CHALLENGE);
  }

  @Test
  void shouldMoveTheAwardToTheNextRankedBidWhenAChallengeIsUpheld() {
    ProcessInstance award = start("OPEN_TENDER", false);
    confirmAndPublish(award, ClockUtil.getCurrentTime());
    correlateChallenge(82L);
    completeAs(task(TASK_ANSWER_CHALLENGE, award),
        Map.of(VAR_CHALLENGE_DECISION, "UPHELD_NEXT_RANKED", VAR_CHALLENGE_ANSWER, "第一名资格证明失实"));
    completeExternal(TOPIC_ANSWER_CHALLENGE, Map.of());

    assertThat(award).hasPassed(EVENT_CHALLENGE_UPHELD_NEXT_RANKED).isWaitingAt(TASK_MOVE_AWARD_TO_NEXT_RANKED);
    completeExternal(TOPIC_MOVE_TO_NEXT_RANKED, Map.of(VAR_AWARD_ID, 8L, VAR_AWARD_SUMMARY, "递补：彩虹长者服务社"));
    assertThat(award).isWaitingAt(TASK_CONFIRM_AWARD).variables().containsEntry(VAR_AWARD_SUMMARY, "递补：彩虹长者服务社");
    confirmAndPublish(award, ClockUtil.getCurrentTime());
    assertThat(award).isWaitingAt(EVENT_CHALLENGE_PERIOD_OVER);
  }

  @Test
  void shouldReturnRetenderWhenAChallengeVoidsTheAwardOrNobodyIsLeftToMoveUp() {
    ProcessInstance award = start("OPEN_TENDER", false);
    confirmAndPublish(award, ClockUtil.getCurrentTime());
    correlateChallenge(83L);
    completeAs(task(TASK_ANSWER_CHALLENGE, award),
        Map.of(VAR_CHALLENGE_DECISION, "UPHELD_NEXT_RANKED", VAR_CHALLENGE_ANSWER, "成立"));
    completeExternal(TOPIC_ANSWER_CHALLENGE, Map.of());
    LockedExternalTask move = lockAll(TOPIC_MOVE_TO_NEXT_RANKED, 1).get(0);
    externalTaskService.handleBpmnError(move.getId(), "test", ERROR_NO_NEXT_RANKED, "没有可递补的投标人");
    assertThat(award).isWaitingAt(TASK_REVOKE_AWARD);
    completeExternal(TOPIC_REVOKE_AWARD, Map.of());
    assertThat(award).isEnded().hasPassed(END_AWARD_REVOKED).variables()
        .containsEntry(VAR_AWARD_OUTCOME, OUTCOME_RETENDER);
  }

  @Test
  void shouldRevokeAtOnceWhenAChallengeAsksForANewTender() {
    ProcessInstance award = start("OPEN_TENDER", false);
    confirmAndPublish(award, ClockUtil.getCurrentTime());
    correlateChallenge(84L);
    completeAs(task(TASK_ANSWER_CHALLENGE, award),
        Map.of(VAR_CHALLENGE_DECISION, "UPHELD_RETENDER", VAR_CHALLENGE_ANSWER, "评审委员会组成违法"));
    completeExternal(TOPIC_ANSWER_CHALLENGE, Map.of());
    assertThat(award).hasPassed(EVENT_CHALLENGE_UPHELD_RETENDER).isWaitingAt(TASK_REVOKE_AWARD);
  }

  // ---- single source and direct purchase ----------------------------------------------------

  @Test
  void shouldPublicizeASingleSourceBeforeTheAwardAndSendRefusalsBack() {
    ProcessInstance award = start("SINGLE_SOURCE", false);
    assertThat(award).isWaitingAt(TASK_PREPARE_SINGLE_SOURCE).task().hasCandidateGroup(Groups.PURCHASING_AGENCY);
    completeAs(task(TASK_PREPARE_SINGLE_SOURCE, award), chosenSupplier());
    LockedExternalTask refused = lockAll(TOPIC_PUBLICIZE_SINGLE_SOURCE, 1).get(0);
    externalTaskService.handleBpmnError(refused.getId(), "test", ERROR_AWARD_REFUSED, "未登记",
        Map.of(VAR_AWARD_REFUSAL, "未登记"));
    assertThat(award).isWaitingAt(TASK_PREPARE_SINGLE_SOURCE).variables().containsEntry(VAR_AWARD_REFUSAL, "未登记");

    completeAs(task(TASK_PREPARE_SINGLE_SOURCE, award), chosenSupplier());
    // the award worker fixes the end of the publicity on the calendar; the timer holds the process until then
    Date publicityEnds = beijing("2026-10-12T23:59:59");
    completeExternal(TOPIC_PUBLICIZE_SINGLE_SOURCE,
        Map.of(VAR_AWARD_ID, 5L, VAR_PUBLICITY_ENDS, publicityEnds, VAR_AWARD_SUMMARY, "单一来源：阳光社工服务中心"));
    assertThat(award).isWaitingAt(EVENT_PUBLICITY_OVER);
    assertThat(timer(award, EVENT_PUBLICITY_OVER).getDuedate()).isEqualTo(publicityEnds);
    execute(job(EVENT_PUBLICITY_OVER, award));
    assertThat(award).isWaitingAt(TASK_CONFIRM_AWARD);
  }

  @Test
  void shouldRecordADirectPurchaseAndPublishItWithoutAChallengePeriod() {
    ProcessInstance award = start("DIRECT_PURCHASE", false);
    completeAs(task(TASK_RECORD_DIRECT_PURCHASE, award), chosenSupplier());
    LockedExternalTask register = lockAll(TOPIC_RECORD_DIRECT_PURCHASE, 1).get(0);
    externalTaskService.handleBpmnError(register.getId(), "test", ERROR_AWARD_REFUSED, "承接主体已被暂停",
        Map.of(VAR_AWARD_REFUSAL, "承接主体已被暂停"));
    assertThat(award).isWaitingAt(TASK_RECORD_DIRECT_PURCHASE);

    completeAs(task(TASK_RECORD_DIRECT_PURCHASE, award), chosenSupplier());
    assertThat(award).variables().containsEntry(VAR_AWARD_CONFIRMED_BY, "agency");
    completeExternal(TOPIC_RECORD_DIRECT_PURCHASE, Map.of(VAR_AWARD_ID, 6L));
    completeExternal(TOPIC_PUBLISH_AWARD, Map.of(VAR_AWARD_ID, 6L, VAR_ANNOUNCED_AT, ClockUtil.getCurrentTime()));
    assertThat(award).isEnded().hasPassed(END_DIRECT_PURCHASE_AWARDED).hasNotPassed(SUB_CHALLENGE_PERIOD)
        .variables().containsEntry(VAR_AWARD_OUTCOME, OUTCOME_AWARDED);
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** as Tendering's Call_Award passes them (procurementNo and tenderId only after a tender) */
  private ProcessInstance start(String method, boolean byProcurementAgency) {
    boolean tendered = !method.equals("DIRECT_PURCHASE") && !method.equals("SINGLE_SOURCE");
    Map<String, Object> in = new HashMap<>();
    in.put(VAR_PLAN_ID, 911L);
    in.put(VAR_PLAN_NO, PLAN_NO);
    in.put(VAR_PROCUREMENT_METHOD, method);
    in.put(VAR_RUN_BY_PROCUREMENT_AGENCY, byProcurementAgency);
    in.put(VAR_PROCUREMENT_NO, tendered ? PLAN_NO : null);
    in.put(VAR_TENDER_ID, tendered ? 9_911L : null);
    in.put(VAR_AWARD_SUMMARY, tendered ? "拟中标：阳光社工服务中心" : null);
    in.put(AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ");
    return runtimeService.startProcessInstanceByKey(KEY, PLAN_NO, in);
  }

  private void confirmAndPublish(ProcessInstance award, Date announcedAt) {
    completeAs(task(TASK_CONFIRM_AWARD, award), Map.of(VAR_AWARD_CONFIRMED, true, VAR_AWARD_COMMENT, "同意评标结果"));
    LockedExternalTask publish = lockAll(TOPIC_PUBLISH_AWARD, 1).get(0);
    assertThat(publish.getVariables()).containsEntry(VAR_AWARD_CONFIRMED_BY, "agency");
    externalTaskService.complete(publish.getId(), "test", Map.of(VAR_AWARD_ID, 7L, VAR_ANNOUNCED_AT, announcedAt));
  }

  private void correlateChallenge(long challengeId) {
    runtimeService.createMessageCorrelation(MESSAGE_CHALLENGE_RAISED)
        .processInstanceVariableEquals(VAR_PROCUREMENT_NO, PLAN_NO)
        .setVariablesLocal(Map.of(VAR_CHALLENGE_ID, challengeId))
        .correlateWithResult();
  }

  private void assertSupervision(ProcessInstance award, String overdueActivity, String subject) {
    ProcessInstance supervision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(award.getId())
        .list().stream().filter(p -> overdueActivity.equals(runtimeService.getVariable(p.getId(), "overdueActivity")))
        .findFirst().orElseThrow();
    assertThat(supervision.getBusinessKey()).isEqualTo(PLAN_NO);
    assertThat(runtimeService.getVariable(supervision.getId(), "supervisionSubject")).isEqualTo(subject);
  }

  private static Map<String, Object> chosenSupplier() {
    return Map.of(VAR_CHOSEN_SUPPLIER_CODE, "52440300MJL0000012", VAR_CHOSEN_PRICE, 180000.5,
        VAR_CHOICE_JUSTIFICATION, "社区唯一具备失智长者照护资质的机构");
  }

  private Job timer(ProcessInstance award, String activityId) {
    return managementService.createJobQuery().processInstanceId(award.getId()).activityId(activityId).singleResult();
  }

  private void completeExternal(String topic, Map<String, Object> variables) {
    externalTaskService.complete(lockAll(topic, 1).get(0).getId(), "test", variables);
  }

  private List<LockedExternalTask> lockAll(String topic, int expected) {
    List<LockedExternalTask> locked = externalTaskService.fetchAndLock(100, "test")
        .topic(topic, 60_000).businessKey(PLAN_NO).execute();
    assertThat(locked).as(topic).hasSize(expected);
    return locked;
  }

  /** as the buyer group's one user (agency or procagent), so currentUser() records that person */
  private void completeAs(Task task, Map<String, Object> variables) {
    TaskUsers.complete(engine, task, variables);
  }

}
