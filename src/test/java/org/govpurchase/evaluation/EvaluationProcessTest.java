package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.govpurchase.evaluation.EvaluationProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import java.util.ArrayList;
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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.identity.Groups;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/evaluation.bpmn, started as Tendering's Call_Evaluation starts it. The
 * test plays the workers; the display expressions (tenderForms) run for real against ids that do
 * not exist and must not stop the process.
 */
@ProcessTest
class EvaluationProcessTest {

  static final String PLAN_NO = "SZ-2026-0921";

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

  @Test
  void shouldDrawSeatAndScoreUntilTheReportNamesTheFirstPlace() {
    ProcessInstance evaluation = start(11L, 12L, 13L);
    LockedExternalTask draw = lockAll(TOPIC_DRAW_COMMITTEE, 1).get(0);
    assertThat(draw.getVariables()).containsKeys(VAR_PROCUREMENT_NO, VAR_PLAN_ID, VAR_TENDER_ID,
        VAR_COMMITTEE_SPECIALTIES, VAR_QUALIFIED_BID_IDS, VAR_BID_DEADLINE);
    externalTaskService.complete(draw.getId(), "test", Map.of(VAR_COMMITTEE_DRAW_ID, 1L,
        VAR_COMMITTEE_USER_IDS, list("expert1", "expert3", "expert4", "expert5")));

    Task colleagues = attendanceTask(evaluation, "expert3");
    assertThatThrownBy(() -> asExpert("expert1", () -> taskService.complete(colleagues.getId(),
        Map.of(VAR_ATTENDANCE_DECISION, "ACCEPT")))).hasMessageContaining("TASK_WORK");
    for (String expert : List.of("expert1", "expert3", "expert4", "expert5")) {
      completeAs(attendanceTask(evaluation, expert), Map.of(VAR_ATTENDANCE_DECISION, "ACCEPT"));
    }
    completeExternal(TOPIC_SEAT_COMMITTEE, Map.of(VAR_SCORER_USER_IDS, list("expert1", "expert3", "expert4", "expert5")));
    scoreEverything(evaluation, 4 * 3);

    completeExternal(TOPIC_WRITE_REPORT, Map.of(VAR_AWARD_SUMMARY, "拟中标：阳光社工服务中心"));
    assertThat(evaluation).isEnded().hasPassed(END_REPORT_WRITTEN).variables()
        .containsEntry(VAR_AWARD_SUMMARY, "拟中标：阳光社工服务中心");
  }

  @Test
  void shouldSeatAStandbyWhenADrawnExpertDeclines() {
    ProcessInstance evaluation = drawn(61L, 62L, 63L);

    assertThatThrownBy(() -> completeAs(attendanceTask(evaluation, "expert2"),
        Map.of(VAR_ATTENDANCE_DECISION, "DECLINE"))).hasMessageContaining("declineReason");
    completeAs(attendanceTask(evaluation, "expert2"),
        Map.of(VAR_ATTENDANCE_DECISION, "DECLINE", VAR_DECLINE_REASON, "与投标人存在近亲属关系"));
    LockedExternalTask replace = lockAll(TOPIC_REPLACE_DECLINED_EXPERT, 1).get(0);
    assertThat(replace.getVariables()).containsEntry(VAR_EXPERT_USER_ID, "expert2");
    externalTaskService.complete(replace.getId(), "test", Map.of(VAR_EXPERT_USER_ID, "expert7"));

    // the standby gets the seat's task; the others' seats are untouched
    assertThat(attendanceTask(evaluation, "expert7")).isNotNull();
    assertThat(attendanceTask(evaluation, "expert2")).isNull();
    for (String expert : List.of("expert1", "expert3", "expert5", "expert7")) {
      completeAs(attendanceTask(evaluation, expert), Map.of(VAR_ATTENDANCE_DECISION, "ACCEPT"));
    }
    assertThat(evaluation).isWaitingAt(TASK_SEAT_COMMITTEE);
  }

  @Test
  void shouldEscalateAnExpertWhoDoesNotConfirmAttendanceInTime() {
    Clock.setEngineClock("2026-09-30T10:00");
    ProcessInstance evaluation = drawn(71L, 72L, 73L);
    Task late = attendanceTask(evaluation, "expert3");
    // one working day after Sep 30 skips the National Day holiday
    assertThat(late.getDueDate()).isEqualTo(beijing("2026-10-08T23:59:59"));
    List<org.camunda.bpm.engine.runtime.Job> timers = managementService.createJobQuery()
        .processInstanceId(evaluation.getId()).activityId(EVENT_ATTENDANCE_OVERDUE).list();
    assertThat(timers).hasSize(4).allSatisfy(t -> assertThat(t.getDuedate()).isEqualTo(late.getDueDate()));

    managementService.executeJob(timers.get(0).getId());
    assertThat(evaluation).isWaitingAt(TASK_CONFIRM_ATTENDANCE, CALL_SUPERVISE_ATTENDANCE);
    ProcessInstance supervision = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(evaluation.getId()).singleResult();
    assertThat(supervision.getBusinessKey()).isEqualTo(PLAN_NO);
    assertThat(runtimeService.getVariable(supervision.getId(), "overdueActivity")).isEqualTo(TASK_CONFIRM_ATTENDANCE);
    assertThat((String) runtimeService.getVariable(supervision.getId(), "supervisionSubject"))
        .startsWith(PLAN_NO + " 评审专家expert").endsWith("未在1个工作日内确认出席");
  }

  @Test
  void shouldEscalateAnExpertWhoDoesNotScoreInTime() {
    Clock.setEngineClock("2026-10-09T10:00");
    ProcessInstance evaluation = drawn(81L, 82L, 83L);
    for (String expert : List.of("expert1", "expert2", "expert3", "expert5")) {
      completeAs(attendanceTask(evaluation, expert), Map.of(VAR_ATTENDANCE_DECISION, "ACCEPT"));
    }
    completeExternal(TOPIC_SEAT_COMMITTEE, Map.of(VAR_SCORER_USER_IDS, list("expert1", "expert2")));
    List<Task> sheets = taskService.createTaskQuery().processInstanceId(evaluation.getId())
        .taskDefinitionKey(TASK_SCORE_BID).list();
    assertThat(sheets).hasSize(2 * 3);
    // two working days after Fri Oct 9: the make-up Saturday Oct 10, then Monday Oct 12
    assertThat(sheets).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(beijing("2026-10-12T23:59:59")));

    execute(managementService.createJobQuery().processInstanceId(evaluation.getId())
        .activityId(EVENT_SCORING_OVERDUE).list().get(0));
    assertThat(evaluation).isWaitingAt(TASK_SCORE_BID, CALL_SUPERVISE_SCORING);
    ProcessInstance supervision = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(evaluation.getId()).singleResult();
    assertThat(runtimeService.getVariable(supervision.getId(), "overdueActivity")).isEqualTo(TASK_SCORE_BID);
    assertThat((String) runtimeService.getVariable(supervision.getId(), "supervisionSubject"))
        .endsWith("未在2个工作日内完成评分");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** as Tendering's Call_Evaluation passes them */
  private ProcessInstance start(Long... qualified) {
    return runtimeService.startProcessInstanceByKey(KEY, PLAN_NO, Variables.createVariables()
        .putValue(VAR_PLAN_ID, 921L).putValue(VAR_PROCUREMENT_NO, PLAN_NO).putValue(AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ").putValue(VAR_TENDER_ID, 9_921L)
        .putValue(VAR_BID_DEADLINE, beijing("2026-09-20T09:30"))
        .putValue(VAR_COMMITTEE_SPECIALTIES, list("ELDERLY_CARE"))
        .putValue(VAR_QUALIFIED_BID_IDS, list(qualified)));
  }

  private ProcessInstance drawn(Long... qualified) {
    ProcessInstance evaluation = start(qualified);
    completeExternal(TOPIC_DRAW_COMMITTEE, Map.of(VAR_COMMITTEE_DRAW_ID, 1L,
        VAR_COMMITTEE_USER_IDS, list("expert1", "expert2", "expert3", "expert5")));
    return evaluation;
  }

  private Task attendanceTask(ProcessInstance evaluation, String expert) {
    return taskService.createTaskQuery().processInstanceId(evaluation.getId())
        .taskDefinitionKey(TASK_CONFIRM_ATTENDANCE).taskAssignee(expert).singleResult();
  }

  private void scoreEverything(ProcessInstance evaluation, int sheets) {
    List<Task> scoring = taskService.createTaskQuery().processInstanceId(evaluation.getId())
        .taskDefinitionKey(TASK_SCORE_BID).list();
    assertThat(scoring).hasSize(sheets);
    for (Task sheet : scoring) {
      completeAs(sheet, Map.of(VAR_SCORE_PROPOSAL, 80, VAR_SCORE_CAPACITY, 75.5, VAR_SCORE_PRICE, 90));
    }
    for (LockedExternalTask record : lockAll(TOPIC_RECORD_SCORE, sheets)) {
      assertThat(record.getVariables()).containsKeys(VAR_EXPERT_USER_ID, VAR_BID_ID)
          .containsEntry(VAR_SCORE_CAPACITY, 75.5);
      externalTaskService.complete(record.getId(), "test");
    }
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

  /** the assigned expert completes their own task, signed in as Tasklist signs them in */
  private void completeAs(Task task, Map<String, Object> variables) {
    asExpert(task.getAssignee(), () -> taskService.complete(task.getId(), variables));
  }

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
