package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.govpurchase.contract.ContractProcess.*;
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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.govpurchase.identity.Groups;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.govpurchase.payment.PaymentForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path of processes/contract.bpmn with its limits on real calendar dates: the 30 days to
 * sign, 2 working days to publish and 7 to file. The test plays the workers and the supplier API.
 */
@ProcessTest
class ContractProcessTest {

  static final String NO = "SZ-2026-0951";
  static final long CONTRACT_ID = 951L;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired ManagementService managementService;
  /** the instalments 9511 and 9512 are not in the database: their due dates come from here */
  @MockitoBean PaymentForms paymentForms;
  final Map<Long, Date> dueAt = new HashMap<>(Map.of(9511L, beijing("2026-12-31T23:59:59"),
      9512L, beijing("2027-06-30T23:59:59")));

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
  void shouldSignPublishAndFileAContractAfterADraftAndAFilingWereSentBack() {
    Clock.setEngineClock("2026-09-29T10:00");
    ProcessInstance contract = startAndPrepare();
    Date signDeadline = beijing("2026-10-29T23:59:59");
    assertThat(task(TASK_DRAFT_CONTRACT, contract).getDueDate()).isEqualTo(signDeadline);
    assertThat(task(TASK_DRAFT_CONTRACT, contract)).hasCandidateGroup(Groups.PURCHASING_AGENCY);

    // a draft the registration refuses goes back with the reason
    completeAs(task(TASK_DRAFT_CONTRACT, contract), draft());
    LockedExternalTask register = lock(TOPIC_REGISTER_DRAFT);
    externalTaskService.handleBpmnError(register.getId(), "test", ERROR_CONTRACT_INCOMPLETE, "分期金额合计与合同金额不符",
        Map.of(VAR_DRAFT_REFUSAL, "分期金额合计与合同金额不符"));
    assertThat(contract).isWaitingAt(TASK_DRAFT_CONTRACT).variables()
        .containsEntry(VAR_DRAFT_REFUSAL, "分期金额合计与合同金额不符");
    completeAs(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());

    // both sides sign, in any order; the 30-day timer watches
    assertThat(contract).isWaitingAt(TASK_SIGN_CONTRACT, EVENT_SUPPLIER_SIGNED);
    assertThat(timer(contract, EVENT_SIGNING_OVERDUE).getDuedate()).isEqualTo(signDeadline);
    runtimeService.createMessageCorrelation(MESSAGE_SUPPLIER_SIGNED)
        .processInstanceVariableEquals(VAR_CONTRACT_ID, CONTRACT_ID).correlateWithResult();
    assertThatThrownBy(() -> completeAs(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, false)))
        .hasMessageContaining("agencySigned");
    completeAs(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, true));
    assertThat(contract).isWaitingAt(TASK_PUBLISH_CONTRACT).variables()
        .containsEntry(VAR_AGENCY_SIGNATORY, "agency").containsKey(VAR_SIGNED_AT);
    // published within 2 working days of signing (Sep 29: Sep 30, then Oct 8 after National Day)
    assertThat(timer(contract, EVENT_PUBLICATION_OVERDUE).getDuedate()).isEqualTo(beijing("2026-10-08T23:59:59"));
    completeExternal(TOPIC_PUBLISH, Map.of());

    // filed within 7 working days of signing: Sep 30, Oct 8, 9, the make-up Saturday Oct 10, 12, 13, 14
    Date filingDeadline = beijing("2026-10-14T23:59:59");
    completeExternal(TOPIC_SUBMIT_FILING, Map.of());
    Task review = task(TASK_ACCEPT_FILING, contract);
    assertThat(review).hasCandidateGroup(Groups.FINANCE_BUREAU);
    assertThat(review.getDueDate()).isEqualTo(filingDeadline);
    assertThat(timer(contract, EVENT_FILING_OVERDUE).getDuedate()).isEqualTo(filingDeadline);
    assertThatThrownBy(() -> completeAs(review, Map.of(VAR_FILING_DECISION, "RETURN")))
        .hasMessageContaining("filingReturnReason");
    completeAs(review, Map.of(VAR_FILING_DECISION, "RETURN", VAR_FILING_RETURN_REASON, "缺少分期付款计划附件"));
    assertThat(contract).isWaitingAt(TASK_CORRECT_FILING);
    completeAs(task(TASK_CORRECT_FILING, contract), Map.of(VAR_FILING_CORRECTION, "已补充分期付款计划附件"));
    LockedExternalTask resubmitted = lock(TOPIC_SUBMIT_FILING);
    assertThat(resubmitted.getVariables()).containsEntry(VAR_FILING_CORRECTION, "已补充分期付款计划附件")
        .containsEntry(VAR_FILING_RETURN_REASON, "缺少分期付款计划附件");
    externalTaskService.complete(resubmitted.getId(), "test");
    completeAs(task(TASK_ACCEPT_FILING, contract), Map.of(VAR_FILING_DECISION, "ACCEPT"));
    completeExternal(TOPIC_RECORD_FILING, Map.of(VAR_FILING_RECEIPT_NO, "HTBA-2026-000951"));
    assertThat(contract).hasPassed(TASK_RECORD_FILING).hasNotPassed(TASK_SUPERVISE_OVERDUE_SIGNING)
        .isWaitingAt(TASK_PLAN_PAYMENTS).variables().containsEntry(VAR_FILING_RECEIPT_NO, "HTBA-2026-000951");

    // paid in two instalments by the agency from its own budget; one request is sent back first
    planPayments(contract, "AGENCY_BUDGET");
    assertThat(contract).hasNotPassed(TASK_CONFIRM_FUNDS);
    requestInstalment(9511L);
    Task approval = instalmentTask(TASK_APPROVE_INSTALMENT, 9511L);
    assertThat(approval).hasCandidateGroup(Groups.PURCHASING_AGENCY);
    assertThatThrownBy(() -> completeAs(approval, Map.of(VAR_INSTALMENT_DECISION, "RETURN")))
        .hasMessageContaining("instalmentReturnReason");
    completeAs(approval, Map.of(VAR_INSTALMENT_DECISION, "RETURN", VAR_INSTALMENT_RETURN_REASON, "请附服务记录"));
    completeExternal(TOPIC_RECORD_INSTALMENT_DECISION, Map.of());
    requestInstalment(9511L);
    payInstalment(TASK_APPROVE_INSTALMENT, 9511L);
    assertThat(contract).isNotEnded();
    requestInstalment(9512L);
    payInstalment(TASK_APPROVE_INSTALMENT, 9512L);
    assertThat(contract).isEnded().hasPassed(END_PAID);
  }

  @Test
  void shouldHaveTheFinanceBureauReviewAndPayDirectly() {
    ProcessInstance contract = signedAndFiled();
    planPayments(contract, "FINANCE_DIRECT");
    requestInstalment(9511L);
    assertThat(instalmentTask(TASK_REVIEW_INSTALMENT, 9511L)).hasCandidateGroup(Groups.FINANCE_BUREAU);
    payInstalment(TASK_REVIEW_INSTALMENT, 9511L);
    requestInstalment(9512L);
    payInstalment(TASK_REVIEW_INSTALMENT, 9512L);
    assertThat(contract).isEnded().hasNotPassed(TASK_APPROVE_INSTALMENT);
  }

  @Test
  void shouldEscalateAnInstalmentUnpaidAtTheEndOfItsDueDateAndWatchAMovedDateAgain() {
    ProcessInstance contract = signedAndFiled();
    planPayments(contract, "AGENCY_BUDGET");
    assertThat(dueTimers(contract)).extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactlyInAnyOrder(beijing("2026-12-31T23:59:59"), beijing("2027-06-30T23:59:59"));

    // an amendment moved instalment 9511 to 2027-01-15: when the old date passes it is not overdue, the timer is set again
    dueAt.put(9511L, beijing("2027-01-15T23:59:59"));
    execute(dueTimer(contract, beijing("2026-12-31T23:59:59")));
    assertThat(dueTimers(contract)).extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactlyInAnyOrder(beijing("2027-01-15T23:59:59"), beijing("2027-06-30T23:59:59"));

    // unpaid at the end of the new date: supervision is asked while the request and payment stay open
    when(paymentForms.overdue(eq(9511L), any())).thenReturn(true);
    execute(dueTimer(contract, beijing("2027-01-15T23:59:59")));
    Task supervise = task(TASK_SUPERVISE_OVERDUE_INSTALMENT, contract);
    assertThat(supervise).hasCandidateGroup(Groups.SUPERVISION);
    assertThat(taskService.getVariable(supervise.getId(), VAR_SUPERVISION_SUBJECT)).asString()
        .contains(NO, "逾期未付", "第9511号分期");
    complete(supervise);
    LockedExternalTask record = lock("supervision.recordAction");
    assertThat(record.getVariables()).containsEntry("overdueActivity", EVENT_INSTALMENT_DUE);
    externalTaskService.complete(record.getId(), "test");
    requestInstalment(9511L);
    payInstalment(TASK_APPROVE_INSTALMENT, 9511L);

    // paid before its due date: the payment ends the instalment and its timer with it
    requestInstalment(9512L);
    payInstalment(TASK_APPROVE_INSTALMENT, 9512L);
    assertThat(contract).isEnded().hasPassed(END_PAID);
    assertThat(managementService.createJobQuery().processInstanceId(contract.getId()).count()).isZero();
  }

  @Test
  void shouldConfirmAMajorProjectsFundsWithTheFinanceBureauBeforePaying() {
    ProcessInstance contract = signedAndFiled();
    runtimeService.setVariable(contract.getId(), VAR_FUNDING_SOURCE, "MAJOR_PROJECT_CONFIRMED");
    completeExternal(TOPIC_PLAN_PAYMENTS, Map.of(VAR_INSTALMENT_IDS, ids(9511L, 9512L)));
    assertThat(contract).isWaitingAt(TASK_CONFIRM_FUNDS).task().hasCandidateGroup(Groups.FINANCE_BUREAU);
    assertThatThrownBy(() -> completeAs(task(TASK_CONFIRM_FUNDS, contract), Map.of(VAR_PAYMENT_ROUTE, "CASH")))
        .hasMessageContaining("paymentRoute");
    completeAs(task(TASK_CONFIRM_FUNDS, contract), Map.of(VAR_PAYMENT_ROUTE, "FINANCE_DIRECT",
        VAR_FUNDS_NOTE, "市级专项资金300万元"));
    LockedExternalTask funds = lock(TOPIC_CONFIRM_FUNDS);
    assertThat(funds.getVariables()).containsEntry(VAR_PAYMENT_ROUTE, "FINANCE_DIRECT")
        .containsEntry(VAR_FUNDS_CONFIRMED_BY, "agency");
    externalTaskService.complete(funds.getId(), "test");
    requestInstalment(9511L);
    assertThat(instalmentTask(TASK_REVIEW_INSTALMENT, 9511L)).isNotNull();
  }

  @Test
  void shouldEscalateAContractNotSignedWithinThirtyDaysOfTheAwardNotice() {
    ProcessInstance contract = startAndPrepare();
    completeAs(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());
    execute(job(EVENT_SIGNING_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_SIGN_CONTRACT, EVENT_SUPPLIER_SIGNED, TASK_SUPERVISE_OVERDUE_SIGNING);
    assertThat(task(TASK_SUPERVISE_OVERDUE_SIGNING, contract)).hasCandidateGroup(Groups.SUPERVISION);
    complete(task(TASK_SUPERVISE_OVERDUE_SIGNING, contract));
    assertThat(contract).isWaitingAt(TASK_RECORD_SIGNING_SUPERVISION, TASK_SIGN_CONTRACT);
  }

  @Test
  void shouldEscalateAPublicationOrFilingOutOfTime() {
    ProcessInstance contract = startAndPrepare();
    completeAs(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());
    runtimeService.createMessageCorrelation(MESSAGE_SUPPLIER_SIGNED)
        .processInstanceVariableEquals(VAR_CONTRACT_ID, CONTRACT_ID).correlateWithResult();
    completeAs(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, true));
    execute(job(EVENT_PUBLICATION_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_PUBLISH_CONTRACT, TASK_SUPERVISE_OVERDUE_PUBLICATION);
    completeExternal(TOPIC_PUBLISH, Map.of());
    completeExternal(TOPIC_SUBMIT_FILING, Map.of());
    execute(job(EVENT_FILING_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_ACCEPT_FILING, TASK_SUPERVISE_OVERDUE_FILING,
        TASK_SUPERVISE_OVERDUE_PUBLICATION);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private ProcessInstance signedAndFiled() {
    ProcessInstance contract = startAndPrepare();
    completeAs(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());
    runtimeService.createMessageCorrelation(MESSAGE_SUPPLIER_SIGNED)
        .processInstanceVariableEquals(VAR_CONTRACT_ID, CONTRACT_ID).correlateWithResult();
    completeAs(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, true));
    completeExternal(TOPIC_PUBLISH, Map.of());
    completeExternal(TOPIC_SUBMIT_FILING, Map.of());
    completeAs(task(TASK_ACCEPT_FILING, contract), Map.of(VAR_FILING_DECISION, "ACCEPT"));
    completeExternal(TOPIC_RECORD_FILING, Map.of(VAR_FILING_RECEIPT_NO, "HTBA-2026-000951"));
    return contract;
  }

  private void planPayments(ProcessInstance contract, String route) {
    assertThat(contract).isWaitingAt(TASK_PLAN_PAYMENTS);
    completeExternal(TOPIC_PLAN_PAYMENTS, Map.of(VAR_INSTALMENT_IDS, ids(9511L, 9512L), VAR_PAYMENT_ROUTE, route));
    // each instalment waits under its own message name
    assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(contract.getId()).eventType("message")
        .list()).extracting(org.camunda.bpm.engine.runtime.EventSubscription::getEventName)
        .containsExactlyInAnyOrder(instalmentRequested(9511L), instalmentRequested(9512L));
  }

  /** the supplier API's correlation: the instalment's own message */
  private void requestInstalment(long instalmentId) {
    runtimeService.createMessageCorrelation(instalmentRequested(instalmentId)).correlateWithResult();
  }

  private Task instalmentTask(String taskKey, long instalmentId) {
    return taskService.createTaskQuery().taskDefinitionKey(taskKey).processInstanceBusinessKey(NO).list().stream()
        .filter(t -> Long.valueOf(instalmentId).equals(taskService.getVariable(t.getId(), VAR_INSTALMENT_ID)))
        .findFirst().orElseThrow();
  }

  private void payInstalment(String taskKey, long instalmentId) {
    completeAs(instalmentTask(taskKey, instalmentId), Map.of(VAR_INSTALMENT_DECISION, "APPROVE"));
    LockedExternalTask decision = lock(TOPIC_RECORD_INSTALMENT_DECISION);
    assertThat(decision.getVariables()).containsEntry(VAR_INSTALMENT_ID, instalmentId)
        .containsEntry(VAR_INSTALMENT_DECISION, "APPROVE").containsEntry(VAR_INSTALMENT_APPROVER, "agency");
    externalTaskService.complete(decision.getId(), "test");
    LockedExternalTask pay = lock(TOPIC_PAY_INSTALMENT);
    assertThat(pay.getVariables()).containsEntry(VAR_INSTALMENT_ID, instalmentId);
    externalTaskService.complete(pay.getId(), "test");
  }

  private static org.camunda.bpm.engine.variable.value.ObjectValue ids(Long... ids) {
    return org.camunda.bpm.engine.variable.Variables.objectValue(new java.util.ArrayList<>(List.of(ids)))
        .serializationDataFormat(org.camunda.bpm.engine.variable.Variables.SerializationDataFormats.JSON).create();
  }

  private ProcessInstance startAndPrepare() {
    ProcessInstance contract = runtimeService.startProcessInstanceByKey(KEY, NO, Map.of(
        VAR_PLAN_ID, 951L, VAR_PLAN_NO, NO, VAR_PROCUREMENT_NO, NO, VAR_AWARD_ID, 9510L));
    assertThat(contract).isWaitingAt(TASK_PREPARE_DRAFT);
    Date deadline = beijing("2026-10-29T23:59:59");
    completeExternal(TOPIC_PREPARE_DRAFT, Map.of(VAR_CONTRACT_ID, CONTRACT_ID, VAR_SIGN_DEADLINE, deadline,
        VAR_CONTRACT_SUMMARY, "甲方：福田区民政局；乙方：深圳市阳光社会工作服务中心；合同金额 150,000.00 元",
        VAR_FUNDING_SOURCE, "AGENCY_BUDGET"));
    assertThat(contract).isWaitingAt(TASK_DRAFT_CONTRACT);
    return contract;
  }

  private static Map<String, Object> draft() {
    Map<String, Object> form = new HashMap<>();
    form.put(VAR_SCOPE_AND_CONTENT, "为辖区独居老人提供上门照护");
    form.put(VAR_SERVICE_REQUIREMENTS, "每周上门两次，每次不少于2小时");
    form.put(VAR_BREACH_LIABILITY, "未按约定提供服务的，按日扣减服务费");
    form.put(VAR_INSTALMENT_PREFIX + "1Amount", 75000);
    form.put(VAR_INSTALMENT_PREFIX + "1DueDate", "2026-12-31");
    form.put(VAR_INSTALMENT_PREFIX + "2Amount", 75000);
    form.put(VAR_INSTALMENT_PREFIX + "2DueDate", "2027-06-30");
    return form;
  }

  private List<org.camunda.bpm.engine.runtime.Job> dueTimers(ProcessInstance contract) {
    return managementService.createJobQuery().processInstanceId(contract.getId()).activityId(EVENT_INSTALMENT_DUE)
        .list();
  }

  private org.camunda.bpm.engine.runtime.Job dueTimer(ProcessInstance contract, Date due) {
    return dueTimers(contract).stream().filter(j -> j.getDuedate().equals(due)).findFirst().orElseThrow();
  }

  private org.camunda.bpm.engine.runtime.Job timer(ProcessInstance contract, String activityId) {
    return managementService.createJobQuery().processInstanceId(contract.getId()).activityId(activityId)
        .singleResult();
  }

  private void completeExternal(String topic, Map<String, Object> variables) {
    externalTaskService.complete(lock(topic).getId(), "test", variables);
  }

  private LockedExternalTask lock(String topic) {
    List<LockedExternalTask> locked = externalTaskService.fetchAndLock(10, "test").topic(topic, 60_000)
        .businessKey(NO).execute();
    assertThat(locked).as(topic).hasSize(1);
    return locked.get(0);
  }

  private void completeAs(Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("agency", List.of(Groups.PURCHASING_AGENCY, Groups.FINANCE_BUREAU));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
