package org.govpurchase.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.govpurchase.acceptance.AcceptanceProcess.*;
import static org.govpurchase.testing.Clock.beijing;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.govpurchase.acceptance.AcceptanceService.Preparation;
import org.govpurchase.acceptance.AcceptanceService.Recorded;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.payment.InstalmentPaymentProcess;
import org.govpurchase.payment.PaymentForms;
import org.govpurchase.supervision.SupervisionProcess;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.testing.TaskUsers;
import org.govpurchase.testing.WorkerRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path of processes/acceptance.bpmn on real calendar dates: the term's end, the agency's
 * acceptance per service standard with its due date and escalation, the report recorded by the
 * real workers (the service behind them is AcceptanceServiceTest's), a failed round's
 * rectification and the new round, and the last instalment's InstalmentPayment instance that takes
 * no request before the acceptance passes.
 */
@ProcessTest
class AcceptanceProcessTest {

  static final String NO = "SZ-2026-0961";
  static final long CONTRACT_ID = 961L;
  static final long FIRST_INSTALMENT = 9611L;
  static final long LAST_INSTALMENT = 9612L;
  static final String STANDARDS = "[{\"standard\":\"每周上门两次\",\"verdict\":null,\"note\":\"\"},"
      + "{\"standard\":\"每次不少于2小时\",\"verdict\":null,\"note\":\"\"}]";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired WorkingDays workingDays;
  @Autowired StatutoryPeriods periods;
  @Autowired PrepareAcceptanceWorker prepareWorker;
  @Autowired RecordAcceptanceWorker recordWorker;
  /** the contract is not in the database: its term, standards and report writes are mocked here */
  @MockitoBean AcceptanceForms acceptanceForms;
  @MockitoBean AcceptanceService acceptanceService;
  @MockitoBean PaymentForms paymentForms;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    when(acceptanceForms.termEndsAt(any())).thenReturn(beijing("2026-09-18T23:59:59"));
    when(acceptanceService.prepare(eq(CONTRACT_ID), anyInt())).thenAnswer(call ->
        new Preparation(NO + " 第" + call.getArgument(1) + "次验收", STANDARDS));
    when(paymentForms.dueAt(any())).thenReturn(beijing("2026-12-31T23:59:59"));
    when(paymentForms.instalmentSummary(any())).thenReturn("尾款");
    when(paymentForms.afterAcceptance(any())).thenAnswer(call ->
        ((Number) call.getArgument(0)).longValue() == LAST_INSTALMENT);
  }

  @AfterEach
  void cleanUp() {
    Clock.resetEngineClock();
    for (String key : List.of(KEY, InstalmentPaymentProcess.KEY)) {
      List<String> left = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
          .map(ProcessInstance::getId).toList();
      if (!left.isEmpty()) {
        runtimeService.deleteProcessInstances(left, "test over", true, true);
      }
    }
  }

  @Test
  void aPassedAcceptanceIsRecordedAndReleasesTheLastInstalment() {
    Clock.setEngineClock("2026-08-03T10:00");
    ProcessInstance first = instalment(FIRST_INSTALMENT);
    ProcessInstance last = instalment(LAST_INSTALMENT);
    ProcessInstance acceptance = start();
    // the last instalment waits for the acceptance; a request for it meanwhile finds nobody waiting
    assertThat(first).isWaitingAt(InstalmentPaymentProcess.EVENT_INSTALMENT_REQUESTED);
    assertThat(last).isWaitingAt(InstalmentPaymentProcess.EVENT_ACCEPTANCE_PASSED)
        .hasNotPassed(InstalmentPaymentProcess.EVENT_INSTALMENT_REQUESTED);
    assertThatThrownBy(() -> request(LAST_INSTALMENT)).isInstanceOf(MismatchingMessageCorrelationException.class);

    // nothing happens before the end of the term (Friday Sep 18, Beijing time)
    assertThat(acceptance).isWaitingAt(EVENT_TERM_ENDED);
    assertThat(job(acceptance, EVENT_TERM_ENDED).getDuedate()).isEqualTo(beijing("2026-09-18T23:59:59"));
    Clock.setEngineClock("2026-09-19T00:00:05");
    execute(job(acceptance, EVENT_TERM_ENDED));
    WorkerRun.run(engine, TOPIC_PREPARE, prepareWorker);

    // the agency's own officers, with a due date on the working-day calendar and its escalation
    assertThat(acceptance).isWaitingAt(TASK_ORGANIZE_ACCEPTANCE).variables().containsEntry(VAR_ROUND, 1);
    assertThat(task(TASK_ORGANIZE_ACCEPTANCE, acceptance)).hasCandidateGroup(AgencyTenants.officersGroup("SZFT-MZJ"));
    Date due = workingDays.deadline(beijing("2026-09-19T00:00:05"), periods.getAcceptanceWorkingDays());
    assertThat(task(TASK_ORGANIZE_ACCEPTANCE, acceptance).getDueDate()).isEqualTo(due);
    assertThat(job(acceptance, EVENT_ACCEPTANCE_OVERDUE).getDuedate()).isEqualTo(due);

    // a report that contradicts itself or leaves out the people served is refused, nothing changes
    assertThatThrownBy(() -> organize(acceptance, verdicts("PASSED", "FAILED"), true, true, "PASSED"))
        .hasMessageContaining("acceptanceResult");
    assertThatThrownBy(() -> organize(acceptance, verdicts("PASSED", "PASSED"), true, false, "PASSED"))
        .hasMessageContaining("peopleServedTookPart");
    assertThat(acceptance).isWaitingAt(TASK_ORGANIZE_ACCEPTANCE);
    organize(acceptance, verdicts("PASSED", "PASSED"), true, true, "PASSED");

    when(acceptanceService.record(eq(CONTRACT_ID), eq(1), any(), any(), any()))
        .thenReturn(new Recorded(1L, 1, PASSED, null));
    WorkerRun.run(engine, TOPIC_RECORD_REPORT, recordWorker);
    verify(acceptanceService).record(eq(CONTRACT_ID), eq(1), argThat(report -> report.passed()
        && report.verdicts().size() == 2 && report.peopleServedTookPart()
        && "老人普遍满意".equals(report.peopleServedOpinions())), eq("agency"), any(Instant.class));
    assertThat(acceptance).isEnded().hasPassed(EVENT_RELEASE_AFTER_ACCEPTANCE, END_PASSED)
        .hasNotPassed(EVENT_RECTIFICATION_DUE, CALL_SUPERVISE_ACCEPTANCE);

    // released: the last instalment now takes the supplier's request
    assertThat(last).isWaitingAt(InstalmentPaymentProcess.EVENT_INSTALMENT_REQUESTED);
    request(LAST_INSTALMENT);
    assertThat(last).isWaitingAt(InstalmentPaymentProcess.TASK_APPROVE_INSTALMENT);
  }

  @Test
  void aFailedAcceptanceGivesTheSupplierARectificationPeriodThenANewRoundPasses() {
    ProcessInstance acceptance = termEnded();
    organize(acceptance, verdicts("PASSED", "FAILED"), false, false, "FAILED");
    Date deadline = beijing("2026-10-16T23:59:59");
    when(acceptanceService.record(eq(CONTRACT_ID), eq(1), any(), any(), any()))
        .thenReturn(new Recorded(1L, 1, FAILED, deadline.toInstant()));
    WorkerRun.run(engine, TOPIC_RECORD_REPORT, recordWorker);

    // the supplier rectifies until the deadline; then the agency accepts again, a new round
    assertThat(acceptance).isWaitingAt(EVENT_RECTIFICATION_DUE).hasNotPassed(EVENT_RELEASE_AFTER_ACCEPTANCE);
    assertThat(job(acceptance, EVENT_RECTIFICATION_DUE).getDuedate()).isEqualTo(deadline);
    Clock.setEngineClock("2026-10-17T09:00");
    execute(job(acceptance, EVENT_RECTIFICATION_DUE));
    WorkerRun.run(engine, TOPIC_PREPARE, prepareWorker);
    assertThat(acceptance).isWaitingAt(TASK_ORGANIZE_ACCEPTANCE).variables().containsEntry(VAR_ROUND, 2);
    Date due = workingDays.deadline(beijing("2026-10-17T09:00"), periods.getAcceptanceWorkingDays());
    assertThat(task(TASK_ORGANIZE_ACCEPTANCE, acceptance).getDueDate()).isEqualTo(due);
    assertThat(job(acceptance, EVENT_ACCEPTANCE_OVERDUE).getDuedate()).isEqualTo(due);

    organize(acceptance, verdicts("PASSED", "PASSED"), false, false, "PASSED");
    when(acceptanceService.record(eq(CONTRACT_ID), eq(2), any(), any(), any()))
        .thenReturn(new Recorded(2L, 2, PASSED, null));
    WorkerRun.run(engine, TOPIC_RECORD_REPORT, recordWorker);
    assertThat(acceptance).isEnded().hasPassed(EVENT_RECTIFICATION_DUE, END_PASSED);
  }

  @Test
  void anAcceptanceNotOrganizedInTimeGoesToSupervisionAndStaysOpen() {
    ProcessInstance acceptance = termEnded();
    execute(job(acceptance, EVENT_ACCEPTANCE_OVERDUE));
    assertThat(acceptance).isWaitingAt(TASK_ORGANIZE_ACCEPTANCE, CALL_SUPERVISE_ACCEPTANCE);
    ProcessInstance supervision = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(acceptance.getId()).processDefinitionKey(SupervisionProcess.KEY).singleResult();
    assertThat(supervision.getBusinessKey()).isEqualTo(NO);
    assertThat(runtimeService.getVariable(supervision.getId(), SupervisionProcess.VAR_OVERDUE_ACTIVITY))
        .isEqualTo(TASK_ORGANIZE_ACCEPTANCE);
    assertThat((String) runtimeService.getVariable(supervision.getId(), SupervisionProcess.VAR_SUPERVISION_SUBJECT))
        .contains(NO, "未组织验收");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** as Contract's call activity starts it, in the agency's tenant */
  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(KEY, NO, Map.of(VAR_CONTRACT_ID, CONTRACT_ID,
        VAR_PROCUREMENT_NO, NO, AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
  }

  private ProcessInstance termEnded() {
    Clock.setEngineClock("2026-09-19T00:00:05");
    ProcessInstance acceptance = start();
    execute(job(acceptance, EVENT_TERM_ENDED));
    WorkerRun.run(engine, TOPIC_PREPARE, prepareWorker);
    assertThat(acceptance).isWaitingAt(TASK_ORGANIZE_ACCEPTANCE);
    return acceptance;
  }

  /** as Contract's multi-instance call activity starts an instalment's instance */
  private ProcessInstance instalment(long instalmentId) {
    return runtimeService.startProcessInstanceByKey(InstalmentPaymentProcess.KEY, NO, Map.of(
        InstalmentPaymentProcess.VAR_INSTALMENT_ID, instalmentId, VAR_CONTRACT_ID, CONTRACT_ID,
        VAR_PROCUREMENT_NO, NO, InstalmentPaymentProcess.VAR_PAYMENT_ROUTE, "AGENCY_BUDGET",
        AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
  }

  /** the supplier API's correlation (payment.PaymentMessages) */
  private void request(long instalmentId) {
    runtimeService.createMessageCorrelation(InstalmentPaymentProcess.MESSAGE_INSTALMENT_REQUESTED)
        .processInstanceVariableEquals(InstalmentPaymentProcess.VAR_INSTALMENT_ID, instalmentId)
        .correlateWithResult();
  }

  private static String verdicts(String first, String second) {
    return "[{\"standard\":\"每周上门两次\",\"verdict\":\"" + first + "\",\"note\":\""
        + ("FAILED".equals(first) ? "部分周次仅上门一次" : "") + "\"},"
        + "{\"standard\":\"每次不少于2小时\",\"verdict\":\"" + second + "\",\"note\":\""
        + ("FAILED".equals(second) ? "服务记录显示多次不足2小时" : "") + "\"}]";
  }

  /** the agency's officer fills in 组织验收 */
  private void organize(ProcessInstance acceptance, String verdicts, boolean publicService, boolean peopleTookPart,
      String result) {
    Map<String, Object> form = new HashMap<>();
    form.put(VAR_STANDARD_VERDICTS, verdicts);
    form.put(VAR_PUBLIC_SERVICE, publicService);
    form.put(VAR_PEOPLE_SERVED_TOOK_PART, peopleTookPart);
    form.put(VAR_PEOPLE_SERVED_OPINIONS, peopleTookPart ? "老人普遍满意" : null);
    form.put(VAR_ACCEPTANCE_RESULT, result);
    form.put(VAR_ACCEPTANCE_REPORT, "验收组对照合同逐项检查服务记录并走访服务对象");
    TaskUsers.complete(engine, task(TASK_ORGANIZE_ACCEPTANCE, acceptance), form);
  }

  private Job job(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
  }
}
