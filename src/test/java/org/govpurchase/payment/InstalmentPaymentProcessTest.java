package org.govpurchase.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.govpurchase.payment.InstalmentPaymentProcess.*;
import static org.govpurchase.testing.Clock.beijing;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path of processes/instalment-payment.bpmn, one instance per instalment as Contract calls
 * it: the request by message on the instance's instalmentId, the agency's approval or the finance
 * bureau's direct payment (each within its working days, else supervision), a return and a new
 * request, the payment, and the watch over the due date that an amendment may move.
 */
@ProcessTest
class InstalmentPaymentProcessTest {

  static final String NO = "SZ-2026-0952";
  static final long CONTRACT_ID = 952L;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired ManagementService managementService;
  /** the instalments are not in the database: their due dates and texts come from here */
  @MockitoBean PaymentForms paymentForms;
  final Map<Long, Date> dueAt = new HashMap<>(Map.of(9521L, beijing("2026-12-31T23:59:59"),
      9522L, beijing("2027-06-30T23:59:59")));

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    when(paymentForms.dueAt(any())).thenAnswer(call -> dueAt.get(((Number) call.getArgument(0)).longValue()));
    when(paymentForms.instalmentSummary(any())).thenAnswer(call -> "第" + call.getArgument(0) + "号分期");
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

  @Test
  void theAgencyApprovesAfterSendingARequestBackAndTheInstalmentIsPaidOnce() {
    Clock.setEngineClock("2026-11-02T10:00");
    ProcessInstance first = start(9521L, "AGENCY_BUDGET");
    ProcessInstance second = start(9522L, "AGENCY_BUDGET");
    assertThat(first).isWaitingAt(EVENT_INSTALMENT_REQUESTED, EVENT_INSTALMENT_DUE);

    // one message name; the request reaches only the instance of its instalment
    request(9521L);
    assertThat(second).isWaitingAt(EVENT_INSTALMENT_REQUESTED);
    Task approval = task(TASK_APPROVE_INSTALMENT, first);
    assertThat(approval).hasCandidateGroup(AgencyTenants.officersGroup("SZFT-MZJ"));
    // 5 working days after Monday Nov 2: Nov 3 … 6 and 9; the same instant arms the escalation
    assertThat(approval.getDueDate()).isEqualTo(beijing("2026-11-09T23:59:59"));
    assertThat(job(EVENT_APPROVAL_OVERDUE, first).getDuedate()).isEqualTo(beijing("2026-11-09T23:59:59"));
    assertThat(taskService.getVariable(approval.getId(), VAR_INSTALMENT_SUMMARY)).isEqualTo("第9521号分期");
    assertThatThrownBy(() -> completeAs("agency", Groups.PURCHASING_AGENCY, approval,
        Map.of(VAR_INSTALMENT_DECISION, "RETURN"))).hasMessageContaining("instalmentReturnReason");
    completeAs("agency", Groups.PURCHASING_AGENCY, approval,
        Map.of(VAR_INSTALMENT_DECISION, "RETURN", VAR_INSTALMENT_RETURN_REASON, "请附服务记录"));
    completeExternal(TOPIC_RECORD_INSTALMENT_DECISION, first);
    assertThat(first).isWaitingAt(EVENT_INSTALMENT_REQUESTED, EVENT_INSTALMENT_DUE);

    request(9521L);
    pay(TASK_APPROVE_INSTALMENT, first, "agency", Groups.PURCHASING_AGENCY);
    assertThat(first).isEnded().hasPassed(END_PAID).hasNotPassed(TASK_REVIEW_INSTALMENT, CALL_SUPERVISE_APPROVAL);
    // the payment ends the instance and its due-date timer with it
    assertThat(managementService.createJobQuery().processInstanceId(first.getId()).count()).isZero();
    assertThat(second).isNotEnded();
  }

  @Test
  void theFinanceBureauReviewsAndPaysDirectly() {
    Clock.setEngineClock("2026-11-02T10:00");
    ProcessInstance instalment = start(9521L, "FINANCE_DIRECT");
    request(9521L);
    Task review = task(TASK_REVIEW_INSTALMENT, instalment);
    assertThat(review).hasCandidateGroup(Groups.FINANCE_BUREAU);
    assertThat(review.getDueDate()).isEqualTo(beijing("2026-11-09T23:59:59"));
    assertThat(job(EVENT_REVIEW_OVERDUE, instalment).getDuedate()).isEqualTo(review.getDueDate());
    pay(TASK_REVIEW_INSTALMENT, instalment, "finance", Groups.FINANCE_BUREAU);
    assertThat(instalment).isEnded().hasNotPassed(TASK_APPROVE_INSTALMENT);
  }

  @Test
  void aLateApprovalOrReviewGoesToSupervisionAndTheStepStaysOpen() {
    ProcessInstance agency = start(9521L, "AGENCY_BUDGET");
    request(9521L);
    execute(job(EVENT_APPROVAL_OVERDUE, agency));
    assertThat(agency).isWaitingAt(TASK_APPROVE_INSTALMENT, CALL_SUPERVISE_APPROVAL, EVENT_INSTALMENT_DUE);
    assertSupervision(agency, TASK_APPROVE_INSTALMENT, "5个工作日内审核");

    ProcessInstance finance = start(9522L, "FINANCE_DIRECT");
    request(9522L);
    execute(job(EVENT_REVIEW_OVERDUE, finance));
    assertThat(finance).isWaitingAt(TASK_REVIEW_INSTALMENT, CALL_SUPERVISE_REVIEW);
    assertSupervision(finance, TASK_REVIEW_INSTALMENT, "财政部门审核支付");
  }

  @Test
  void anInstalmentUnpaidAtTheEndOfItsDueDateGoesToSupervisionAndAMovedDateIsWatchedAgain() {
    ProcessInstance instalment = start(9521L, "AGENCY_BUDGET");
    assertThat(dueTimer(instalment).getDuedate()).isEqualTo(beijing("2026-12-31T23:59:59"));

    // an amendment moved it to 2027-01-15: when the old date passes it is not overdue, the timer is set again
    dueAt.put(9521L, beijing("2027-01-15T23:59:59"));
    execute(dueTimer(instalment));
    assertThat(instalment).isWaitingAt(EVENT_INSTALMENT_DUE).hasNotPassed(CALL_SUPERVISE_OVERDUE_INSTALMENT);
    assertThat(dueTimer(instalment).getDuedate()).isEqualTo(beijing("2027-01-15T23:59:59"));

    // unpaid at the end of the new date: supervision is called while the request and payment stay open
    when(paymentForms.overdue(eq(9521L), any())).thenReturn(true);
    execute(dueTimer(instalment));
    assertThat(instalment).isWaitingAt(EVENT_INSTALMENT_REQUESTED, CALL_SUPERVISE_OVERDUE_INSTALMENT);
    assertSupervision(instalment, EVENT_INSTALMENT_DUE, "逾期未付");
    assertThat((String) runtimeService.getVariable(supervision(instalment, EVENT_INSTALMENT_DUE).getId(),
        "supervisionSubject")).contains("第9521号分期");
    request(9521L);
    pay(TASK_APPROVE_INSTALMENT, instalment, "agency", Groups.PURCHASING_AGENCY);
    assertThat(instalment).isEnded();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** as Contract's multi-instance call activity starts it */
  private ProcessInstance start(long instalmentId, String route) {
    return runtimeService.startProcessInstanceByKey(KEY, NO, Map.of(VAR_INSTALMENT_ID, instalmentId,
        VAR_CONTRACT_ID, CONTRACT_ID, VAR_PROCUREMENT_NO, NO, VAR_PAYMENT_ROUTE, route, AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
  }

  /** the supplier API's correlation (PaymentMessages) */
  private void request(long instalmentId) {
    runtimeService.createMessageCorrelation(MESSAGE_INSTALMENT_REQUESTED)
        .processInstanceVariableEquals(VAR_INSTALMENT_ID, instalmentId).correlateWithResult();
  }

  private void pay(String taskKey, ProcessInstance instance, String user, String group) {
    completeAs(user, group, task(taskKey, instance), Map.of(VAR_INSTALMENT_DECISION, "APPROVE"));
    LockedExternalTask decision = lock(TOPIC_RECORD_INSTALMENT_DECISION, instance);
    assertThat(decision.getVariables()).containsEntry(VAR_INSTALMENT_DECISION, "APPROVE")
        .containsEntry(VAR_INSTALMENT_APPROVER, user);
    externalTaskService.complete(decision.getId(), "test");
    LockedExternalTask payment = lock(TOPIC_PAY_INSTALMENT, instance);
    assertThat(payment.getVariables()).containsEntry(VAR_INSTALMENT_ID,
        runtimeService.getVariable(instance.getId(), VAR_INSTALMENT_ID));
    externalTaskService.complete(payment.getId(), "test");
  }

  private ProcessInstance supervision(ProcessInstance instance, String overdueActivity) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list().stream()
        .filter(p -> overdueActivity.equals(runtimeService.getVariable(p.getId(), "overdueActivity")))
        .findFirst().orElseThrow();
  }

  private void assertSupervision(ProcessInstance instance, String overdueActivity, String subjectPart) {
    ProcessInstance supervision = supervision(instance, overdueActivity);
    assertThat(supervision.getBusinessKey()).isEqualTo(NO);
    assertThat((String) runtimeService.getVariable(supervision.getId(), "supervisionSubject")).contains(NO, subjectPart);
  }

  private Job dueTimer(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(EVENT_INSTALMENT_DUE)
        .singleResult();
  }

  private void completeExternal(String topic, ProcessInstance instance) {
    externalTaskService.complete(lock(topic, instance).getId(), "test");
  }

  private LockedExternalTask lock(String topic, ProcessInstance instance) {
    List<LockedExternalTask> locked = externalTaskService.fetchAndLock(10, "test").topic(topic, 60_000)
        .processInstanceVariableEquals(VAR_INSTALMENT_ID, runtimeService.getVariable(instance.getId(), VAR_INSTALMENT_ID))
        .execute();
    assertThat(locked).as(topic).hasSize(1);
    return locked.get(0);
  }

  private void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    SignedIn.as(engine.getIdentityService(), user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
