package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.govpurchase.contract.ContractProcess.*;
import static org.govpurchase.testing.Clock.beijing;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.govpurchase.acceptance.AcceptanceForms;
import org.govpurchase.acceptance.AcceptanceProcess;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.identity.Groups;
import org.govpurchase.payment.InstalmentPaymentProcess;
import org.govpurchase.payment.PaymentForms;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path of processes/contract.bpmn with its limits on real calendar dates: the signing period,
 * the working days to publish and to file, the funds confirmation, and the instalments handed to
 * InstalmentPayment one instance each. The test plays the workers, the supplier API and the
 * officers: the agency's steps as an agency officer, the finance bureau's as a finance officer.
 */
@ProcessTest
class ContractProcessTest {

  static final String NO = "SZ-2026-0951";
  static final long CONTRACT_ID = 951L;
  static final String AGENCY = "agency";
  static final String FINANCE = "finance";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired ManagementService managementService;
  /** the instalments 9511 and 9512 are not in the database: their due dates come from here */
  @MockitoBean PaymentForms paymentForms;
  /** nor is the contract: the end of its term comes from here */
  @MockitoBean AcceptanceForms acceptanceForms;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    when(paymentForms.dueAt(any())).thenReturn(beijing("2027-06-30T23:59:59"));
    when(paymentForms.instalmentSummary(any())).thenAnswer(call -> "第" + call.getArgument(0) + "号分期");
    when(acceptanceForms.termEndsAt(any())).thenReturn(beijing("2027-06-30T23:59:59"));
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
    assertThat(timer(contract, EVENT_DRAFTING_OVERDUE).getDuedate()).isEqualTo(signDeadline);
    assertThat(task(TASK_DRAFT_CONTRACT, contract)).hasCandidateGroup(AgencyTenants.officersGroup("SZFT-MZJ"));

    // a draft the registration refuses goes back with the reason
    completeAsAgency(task(TASK_DRAFT_CONTRACT, contract), draft());
    LockedExternalTask register = lock(TOPIC_REGISTER_DRAFT);
    externalTaskService.handleBpmnError(register.getId(), "test", ERROR_CONTRACT_INCOMPLETE, "分期金额合计与合同金额不符",
        Map.of(VAR_DRAFT_REFUSAL, "分期金额合计与合同金额不符"));
    assertThat(contract).isWaitingAt(TASK_DRAFT_CONTRACT).variables()
        .containsEntry(VAR_DRAFT_REFUSAL, "分期金额合计与合同金额不符");
    completeAsAgency(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());

    // both sides sign, in any order; each side's own timer watches the signing period
    assertThat(contract).isWaitingAt(TASK_SIGN_CONTRACT, TASK_AWAIT_SUPPLIER_SIGNATURE);
    assertThat(timer(contract, EVENT_SIGNING_OVERDUE).getDuedate()).isEqualTo(signDeadline);
    assertThat(timer(contract, EVENT_SUPPLIER_SIGNING_OVERDUE).getDuedate()).isEqualTo(signDeadline);
    supplierSigns();
    assertThatThrownBy(() -> completeAsAgency(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, false)))
        .hasMessageContaining("agencySigned");
    completeAsAgency(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, true));
    assertThat(contract).isWaitingAt(TASK_PUBLISH_CONTRACT).variables()
        .containsEntry(VAR_AGENCY_SIGNATORY, AGENCY).containsKey(VAR_SIGNED_AT);
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
    assertThatThrownBy(() -> completeAsFinance(review, Map.of(VAR_FILING_DECISION, "RETURN")))
        .hasMessageContaining("filingReturnReason");
    completeAsFinance(review, Map.of(VAR_FILING_DECISION, "RETURN", VAR_FILING_RETURN_REASON, "缺少分期付款计划附件"));
    assertThat(contract).isWaitingAt(TASK_CORRECT_FILING).variables().containsEntry(VAR_FILING_REVIEWER, FINANCE);
    assertThat(task(TASK_CORRECT_FILING, contract).getDueDate()).isEqualTo(filingDeadline);
    assertThat(timer(contract, EVENT_FILING_CORRECTION_OVERDUE).getDuedate()).isEqualTo(filingDeadline);
    completeAsAgency(task(TASK_CORRECT_FILING, contract), Map.of(VAR_FILING_CORRECTION, "已补充分期付款计划附件"));
    LockedExternalTask resubmitted = lock(TOPIC_SUBMIT_FILING);
    assertThat(resubmitted.getVariables()).containsEntry(VAR_FILING_CORRECTION, "已补充分期付款计划附件")
        .containsEntry(VAR_FILING_RETURN_REASON, "缺少分期付款计划附件")
        .containsEntry(VAR_FILING_REVIEWER, FINANCE);
    externalTaskService.complete(resubmitted.getId(), "test");
    completeAsFinance(task(TASK_ACCEPT_FILING, contract), Map.of(VAR_FILING_DECISION, "ACCEPT"));
    LockedExternalTask record = lock(TOPIC_RECORD_FILING);
    assertThat(record.getVariables()).containsEntry(VAR_FILING_REVIEWER, FINANCE);
    externalTaskService.complete(record.getId(), "test", Map.of(VAR_FILING_RECEIPT_NO, "HTBA-2026-000951"));
    assertThat(contract).hasPassed(TASK_RECORD_FILING).hasNotPassed(CALL_SUPERVISE_SIGNING, CALL_SUPERVISE_FILING)
        .isWaitingAt(TASK_PLAN_PAYMENTS).variables().containsEntry(VAR_FILING_RECEIPT_NO, "HTBA-2026-000951");

    // each instalment is an InstalmentPayment instance of its own, under the purchase's number
    planPayments(contract, "AGENCY_BUDGET");
    assertThat(contract).hasNotPassed(TASK_CONFIRM_FUNDS).isWaitingAt(CALL_INSTALMENT_PAYMENT);
    List<ProcessInstance> instalments = instalments();
    assertThat(instalments).hasSize(2).allSatisfy(i -> assertThat(i.getBusinessKey()).isEqualTo(NO));
    assertThat(instalments).extracting(i -> runtimeService.getVariable(i.getId(), VAR_INSTALMENT_ID))
        .containsExactlyInAnyOrder(9511L, 9512L);
    assertThat(runtimeService.getVariables(instalments.get(0).getId())).containsEntry(VAR_CONTRACT_ID, CONTRACT_ID)
        .containsEntry(VAR_PROCUREMENT_NO, NO).containsEntry(VAR_PAYMENT_ROUTE, "AGENCY_BUDGET");
    // meanwhile the acceptance waits for the end of the term; the contract ends when it is accepted and paid
    assertThat(contract).isWaitingAt(CALL_INSTALMENT_PAYMENT, CALL_ACCEPTANCE);
    ProcessInstance acceptance = runtimeService.createProcessInstanceQuery().superProcessInstanceId(contract.getId())
        .processDefinitionKey(AcceptanceProcess.KEY).singleResult();
    assertThat(acceptance.getBusinessKey()).isEqualTo(NO);
    assertThat(runtimeService.getVariables(acceptance.getId())).containsEntry(VAR_CONTRACT_ID, CONTRACT_ID)
        .containsEntry(VAR_PROCUREMENT_NO, NO);
    endInstalment(9511L);
    assertThat(contract).isNotEnded();
    endInstalment(9512L);
    assertThat(contract).isNotEnded().isWaitingAt(CALL_ACCEPTANCE);
    endAcceptance(acceptance);
    assertThat(contract).isEnded().hasPassed(CALL_ACCEPTANCE, END_PAID);
  }

  @Test
  void shouldConfirmAMajorProjectsFundsWithTheFinanceBureauBeforeThePayments() {
    Clock.setEngineClock("2026-11-02T10:00");
    ProcessInstance contract = signedAndFiled();
    runtimeService.setVariable(contract.getId(), VAR_FUNDING_SOURCE, "MAJOR_PROJECT_CONFIRMED");
    completeExternal(InstalmentPaymentProcess.TOPIC_PLAN_PAYMENTS, Map.of(VAR_INSTALMENT_IDS, ids(9511L, 9512L)));
    assertThat(contract).isWaitingAt(TASK_CONFIRM_FUNDS).task().hasCandidateGroup(Groups.FINANCE_BUREAU);
    // 10 working days from Monday Nov 2: Nov 16
    Date fundsDeadline = beijing("2026-11-16T23:59:59");
    assertThat(task(TASK_CONFIRM_FUNDS, contract).getDueDate()).isEqualTo(fundsDeadline);
    assertThat(timer(contract, EVENT_FUNDS_CONFIRMATION_OVERDUE).getDuedate()).isEqualTo(fundsDeadline);
    assertThatThrownBy(() -> completeAsFinance(task(TASK_CONFIRM_FUNDS, contract), Map.of(VAR_PAYMENT_ROUTE, "CASH")))
        .hasMessageContaining("paymentRoute");
    completeAsFinance(task(TASK_CONFIRM_FUNDS, contract), Map.of(VAR_PAYMENT_ROUTE, "FINANCE_DIRECT",
        VAR_FUNDS_NOTE, "市级专项资金300万元"));
    LockedExternalTask funds = lock(InstalmentPaymentProcess.TOPIC_CONFIRM_FUNDS);
    assertThat(funds.getVariables()).containsEntry(VAR_PAYMENT_ROUTE, "FINANCE_DIRECT")
        .containsEntry(VAR_FUNDS_CONFIRMED_BY, FINANCE);
    externalTaskService.complete(funds.getId(), "test");
    assertThat(contract).isWaitingAt(CALL_INSTALMENT_PAYMENT);
    assertThat(instalments()).hasSize(2).allSatisfy(i ->
        assertThat(runtimeService.getVariable(i.getId(), VAR_PAYMENT_ROUTE)).isEqualTo("FINANCE_DIRECT"));
  }

  @Test
  void shouldEscalateAContractNotDraftedOrSignedWithinTheSigningPeriod() {
    ProcessInstance contract = startAndPrepare();
    execute(job(EVENT_DRAFTING_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_DRAFT_CONTRACT, CALL_SUPERVISE_DRAFTING);
    assertSupervision(contract, TASK_DRAFT_CONTRACT, "未拟定合同条款");
    completeAsAgency(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());
    // the agency signs in time; the supplier does not
    completeAsAgency(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, true));
    execute(job(EVENT_SUPPLIER_SIGNING_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_AWAIT_SUPPLIER_SIGNATURE, CALL_SUPERVISE_SUPPLIER_SIGNING)
        .hasNotPassed(CALL_SUPERVISE_SIGNING);
    assertSupervision(contract, TASK_AWAIT_SUPPLIER_SIGNATURE, "承接主体未签订合同");
    // the escalation does not stop the contract
    supplierSigns();
    assertThat(contract).isWaitingAt(TASK_PUBLISH_CONTRACT, CALL_SUPERVISE_SUPPLIER_SIGNING, CALL_SUPERVISE_DRAFTING);
  }

  @Test
  void shouldEscalateAnAgencyThatDoesNotSign() {
    ProcessInstance contract = startAndPrepare();
    completeAsAgency(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());
    supplierSigns();
    execute(job(EVENT_SIGNING_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_SIGN_CONTRACT, CALL_SUPERVISE_SIGNING);
    assertSupervision(contract, TASK_SIGN_CONTRACT, "购买主体未签订合同");
  }

  @Test
  void shouldEscalateAPublicationOrFilingOutOfTime() {
    ProcessInstance contract = startAndPrepare();
    completeAsAgency(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());
    supplierSigns();
    completeAsAgency(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, true));
    execute(job(EVENT_PUBLICATION_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_PUBLISH_CONTRACT, CALL_SUPERVISE_PUBLICATION);
    assertSupervision(contract, TASK_PUBLISH_CONTRACT, "未公开");
    completeExternal(TOPIC_PUBLISH, Map.of());
    completeExternal(TOPIC_SUBMIT_FILING, Map.of());
    execute(job(EVENT_FILING_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_ACCEPT_FILING, CALL_SUPERVISE_FILING, CALL_SUPERVISE_PUBLICATION);
    assertSupervision(contract, TASK_ACCEPT_FILING, "未完成备案");
    completeAsFinance(task(TASK_ACCEPT_FILING, contract), Map.of(VAR_FILING_DECISION, "RETURN",
        VAR_FILING_RETURN_REASON, "缺少附件"));
    execute(job(EVENT_FILING_CORRECTION_OVERDUE, contract));
    assertThat(contract).isWaitingAt(TASK_CORRECT_FILING, CALL_SUPERVISE_FILING_CORRECTION);
    assertSupervision(contract, TASK_CORRECT_FILING, "未补正备案材料");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** the Supervision instance called for {@code overdueActivity}, with its subject */
  private void assertSupervision(ProcessInstance contract, String overdueActivity, String subjectPart) {
    ProcessInstance supervision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(contract.getId())
        .processDefinitionKey(SUPERVISION).list().stream()
        .filter(p -> overdueActivity.equals(runtimeService.getVariable(p.getId(), VAR_OVERDUE_ACTIVITY)))
        .findFirst().orElseThrow();
    assertThat(supervision.getBusinessKey()).isEqualTo(NO);
    assertThat(runtimeService.getVariable(supervision.getId(), VAR_SUPERVISION_SUBJECT)).asString()
        .contains(NO, subjectPart);
  }

  private ProcessInstance signedAndFiled() {
    ProcessInstance contract = startAndPrepare();
    completeAsAgency(task(TASK_DRAFT_CONTRACT, contract), draft());
    completeExternal(TOPIC_REGISTER_DRAFT, Map.of());
    supplierSigns();
    completeAsAgency(task(TASK_SIGN_CONTRACT, contract), Map.of(VAR_AGENCY_SIGNED, true));
    completeExternal(TOPIC_PUBLISH, Map.of());
    completeExternal(TOPIC_SUBMIT_FILING, Map.of());
    completeAsFinance(task(TASK_ACCEPT_FILING, contract), Map.of(VAR_FILING_DECISION, "ACCEPT"));
    completeExternal(TOPIC_RECORD_FILING, Map.of(VAR_FILING_RECEIPT_NO, "HTBA-2026-000951"));
    return contract;
  }

  /** the supplier API's correlation */
  private void supplierSigns() {
    runtimeService.createMessageCorrelation(MESSAGE_SUPPLIER_SIGNED)
        .processInstanceVariableEquals(VAR_CONTRACT_ID, CONTRACT_ID).correlateWithResult();
  }

  private void planPayments(ProcessInstance contract, String route) {
    assertThat(contract).isWaitingAt(TASK_PLAN_PAYMENTS);
    completeExternal(InstalmentPaymentProcess.TOPIC_PLAN_PAYMENTS,
        Map.of(VAR_INSTALMENT_IDS, ids(9511L, 9512L), VAR_PAYMENT_ROUTE, route));
  }

  private List<ProcessInstance> instalments() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(InstalmentPaymentProcess.KEY)
        .processInstanceBusinessKey(NO).list();
  }

  /** the instalment's whole payment is InstalmentPaymentProcessTest's; here its instance just ends */
  private void endInstalment(long instalmentId) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(InstalmentPaymentProcess.KEY).variableValueEquals(VAR_INSTALMENT_ID, instalmentId)
        .singleResult();
    // its terminate end event ends the request and the due-date watch with it
    runtimeService.createProcessInstanceModification(instance.getId())
        .startBeforeActivity(InstalmentPaymentProcess.END_PAID).execute();
  }

  /** the acceptance's own paths are AcceptanceProcessTest's; here it just passes */
  private void endAcceptance(ProcessInstance acceptance) {
    runtimeService.createProcessInstanceModification(acceptance.getId())
        .cancelAllForActivity(AcceptanceProcess.EVENT_TERM_ENDED)
        .startBeforeActivity(AcceptanceProcess.END_PASSED).execute();
  }

  private static ObjectValue ids(Long... ids) {
    return Variables.objectValue(new ArrayList<>(List.of(ids)))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  private ProcessInstance startAndPrepare() {
    ProcessInstance contract = runtimeService.startProcessInstanceByKey(KEY, NO, Map.of(
        VAR_PLAN_ID, 951L, VAR_PLAN_NO, NO, VAR_PROCUREMENT_NO, NO, VAR_AWARD_ID, 9510L, AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
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

  private Job timer(ProcessInstance contract, String activityId) {
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

  /** an agency officer, and only that */
  private void completeAsAgency(Task task, Map<String, Object> variables) {
    completeAs(AGENCY, Groups.PURCHASING_AGENCY, task, variables);
  }

  /** a finance bureau officer, and only that */
  private void completeAsFinance(Task task, Map<String, Object> variables) {
    completeAs(FINANCE, Groups.FINANCE_BUREAU, task, variables);
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
