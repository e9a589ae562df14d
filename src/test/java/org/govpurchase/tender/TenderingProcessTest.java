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
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.award.AwardProcess;
import org.govpurchase.evaluation.EvaluationProcess;
import org.govpurchase.identity.Groups;
import org.govpurchase.testing.Clock;
import org.govpurchase.supervision.SupervisionProcess;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.testing.TaskUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/tendering.bpmn with the statutory periods on real calendar dates. The
 * test plays the workers (complete, BPMN error) and the supplier API (message correlation); the
 * domain behind the topics has its own tests. The called Evaluation and Award are deployed and
 * started for real; they are then moved to their end (their own tests drive every step). The
 * display expressions (tenderForms) run for real against ids that do not exist and must not stop
 * the process.
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
    // deleting a Tendering instance deletes the Evaluation, Award and Supervision instances it called
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

    // the evaluation is a process of its own, under the same business key, with what it needs passed in
    assertThat(tendering).isWaitingAt(CALL_EVALUATION);
    ProcessInstance evaluation = called(tendering, EvaluationProcess.KEY);
    assertThat(evaluation.getBusinessKey()).isEqualTo(PLAN_NO);
    assertThat(runtimeService.getVariables(evaluation.getId())).containsKeys(VAR_PLAN_ID, VAR_PROCUREMENT_NO,
        VAR_TENDER_ID, VAR_BID_DEADLINE, VAR_COMMITTEE_SPECIALTIES, VAR_QUALIFIED_BID_IDS)
        .doesNotContainKeys(VAR_BID_IDS, VAR_BUYER_GROUP);
    finishEvaluation(evaluation, "拟中标：阳光社工服务中心");

    // then the award, with the report's first place to confirm
    assertThat(tendering).isWaitingAt(CALL_AWARD);
    ProcessInstance award = called(tendering, AwardProcess.KEY);
    assertThat(runtimeService.getVariables(award.getId()))
        .containsEntry(VAR_AWARD_SUMMARY, "拟中标：阳光社工服务中心").containsEntry(VAR_PROCUREMENT_NO, PLAN_NO)
        .containsEntry(VAR_PROCUREMENT_METHOD, "OPEN_TENDER");
    assertThat(award).isWaitingAt(AwardProcess.TASK_CONFIRM_AWARD);
    finishAward(award, AwardProcess.OUTCOME_AWARDED);
    assertThat(tendering).isEnded().hasPassed(END_AWARDED).hasNotPassed(TASK_HANDLE_FAILED_TENDER)
        .variables().containsEntry(VAR_AWARD_ID, 7L);
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
        .containsEntry(VAR_TENDER_ROUND, 2L)
        // the finance bureau's decision is recorded under the finance user, not the buyer's officer
        .containsEntry(VAR_METHOD_CHANGE_APPROVER, "finance");
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
    assertThat(timer(tendering, EVENT_FAILED_TENDER_OVERDUE).getDuedate())
        .isEqualTo(task(TASK_HANDLE_FAILED_TENDER, tendering).getDueDate());
    execute(job(EVENT_FAILED_TENDER_OVERDUE, tendering));
    assertThat(tendering).isWaitingAt(TASK_HANDLE_FAILED_TENDER, CALL_SUPERVISE_FAILED_TENDER);
    ProcessInstance supervision = called(tendering, SupervisionProcess.KEY);
    assertThat(supervision.getBusinessKey()).isEqualTo(PLAN_NO);
    assertThat(runtimeService.getVariables(supervision.getId()))
        .containsEntry("overdueActivity", TASK_HANDLE_FAILED_TENDER)
        .containsEntry("supervisionSubject", PLAN_NO + " 采购失败后10个工作日内未处理");
  }

  @Test
  void shouldEscalateAMethodChangeLeftUnapproved() {
    ProcessInstance tendering = failedTender();
    changeMethodRequest(tendering);
    execute(job(EVENT_METHOD_CHANGE_OVERDUE, tendering));
    assertThat(tendering).isWaitingAt(TASK_APPROVE_METHOD_CHANGE, CALL_SUPERVISE_METHOD_CHANGE);
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

  // ---- single source and direct purchase: straight to the award ---------------------------

  @ParameterizedTest
  @ValueSource(strings = {"SINGLE_SOURCE", "DIRECT_PURCHASE"})
  void shouldCallTheAwardAtOnceWithoutATender(String method) {
    ProcessInstance tendering = start(method, true);
    assertThat(tendering).isWaitingAt(CALL_AWARD).hasNotPassed(TASK_PREPARE_TENDER, CALL_EVALUATION);
    ProcessInstance award = called(tendering, AwardProcess.KEY);
    assertThat(award.getBusinessKey()).isEqualTo(PLAN_NO);
    assertThat(runtimeService.getVariables(award.getId())).containsEntry(VAR_PROCUREMENT_METHOD, method)
        .containsEntry(VAR_RUN_BY_PROCUREMENT_AGENCY, true).containsEntry(VAR_PLAN_ID, 901L);
    assertThat(award).isWaitingAt(method.equals("SINGLE_SOURCE")
        ? AwardProcess.TASK_PREPARE_SINGLE_SOURCE : AwardProcess.TASK_RECORD_DIRECT_PURCHASE)
        .task().hasCandidateGroup(Groups.PROCUREMENT_AGENCY);
    finishAward(award, AwardProcess.OUTCOME_AWARDED);
    assertThat(tendering).isEnded().hasPassed(END_AWARDED);
  }

  // ---- a revoked award: the purchase again, in a new round ----------------------------------

  @Test
  void shouldBuyAgainInANewRoundWhenTheAwardIsRevoked() {
    ProcessInstance tendering = start("SINGLE_SOURCE", false);
    finishAward(called(tendering, AwardProcess.KEY), AwardProcess.OUTCOME_RETENDER);
    // a single source that is revoked is bought again by the same method (or, failing, a changed one)
    assertThat(tendering).hasPassed(GATEWAY_AWARD_OUTCOME).isWaitingAt(CALL_AWARD)
        .variables().containsEntry(VAR_TENDER_ROUND, 2L);

    ProcessInstance tender = start("OPEN_TENDER", false);
    runtimeService.createProcessInstanceModification(tender.getId())
        .startBeforeActivity(CALL_AWARD).cancelAllForActivity(TASK_PREPARE_TENDER).execute();
    finishAward(called(tender, AwardProcess.KEY), AwardProcess.OUTCOME_RETENDER);
    assertThat(tender).isWaitingAt(TASK_PREPARE_TENDER).variables().containsEntry(VAR_TENDER_ROUND, 2L);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private ProcessInstance start(String method, boolean byProcurementAgency) {
    return runtimeService.startProcessInstanceByKey(KEY, PLAN_NO, Map.of(
        VAR_PLAN_ID, 901L, VAR_PLAN_NO, PLAN_NO, VAR_PROCUREMENT_METHOD, method,
        VAR_RUN_BY_PROCUREMENT_AGENCY, byProcurementAgency, AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
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
          .containsEntry(VAR_QUALIFICATION_REVIEWER, "registrar");
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

  private void changeMethodRequest(ProcessInstance tendering) {
    completeAs(task(TASK_HANDLE_FAILED_TENDER, tendering), Map.of(VAR_FAILED_TENDER_CHOICE, "CHANGE_METHOD",
        VAR_NEW_PROCUREMENT_METHOD, "COMPETITIVE_NEGOTIATION", VAR_METHOD_CHANGE_REASON, "公开招标两家合格，改为竞争性谈判"));
  }

  private void correlate(String message, long tenderId, Map<String, Object> local) {
    runtimeService.createMessageCorrelation(message)
        .processInstanceVariableEquals(VAR_TENDER_ID, tenderId)
        .setVariablesLocal(local)
        .correlateWithResult();
  }

  /** the running instance of a process called by this one */
  private ProcessInstance called(ProcessInstance caller, String key) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .processDefinitionKey(key).singleResult();
  }

  /** the evaluation as if it ran to its report: its own test drives every step */
  private void finishEvaluation(ProcessInstance evaluation, String awardSummary) {
    runtimeService.createProcessInstanceModification(evaluation.getId())
        .startBeforeActivity(EvaluationProcess.TASK_WRITE_EVALUATION_REPORT)
        .cancelAllForActivity(EvaluationProcess.TASK_DRAW_COMMITTEE).execute();
    completeExternal(evaluation, EvaluationProcess.TOPIC_WRITE_REPORT, Map.of(VAR_AWARD_SUMMARY, awardSummary));
    assertThat(evaluation).isEnded();
  }

  /** the award as if it ended with this outcome: its own test drives every step */
  private void finishAward(ProcessInstance award, String outcome) {
    boolean awarded = outcome.equals(AwardProcess.OUTCOME_AWARDED);
    runtimeService.setVariable(award.getId(), VAR_AWARD_ID, 7L);
    runtimeService.setVariable(award.getId(), AwardProcess.VAR_ANNOUNCED_AT, ClockUtil.getCurrentTime());
    runtimeService.createProcessInstanceModification(award.getId())
        .startBeforeActivity(awarded ? AwardProcess.EVENT_CHALLENGE_PERIOD_OVER : AwardProcess.TASK_REVOKE_AWARD)
        .cancelAllForActivity(AwardProcess.TASK_CONFIRM_AWARD)
        .cancelAllForActivity(AwardProcess.TASK_PREPARE_SINGLE_SOURCE)
        .cancelAllForActivity(AwardProcess.TASK_RECORD_DIRECT_PURCHASE)
        .execute();
    if (awarded) {
      execute(job(AwardProcess.EVENT_CHALLENGE_PERIOD_OVER, award));
    } else {
      completeExternal(award, AwardProcess.TOPIC_REVOKE_AWARD, Map.of());
    }
    assertThat(award).isEnded().variables().containsEntry(VAR_AWARD_OUTCOME, outcome);
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

  /** as the task's assignee or its candidate group's one user, so currentUser() records that person */
  private void completeAs(Task task, Map<String, Object> variables) {
    TaskUsers.complete(engine, task, variables);
  }

  /** an expert signed in as Tasklist would sign them in */
  private void asExpert(String expert, Runnable action) {
    SignedIn.as(engine.getIdentityService(), expert, List.of(Groups.EXPERT));
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
