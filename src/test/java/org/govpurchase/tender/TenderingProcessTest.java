package org.govpurchase.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.govpurchase.tender.TenderingProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.govpurchase.identity.Groups;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/tendering.bpmn with the statutory periods on real calendar dates. The
 * test plays the workers (complete, BPMN error) and the supplier API (message correlation); the
 * domain behind the topics has its own tests. The display expressions (tenderForms, awardForms)
 * run for real against ids that do not exist and must not stop the process.
 */
@ProcessTest
class TenderingProcessTest {

  static final String PLAN_NO = "SZ-2026-0901";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired ManagementService managementService;

  long nextTenderId = 9_000;

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

  // ---- open tender, the whole way ----------------------------------------------------------

  @Test
  void shouldTakeAnOpenTenderFromAnnouncementToAnAwardInForce() {
    ProcessInstance tendering = start("OPEN_TENDER", false);
    assertThat(tendering).isWaitingAt(TASK_PREPARE_TENDER).task().hasCandidateGroup(Groups.PURCHASING_AGENCY);
    assertThat(tendering).variables().containsEntry(VAR_BUYER_GROUP, Groups.PURCHASING_AGENCY)
        .containsEntry(VAR_TENDER_ROUND, 1L);

    Date deadline = beijing("2026-10-20T09:30");
    long tenderId = prepareAndAnnounce(tendering, deadline);
    assertThat(tendering).isWaitingAt(EVENT_BID_DEADLINE).hasNotPassed(TASK_DRAW_INVITATIONS);
    assertThat(timer(tendering, EVENT_BID_DEADLINE).getDuedate()).isEqualTo(deadline);

    // bids reach the process by message while the bid window is open
    correlate(MESSAGE_BID_SUBMITTED, tenderId, Map.of(VAR_BID_ID, 11L, VAR_BID_ACTION, "SUBMITTED"));
    correlate(MESSAGE_BID_SUBMITTED, tenderId, Map.of(VAR_BID_ID, 12L, VAR_BID_ACTION, "SUBMITTED"));
    assertThat(tendering).hasPassed(EVENT_BID_RECEIVED).isWaitingAt(EVENT_BID_DEADLINE);

    closeWithBids(tendering, 11L, 12L, 13L);
    assertThat(tendering).isWaitingAt(TASK_CHECK_QUALIFICATION);
    reviewQualifications(tendering, 3);
    concludeQualification(tendering, false, 11L, 12L, 13L);

    drawCommittee(tendering, "expert1", "expert3", "expert4", "expert5");
    Task colleagues = attendanceTask(tendering, "expert3");
    assertThatThrownBy(() -> asExpert("expert1", () -> taskService.complete(colleagues.getId(),
        Map.of(VAR_ATTENDANCE_DECISION, "ACCEPT")))).hasMessageContaining("TASK_WORK");
    for (String expert : List.of("expert1", "expert3", "expert4", "expert5")) {
      completeAs(attendanceTask(tendering, expert), Map.of(VAR_ATTENDANCE_DECISION, "ACCEPT"));
    }
    seatCommittee(tendering, "expert1", "expert3", "expert4", "expert5");
    scoreEverything(tendering, 4 * 3);

    completeExternal(tendering, TOPIC_WRITE_REPORT, Map.of(VAR_AWARD_SUMMARY, "拟中标：阳光社工服务中心"));
    assertThat(tendering).isWaitingAt(TASK_CONFIRM_AWARD).task().hasCandidateGroup(Groups.PURCHASING_AGENCY);
    confirmAndPublish(tendering, beijing("2026-10-21T10:00"));

    assertThat(tendering).isWaitingAt(EVENT_CHALLENGE_PERIOD_OVER);
    execute(job(EVENT_CHALLENGE_PERIOD_OVER, tendering));
    assertThat(tendering).isEnded().hasPassed(END_AWARDED).hasNotPassed(TASK_HANDLE_FAILED_TENDER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMPETITIVE_NEGOTIATION", "COMPETITIVE_CONSULTATION", "REQUEST_FOR_QUOTATION"})
  void shouldRunNegotiationsConsultationsAndQuotationsThroughTheCompetitivePath(String method) {
    ProcessInstance tendering = start(method, false);
    prepareAndAnnounce(tendering, beijing("2026-10-20T09:30"));
    assertThat(tendering).hasNotPassed(TASK_DRAW_INVITATIONS).isWaitingAt(EVENT_BID_DEADLINE);
    closeWithBids(tendering, 51L, 52L, 53L);
    assertThat(tendering).isWaitingAt(TASK_CHECK_QUALIFICATION);
  }

  @Test
  void shouldSeatAStandbyWhenADrawnExpertDeclines() {
    ProcessInstance tendering = start("OPEN_TENDER", false);
    prepareAndAnnounce(tendering, beijing("2026-10-20T09:30"));
    closeWithBids(tendering, 61L, 62L, 63L);
    reviewQualifications(tendering, 3);
    concludeQualification(tendering, false, 61L, 62L, 63L);
    drawCommittee(tendering, "expert1", "expert2", "expert3", "expert5");

    assertThatThrownBy(() -> completeAs(attendanceTask(tendering, "expert2"),
        Map.of(VAR_ATTENDANCE_DECISION, "DECLINE"))).hasMessageContaining("declineReason");
    completeAs(attendanceTask(tendering, "expert2"),
        Map.of(VAR_ATTENDANCE_DECISION, "DECLINE", VAR_DECLINE_REASON, "与投标人存在近亲属关系"));
    LockedExternalTask replace = lockAll(tendering, TOPIC_REPLACE_DECLINED_EXPERT, 1).get(0);
    assertThat(replace.getVariables()).containsEntry(VAR_EXPERT_USER_ID, "expert2");
    externalTaskService.complete(replace.getId(), "test", Map.of(VAR_EXPERT_USER_ID, "expert7"));

    // the standby gets the seat's task; the others' seats are untouched
    assertThat(attendanceTask(tendering, "expert7")).isNotNull();
    assertThat(attendanceTask(tendering, "expert2")).isNull();
    for (String expert : List.of("expert1", "expert3", "expert5", "expert7")) {
      completeAs(attendanceTask(tendering, expert), Map.of(VAR_ATTENDANCE_DECISION, "ACCEPT"));
    }
    assertThat(tendering).isWaitingAt(TASK_SEAT_COMMITTEE);
  }

  @Test
  void shouldRunAProcurementAgencysTenderInItsGroup() {
    ProcessInstance tendering = start("OPEN_TENDER", true);
    assertThat(tendering).isWaitingAt(TASK_PREPARE_TENDER).task().hasCandidateGroup(Groups.PROCUREMENT_AGENCY);
  }

  // ---- bid window ---------------------------------------------------------------------------

  @Test
  void shouldWaitAgainWhenALateClarificationMovedTheDeadline() {
    ProcessInstance tendering = start("OPEN_TENDER", false);
    Date deadline = beijing("2026-10-20T09:30");
    long tenderId = prepareAndAnnounce(tendering, deadline);

    correlate(MESSAGE_CLARIFICATION_ASKED, tenderId, Map.of(VAR_CLARIFICATION_ID, 71L));
    correlate(MESSAGE_CLARIFICATION_ASKED, tenderId, Map.of(VAR_CLARIFICATION_ID, 72L));
    List<Task> questions = taskService.createTaskQuery().processInstanceId(tendering.getId())
        .taskDefinitionKey(TASK_ANSWER_CLARIFICATION).list();
    assertThat(questions).hasSize(2)
        .allSatisfy(t -> assertThat(t).hasCandidateGroup(Groups.PURCHASING_AGENCY));
    // two questions answered side by side each keep their own id and answer
    for (Task question : questions) {
      Object id = taskService.getVariable(question.getId(), VAR_CLARIFICATION_ID);
      completeAs(question, Map.of(VAR_CLARIFICATION_ANSWER, "答复" + id));
    }
    for (LockedExternalTask answer : lockAll(tendering, TOPIC_ANSWER_CLARIFICATION, 2)) {
      assertThat(answer.getVariables().get(VAR_CLARIFICATION_ANSWER))
          .isEqualTo("答复" + answer.getVariables().get(VAR_CLARIFICATION_ID));
      externalTaskService.complete(answer.getId(), "test");
    }
    assertThat(tendering).hasPassed(TASK_PUBLISH_CLARIFICATION).isWaitingAt(EVENT_BID_DEADLINE);

    // the answer moved the deadline: closing at the old one finds it moved and the timer waits again
    execute(job(EVENT_BID_DEADLINE, tendering));
    Date moved = beijing("2026-10-27T09:30");
    completeExternal(tendering, TOPIC_CLOSE, Map.of(VAR_TENDER_CLOSED, false, VAR_BID_DEADLINE, moved));
    assertThat(tendering).isWaitingAt(EVENT_BID_DEADLINE);
    assertThat(timer(tendering, EVENT_BID_DEADLINE).getDuedate()).isEqualTo(moved);
  }

  @Test
  void shouldNotPublishAnAnswerAfterClosingAndRefuseBidsOutsideTheBidWindow() {
    ProcessInstance tendering = start("OPEN_TENDER", false);
    long tenderId = prepareAndAnnounce(tendering, beijing("2026-10-20T09:30"));
    correlate(MESSAGE_CLARIFICATION_ASKED, tenderId, Map.of(VAR_CLARIFICATION_ID, 73L));
    completeAs(task(TASK_ANSWER_CLARIFICATION, tendering), Map.of(VAR_CLARIFICATION_ANSWER, "迟到的答复"));
    LockedExternalTask answer = lockAll(tendering, TOPIC_ANSWER_CLARIFICATION, 1).get(0);
    externalTaskService.handleBpmnError(answer.getId(), "test", ERROR_CLARIFICATION_CLOSED, "已截标");
    assertThat(tendering).hasPassed("EndEvent_ClarificationTooLate").isWaitingAt(EVENT_BID_DEADLINE);

    closeWithBids(tendering, 21L, 22L, 23L);
    // after closing nobody waits for bids: the supplier API turns this into 409 and writes nothing
    assertThatThrownBy(() -> correlate(MESSAGE_BID_SUBMITTED, tenderId,
        Map.of(VAR_BID_ID, 24L, VAR_BID_ACTION, "SUBMITTED")))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  // ---- failed tender ------------------------------------------------------------------------

  @Test
  void shouldChangeTheMethodOfAFailedTenderOnlyWithTheFinanceBureausApproval() {
    ProcessInstance tendering = failedTender();
    assertThat(tendering).isWaitingAt(TASK_HANDLE_FAILED_TENDER);
    assertThat(task(TASK_HANDLE_FAILED_TENDER, tendering).getDueDate())
        .isEqualTo(beijing("2026-10-19T23:59:59"));

    assertThatThrownBy(() -> completeAs(task(TASK_HANDLE_FAILED_TENDER, tendering),
        Map.of(VAR_FAILED_TENDER_CHOICE, "CHANGE_METHOD"))).hasMessageContaining("newProcurementMethod");
    changeMethodRequest(tendering);
    assertThat(tendering).isWaitingAt(TASK_APPROVE_METHOD_CHANGE).task().hasCandidateGroup(Groups.FINANCE_BUREAU);
    completeAs(task(TASK_APPROVE_METHOD_CHANGE, tendering),
        Map.of(VAR_METHOD_CHANGE_DECISION, "REFUSE", VAR_METHOD_CHANGE_COMMENT, "应先重新招标一次"));
    assertThat(tendering).isWaitingAt(TASK_HANDLE_FAILED_TENDER).hasNotPassed(TASK_CHANGE_METHOD);

    changeMethodRequest(tendering);
    completeAs(task(TASK_APPROVE_METHOD_CHANGE, tendering), Map.of(VAR_METHOD_CHANGE_DECISION, "APPROVE"));
    completeExternal(tendering, TOPIC_CHANGE_METHOD, Map.of(VAR_PROCUREMENT_METHOD, "COMPETITIVE_NEGOTIATION"));
    assertThat(tendering).isWaitingAt(TASK_PREPARE_TENDER).variables()
        .containsEntry(VAR_PROCUREMENT_METHOD, "COMPETITIVE_NEGOTIATION")
        .containsEntry(VAR_TENDER_ROUND, 2L);
  }

  @Test
  void shouldRetenderAFailedTenderInANewRound() {
    ProcessInstance tendering = failedTender();
    completeAs(task(TASK_HANDLE_FAILED_TENDER, tendering), Map.of(VAR_FAILED_TENDER_CHOICE, "RETENDER"));
    assertThat(tendering).isWaitingAt(TASK_PREPARE_TENDER).variables().containsEntry(VAR_TENDER_ROUND, 2L);
  }

  @Test
  void shouldEscalateAFailedTenderLeftUnhandled() {
    ProcessInstance tendering = failedTender();
    execute(job("Event_FailedTenderOverdue", tendering));
    assertThat(tendering).isWaitingAt(TASK_HANDLE_FAILED_TENDER, "Task_SuperviseOverdueFailedTender");
  }

  // ---- invited tender -----------------------------------------------------------------------

  @Test
  void shouldDrawInvitedSuppliersBeforeAnnouncingAndSendRefusalsBack() {
    ProcessInstance tendering = start("INVITED_TENDER", false);
    completeAs(task(TASK_PREPARE_TENDER, tendering), prepareForm(beijing("2026-10-20T09:30")).putValue(VAR_INVITED_COUNT, 3));
    assertThat(tendering).isWaitingAt(TASK_DRAW_INVITATIONS);
    LockedExternalTask draw = lockAll(tendering, TOPIC_DRAW_INVITATIONS, 1).get(0);
    externalTaskService.handleBpmnError(draw.getId(), "test", ERROR_ANNOUNCEMENT_REFUSED, "合格供应商不足3家",
        Map.of(VAR_ANNOUNCEMENT_REFUSAL, "合格供应商不足3家"));
    assertThat(tendering).isWaitingAt(TASK_PREPARE_TENDER).variables()
        .containsEntry(VAR_ANNOUNCEMENT_REFUSAL, "合格供应商不足3家");

    completeAs(task(TASK_PREPARE_TENDER, tendering), prepareForm(beijing("2026-10-20T09:30")).putValue(VAR_INVITED_COUNT, 3));
    completeExternal(tendering, TOPIC_DRAW_INVITATIONS, Map.of());
    assertThat(tendering).isWaitingAt(TASK_ANNOUNCE_TENDER);
  }

  // ---- single source and direct purchase ----------------------------------------------------

  @Test
  void shouldPublicizeASingleSourceForFiveWorkingDaysBeforeTheAward() {
    ProcessInstance tendering = start("SINGLE_SOURCE", false);
    assertThat(tendering).isWaitingAt(TASK_PREPARE_SINGLE_SOURCE);
    completeAs(task(TASK_PREPARE_SINGLE_SOURCE, tendering), chosenSupplier());
    // the award worker fixes the end of the publicity on the calendar; the timer holds the process until then
    Date publicityEnds = beijing("2026-10-12T23:59:59");
    completeExternal(tendering, TOPIC_PUBLICIZE_SINGLE_SOURCE,
        Map.of(VAR_AWARD_ID, 5L, VAR_PUBLICITY_ENDS, publicityEnds, VAR_AWARD_SUMMARY, "单一来源：阳光社工服务中心"));
    assertThat(tendering).isWaitingAt(EVENT_PUBLICITY_OVER);
    assertThat(timer(tendering, EVENT_PUBLICITY_OVER).getDuedate()).isEqualTo(publicityEnds);
    execute(job(EVENT_PUBLICITY_OVER, tendering));
    assertThat(tendering).isWaitingAt(TASK_CONFIRM_AWARD).hasNotPassed(TASK_PREPARE_TENDER);
  }

  @Test
  void shouldRecordADirectPurchaseAndPublishItWithoutAChallengePeriod() {
    ProcessInstance tendering = start("DIRECT_PURCHASE", false);
    completeAs(task(TASK_RECORD_DIRECT_PURCHASE, tendering), chosenSupplier());
    LockedExternalTask register = lockAll(tendering, TOPIC_RECORD_DIRECT_PURCHASE, 1).get(0);
    externalTaskService.handleBpmnError(register.getId(), "test", ERROR_AWARD_REFUSED, "承接主体已被暂停",
        Map.of(VAR_AWARD_REFUSAL, "承接主体已被暂停"));
    assertThat(tendering).isWaitingAt(TASK_RECORD_DIRECT_PURCHASE);

    completeAs(task(TASK_RECORD_DIRECT_PURCHASE, tendering), chosenSupplier());
    completeExternal(tendering, TOPIC_RECORD_DIRECT_PURCHASE, Map.of(VAR_AWARD_ID, 6L));
    completeExternal(tendering, TOPIC_PUBLISH_AWARD, Map.of(VAR_AWARD_ID, 6L, VAR_ANNOUNCED_AT, new Date()));
    assertThat(tendering).isEnded().hasPassed(END_DIRECT_PURCHASE_AWARDED).hasNotPassed(SUB_CHALLENGE_PERIOD);
  }

  // ---- award limits and challenges ----------------------------------------------------------

  @Test
  void shouldEscalateAnAwardNotConfirmedWithinFiveWorkingDays() {
    Clock.setEngineClock("2026-09-29T10:00");
    ProcessInstance tendering = atAwardConfirmation();
    // 5 working days after 2026-09-29 skip the National Day holiday and count the Saturday make-up day Oct 10
    Date fifthWorkingDay = beijing("2026-10-12T23:59:59");
    assertThat(task(TASK_CONFIRM_AWARD, tendering).getDueDate()).isEqualTo(fifthWorkingDay);
    assertThat(timer(tendering, EVENT_AWARD_CONFIRMATION_OVERDUE).getDuedate()).isEqualTo(fifthWorkingDay);
    execute(job(EVENT_AWARD_CONFIRMATION_OVERDUE, tendering));
    assertThat(tendering).isWaitingAt(TASK_CONFIRM_AWARD, TASK_SUPERVISE_OVERDUE_CONFIRMATION);
    assertThat(task(TASK_SUPERVISE_OVERDUE_CONFIRMATION, tendering)).hasCandidateGroup(Groups.SUPERVISION);

    assertThatThrownBy(() -> completeAs(task(TASK_CONFIRM_AWARD, tendering), Map.of(VAR_AWARD_CONFIRMED, false)))
        .hasMessageContaining("awardConfirmed");
    completeAs(task(TASK_CONFIRM_AWARD, tendering), Map.of(VAR_AWARD_CONFIRMED, true));
    assertThat(tendering).isWaitingAt(TASK_PUBLISH_AWARD, TASK_SUPERVISE_OVERDUE_CONFIRMATION)
        .variables().containsEntry(VAR_AWARD_CONFIRMED_BY, "agency");
    // the award notice is due 2 working days after confirmation (Oct 12 with the clock still at Sep 29: Sep 30, Oct 8)
    assertThat(timer(tendering, EVENT_AWARD_PUBLICATION_OVERDUE).getDuedate()).isEqualTo(beijing("2026-10-08T23:59:59"));
    execute(job(EVENT_AWARD_PUBLICATION_OVERDUE, tendering));
    assertThat(tendering).isWaitingAt(TASK_PUBLISH_AWARD, TASK_SUPERVISE_OVERDUE_PUBLICATION,
        TASK_SUPERVISE_OVERDUE_CONFIRMATION);
  }

  @Test
  void shouldKeepTheChallengePeriodForSevenWorkingDaysAndAnswerAChallengeWithinSeven() {
    Clock.setEngineClock("2026-02-12T10:00");
    ProcessInstance tendering = atAwardConfirmation();
    confirmAndPublish(tendering, beijing("2026-02-12T10:00"));
    // Feb 13, the make-up Saturday Feb 14, then after Spring Festival Feb 24-27 and the make-up Saturday Feb 28
    assertThat(timer(tendering, EVENT_CHALLENGE_PERIOD_OVER).getDuedate()).isEqualTo(beijing("2026-02-28T23:59:59"));

    correlateChallenge(tendering, 81L);
    Task answer = task(TASK_ANSWER_CHALLENGE, tendering);
    assertThat(answer).hasCandidateGroup(Groups.PURCHASING_AGENCY);
    assertThat(answer.getDueDate()).isEqualTo(beijing("2026-02-28T23:59:59"));

    // the period ends while the answer is pending: the award waits for it
    execute(job(EVENT_CHALLENGE_PERIOD_OVER, tendering));
    assertThat(tendering).isWaitingAt(TASK_ANSWER_CHALLENGE).isNotEnded();
    execute(job(EVENT_CHALLENGE_ANSWER_OVERDUE, tendering));
    assertThat(tendering).isWaitingAt(TASK_ANSWER_CHALLENGE, TASK_SUPERVISE_OVERDUE_CHALLENGE);

    completeAs(task(TASK_ANSWER_CHALLENGE, tendering),
        Map.of(VAR_CHALLENGE_DECISION, "DISMISSED", VAR_CHALLENGE_ANSWER, "评审程序合法，质疑不成立"));
    LockedExternalTask recorded = lockAll(tendering, TOPIC_ANSWER_CHALLENGE, 1).get(0);
    assertThat(recorded.getVariables()).containsEntry(VAR_CHALLENGE_ID, 81L)
        .containsEntry(VAR_CHALLENGE_DECISION, "DISMISSED").containsEntry(VAR_CHALLENGE_ANSWERED_BY, "agency");
    externalTaskService.complete(recorded.getId(), "test");
    // the supervisor's task is all that keeps it open
    complete(task(TASK_SUPERVISE_OVERDUE_CHALLENGE, tendering));
    completeExternal(tendering, "supervision.recordAction", Map.of());
    assertThat(tendering).isEnded().hasPassed(END_AWARDED);
  }

  @Test
  void shouldMoveTheAwardToTheNextRankedBidWhenAChallengeIsUpheld() {
    ProcessInstance tendering = atAwardConfirmation();
    confirmAndPublish(tendering, new Date());
    correlateChallenge(tendering, 82L);
    completeAs(task(TASK_ANSWER_CHALLENGE, tendering),
        Map.of(VAR_CHALLENGE_DECISION, "UPHELD_NEXT_RANKED", VAR_CHALLENGE_ANSWER, "第一名资格证明失实"));
    completeExternal(tendering, TOPIC_ANSWER_CHALLENGE, Map.of());

    assertThat(tendering).hasPassed(EVENT_CHALLENGE_UPHELD_NEXT_RANKED).isWaitingAt(TASK_MOVE_AWARD_TO_NEXT_RANKED);
    completeExternal(tendering, TOPIC_MOVE_TO_NEXT_RANKED, Map.of(VAR_AWARD_ID, 8L, VAR_AWARD_SUMMARY, "递补：彩虹长者服务社"));
    assertThat(tendering).isWaitingAt(TASK_CONFIRM_AWARD).variables().containsEntry(VAR_AWARD_SUMMARY, "递补：彩虹长者服务社");
    confirmAndPublish(tendering, new Date());
    assertThat(tendering).isWaitingAt(EVENT_CHALLENGE_PERIOD_OVER);
  }

  @Test
  void shouldRetenderWhenAChallengeVoidsTheAwardOrNobodyIsLeftToMoveUp() {
    ProcessInstance tendering = atAwardConfirmation();
    confirmAndPublish(tendering, new Date());
    correlateChallenge(tendering, 83L);
    completeAs(task(TASK_ANSWER_CHALLENGE, tendering),
        Map.of(VAR_CHALLENGE_DECISION, "UPHELD_NEXT_RANKED", VAR_CHALLENGE_ANSWER, "成立"));
    completeExternal(tendering, TOPIC_ANSWER_CHALLENGE, Map.of());
    LockedExternalTask move = lockAll(tendering, TOPIC_MOVE_TO_NEXT_RANKED, 1).get(0);
    externalTaskService.handleBpmnError(move.getId(), "test", ERROR_NO_NEXT_RANKED, "没有可递补的投标人");
    assertThat(tendering).isWaitingAt(TASK_REVOKE_AWARD);
    completeExternal(tendering, TOPIC_REVOKE_AWARD, Map.of());
    assertThat(tendering).isWaitingAt(TASK_PREPARE_TENDER).variables().containsEntry(VAR_TENDER_ROUND, 2L);

    long tenderId = prepareAndAnnounce(tendering, beijing("2026-12-20T09:30"));
    closeWithBids(tendering, 31L, 32L, 33L);
    assertThat(tenderId).isPositive();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private ProcessInstance start(String method, boolean byProcurementAgency) {
    return runtimeService.startProcessInstanceByKey(KEY, PLAN_NO, Map.of(
        VAR_PLAN_ID, 901L, VAR_PLAN_NO, PLAN_NO, VAR_PROCUREMENT_METHOD, method,
        VAR_RUN_BY_PROCUREMENT_AGENCY, byProcurementAgency));
  }

  private org.camunda.bpm.engine.variable.VariableMap prepareForm(Date deadline) {
    return Variables.createVariables()
        .putValue(VAR_TENDER_TITLE, "社区居家养老服务项目")
        .putValue(VAR_DOCUMENTS_ISSUED_ON, "2026-09-28")
        .putValue(VAR_BID_DEADLINE_DATE, "2026-10-20")
        .putValue(VAR_BID_DEADLINE_TIME, "09:30");
  }

  private long prepareAndAnnounce(ProcessInstance tendering, Date deadline) {
    completeAs(task(TASK_PREPARE_TENDER, tendering), prepareForm(deadline));
    assertThat(tendering).variables().containsEntry(VAR_TENDER_PREPARER, "agency");
    long tenderId = nextTenderId++;
    completeExternal(tendering, TOPIC_ANNOUNCE, Map.of(VAR_TENDER_ID, tenderId,
        VAR_PROCUREMENT_NO, PLAN_NO, VAR_BID_DEADLINE, deadline));
    return tenderId;
  }

  private void closeWithBids(ProcessInstance tendering, Long... bidIds) {
    execute(job(EVENT_BID_DEADLINE, tendering));
    completeExternal(tendering, TOPIC_CLOSE, Map.of(VAR_TENDER_CLOSED, true, VAR_BID_IDS, list(bidIds)));
  }

  private void reviewQualifications(ProcessInstance tendering, int bids) {
    for (LockedExternalTask check : lockAll(tendering, TOPIC_CHECK_QUALIFICATION, bids)) {
      boolean qualified = !Long.valueOf(13L).equals(check.getVariables().get(VAR_BID_ID));
      externalTaskService.complete(check.getId(), "test", Map.of(VAR_AUTO_QUALIFIED, qualified,
          VAR_UNMET_REASONS, qualified ? "" : "未提供依法缴纳税收的良好记录"));
    }
    List<Task> reviews = taskService.createTaskQuery().processInstanceId(tendering.getId())
        .taskDefinitionKey(TASK_CONFIRM_QUALIFICATION).list();
    assertThat(reviews).hasSize(bids).allSatisfy(t -> assertThat(t).hasCandidateGroup(Groups.REGISTRATION_AUTHORITY));
    for (Task review : reviews) {
      assertThatThrownBy(() -> completeAs(review, Map.of(VAR_QUALIFICATION_DECISION, "OVERRIDE")))
          .hasMessageContaining("overrideReason");
      completeAs(review, Map.of(VAR_QUALIFICATION_DECISION, "CONFIRM"));
    }
    for (LockedExternalTask record : lockAll(tendering, TOPIC_RECORD_QUALIFICATION, bids)) {
      // each review kept its own bid and decision
      assertThat(record.getVariables()).containsKey(VAR_BID_ID)
          .containsEntry(VAR_QUALIFICATION_DECISION, "CONFIRM")
          .containsEntry(VAR_QUALIFICATION_REVIEWER, "agency");
      externalTaskService.complete(record.getId(), "test");
    }
    assertThat(tendering).isWaitingAt(TASK_CONCLUDE_QUALIFICATION);
  }

  private void concludeQualification(ProcessInstance tendering, boolean failed, Long... qualified) {
    completeExternal(tendering, TOPIC_CONCLUDE_QUALIFICATION, Map.of(VAR_QUALIFIED_BID_IDS, list(qualified),
        VAR_QUALIFIED_COUNT, qualified.length, VAR_MINIMUM_QUALIFIED, 3, VAR_TENDER_FAILED, failed));
  }

  private ProcessInstance failedTender() {
    Clock.setEngineClock("2026-09-29T10:00");
    ProcessInstance tendering = start("OPEN_TENDER", false);
    prepareAndAnnounce(tendering, beijing("2026-10-20T09:30"));
    closeWithBids(tendering, 41L, 42L);
    reviewQualifications(tendering, 2);
    concludeQualification(tendering, true, 41L, 42L);
    return tendering;
  }

  private static Map<String, Object> chosenSupplier() {
    return Map.of(VAR_CHOSEN_SUPPLIER_CODE, "52440300MJL0000012", VAR_CHOSEN_PRICE, 180000.5,
        VAR_CHOICE_JUSTIFICATION, "社区唯一具备失智长者照护资质的机构");
  }

  private void changeMethodRequest(ProcessInstance tendering) {
    completeAs(task(TASK_HANDLE_FAILED_TENDER, tendering), Map.of(VAR_FAILED_TENDER_CHOICE, "CHANGE_METHOD",
        VAR_NEW_PROCUREMENT_METHOD, "COMPETITIVE_NEGOTIATION", VAR_METHOD_CHANGE_REASON, "公开招标两家合格，改为竞争性谈判"));
  }

  private void drawCommittee(ProcessInstance tendering, String... experts) {
    completeExternal(tendering, TOPIC_DRAW_COMMITTEE, Map.of(VAR_COMMITTEE_DRAW_ID, 1L,
        VAR_COMMITTEE_USER_IDS, list(experts)));
  }

  private void seatCommittee(ProcessInstance tendering, String... experts) {
    completeExternal(tendering, TOPIC_SEAT_COMMITTEE, Map.of(VAR_SCORER_USER_IDS, list(experts)));
  }

  private Task attendanceTask(ProcessInstance tendering, String expert) {
    return taskService.createTaskQuery().processInstanceId(tendering.getId())
        .taskDefinitionKey(TASK_CONFIRM_ATTENDANCE).taskAssignee(expert).singleResult();
  }

  private void scoreEverything(ProcessInstance tendering, int sheets) {
    List<Task> scoring = taskService.createTaskQuery().processInstanceId(tendering.getId())
        .taskDefinitionKey(TASK_SCORE_BID).list();
    assertThat(scoring).hasSize(sheets);
    for (Task sheet : scoring) {
      completeAs(sheet, Map.of(VAR_SCORE_PROPOSAL, 80, VAR_SCORE_CAPACITY, 75.5, VAR_SCORE_PRICE, 90));
    }
    for (LockedExternalTask record : lockAll(tendering, TOPIC_RECORD_SCORE, sheets)) {
      assertThat(record.getVariables()).containsKeys(VAR_EXPERT_USER_ID, VAR_BID_ID)
          .containsEntry(VAR_SCORE_CAPACITY, 75.5);
      externalTaskService.complete(record.getId(), "test");
    }
  }

  private ProcessInstance atAwardConfirmation() {
    ProcessInstance tendering = start("OPEN_TENDER", false);
    runtimeService.createProcessInstanceModification(tendering.getId())
        .startBeforeActivity(TASK_CONFIRM_AWARD)
        .setVariable(VAR_PROCUREMENT_NO, PLAN_NO)
        .setVariable(VAR_TENDER_ID, nextTenderId++)
        .setVariable(VAR_AWARD_SUMMARY, "拟中标：阳光社工服务中心")
        .cancelAllForActivity(TASK_PREPARE_TENDER)
        .execute();
    return tendering;
  }

  private void confirmAndPublish(ProcessInstance tendering, Date announcedAt) {
    completeAs(task(TASK_CONFIRM_AWARD, tendering), Map.of(VAR_AWARD_CONFIRMED, true, VAR_AWARD_COMMENT, "同意评标结果"));
    LockedExternalTask publish = lockAll(tendering, TOPIC_PUBLISH_AWARD, 1).get(0);
    assertThat(publish.getVariables()).containsEntry(VAR_AWARD_CONFIRMED_BY, "agency");
    externalTaskService.complete(publish.getId(), "test", Map.of(VAR_AWARD_ID, 7L, VAR_ANNOUNCED_AT, announcedAt));
  }

  private void correlateChallenge(ProcessInstance tendering, long challengeId) {
    runtimeService.createMessageCorrelation(MESSAGE_CHALLENGE_RAISED)
        .processInstanceVariableEquals(VAR_PROCUREMENT_NO, PLAN_NO)
        .processInstanceId(tendering.getId())
        .setVariablesLocal(Map.of(VAR_CHALLENGE_ID, challengeId))
        .correlateWithResult();
  }

  private void correlate(String message, long tenderId, Map<String, Object> local) {
    runtimeService.createMessageCorrelation(message)
        .processInstanceVariableEquals(VAR_TENDER_ID, tenderId)
        .setVariablesLocal(local)
        .correlateWithResult();
  }

  private Job timer(ProcessInstance tendering, String activityId) {
    return managementService.createJobQuery().processInstanceId(tendering.getId()).activityId(activityId)
        .singleResult();
  }

  private void completeExternal(ProcessInstance tendering, String topic, Map<String, Object> variables) {
    LockedExternalTask task = lockAll(tendering, topic, 1).get(0);
    externalTaskService.complete(task.getId(), "test", variables);
  }

  private List<LockedExternalTask> lockAll(ProcessInstance tendering, String topic, int expected) {
    List<LockedExternalTask> locked = externalTaskService.fetchAndLock(100, "test")
        .topic(topic, 60_000).businessKey(PLAN_NO).execute();
    assertThat(locked).as(topic).hasSize(expected);
    return locked;
  }

  /**
   * Completes as user "agency" in every group that works on tenders, so that authorization holds
   * through the task's candidate group and currentUser() has someone to record.
   */
  private void completeAs(Task task, Map<String, Object> variables) {
    // an expert's task is the assigned expert's alone
    String user = task.getAssignee() != null ? task.getAssignee() : "agency";
    engine.getIdentityService().setAuthentication(user, List.of(Groups.PURCHASING_AGENCY,
        Groups.PROCUREMENT_AGENCY, Groups.FINANCE_BUREAU, Groups.REGISTRATION_AUTHORITY, Groups.EXPERT));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** an expert signed in as Tasklist would sign them in */
  private void asExpert(String expert, Runnable action) {
    engine.getIdentityService().setAuthentication(expert, List.of(Groups.EXPERT));
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** a list as the external-task client sends one: a JSON-serialized ArrayList */
  @SafeVarargs
  private static <T> ObjectValue list(T... elements) {
    return Variables.objectValue(new ArrayList<>(List.of(elements)))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
