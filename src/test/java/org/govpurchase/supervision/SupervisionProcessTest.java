package org.govpurchase.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.govpurchase.supervision.SupervisionProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.catalog.CatalogApprovalProcess;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.testing.WorkerRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one escalation: a late step's timer starts a Supervision that finds who is late, since when,
 * the due date and the working days late by itself; the supervisor acts; the register keeps it
 * with the working days late on the day of the record.
 */
@ProcessTest
class SupervisionProcessTest {

  static final String CALLER = "LateStepsCaller";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired SupervisionService supervision;
  @Autowired WorkingDays workingDays;
  @Autowired Clock clock;
  @Autowired ObjectMapper json;

  String callerDeployment;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    callerDeployment = repositoryService.createDeployment().name("late-steps-caller")
        .addClasspathResource("supervision/late-steps-caller.bpmn").deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    org.govpurchase.testing.Clock.resetEngineClock();
    identityService.clearAuthentication();
    repositoryService.deleteDeployment(callerDeployment, true);
  }

  @Test
  void shouldSuperviseALateDraftAndRecordWhoWasLateSinceWhenAndHowManyWorkingDays() throws Exception {
    // 2026-09-29 Tue; 10 working days skip National Day (Oct 1-7) and count Sat Oct 10 (调休)
    org.govpurchase.testing.Clock.setEngineClock("2026-09-29T10:00:00");
    ProcessInstance catalog = runtimeService.startProcessInstanceByKey(CatalogApprovalProcess.KEY,
        Map.of(CatalogApprovalProcess.VAR_YEAR, 2026, CatalogApprovalProcess.VAR_TITLE, "福田区2026年度政府购买服务目录"));
    complete(externalTask(catalog));
    assertThat(catalog).isWaitingAt(CatalogApprovalProcess.TASK_DRAFT_CATALOG);

    // the job executor fires the timer late, on Wed Oct 21: Oct 20 and 21 are working days late
    org.govpurchase.testing.Clock.setEngineClock("2026-10-21T09:00:00");
    execute(job(catalog));

    assertThat(catalog).isWaitingAt(CatalogApprovalProcess.TASK_DRAFT_CATALOG, CatalogApprovalProcess.CALL_SUPERVISE_DRAFT);
    ProcessInstance supervised = calledBy(catalog);
    assertThat(supervised).isWaitingAt(TASK_SUPERVISE).variables()
        .containsEntry(VAR_OVERDUE_ACTIVITY, CatalogApprovalProcess.TASK_DRAFT_CATALOG)
        .containsEntry(VAR_OVERDUE_STEP, "编制目录草案")
        .containsEntry(VAR_OVERDUE_PROCESS_KEY, CatalogApprovalProcess.KEY)
        .containsEntry(VAR_OVERDUE_PROCESS_INSTANCE_ID, catalog.getId())
        .containsEntry(VAR_LATE_PARTY, "finance-bureau")
        .containsEntry(VAR_LATE_SINCE, beijing("2026-09-29T10:00:00"))
        .containsEntry(VAR_DUE_DATE, beijing("2026-10-19T23:59:59"))
        .containsEntry(VAR_WORKING_DAYS_LATE, 2)
        // what the form shows: names and Beijing times, not ids and raw dates
        .containsEntry(VAR_LATE_PARTY_TEXT, "财政部门")
        .containsEntry(VAR_LATE_SINCE_TEXT, "2026-09-29 10:00")
        .containsEntry(VAR_DUE_DATE_TEXT, "2026-10-19 23:59")
        .containsEntry(VAR_WORKING_DAYS_LATE_TEXT, "2个工作日")
        .containsEntry(VAR_PROCUREMENT_NO, null)
        .containsEntry(VAR_SUPERVISION_SUBJECT, "福田区2026年度政府购买服务目录（2026年度）：目录草案未在10个工作日内编制完成");
    assertThat(task(supervised)).hasCandidateGroup("supervision").hasName("督办：编制目录草案逾期");

    String taskId = task(supervised).getId();
    SignedIn.as(identityService, "supervisor", List.of("supervision"));
    taskService.complete(taskId, Map.of(VAR_SUPERVISION_ACTION, "URGE",
        VAR_SUPERVISION_NOTE, "已电话督促财政部门经办人"));
    identityService.clearAuthentication();
    assertThat(supervised).isWaitingAt(TASK_RECORD_ACTION);

    // recorded on Fri Oct 23: Oct 20 to 23 are four working days late
    org.govpurchase.testing.Clock.setEngineClock("2026-10-23T10:00:00");
    WorkerRun.run(engine, TOPIC_RECORD_ACTION, new RecordSupervisionWorker(supervision, clock, workingDays));

    assertThat(supervised).isEnded().hasPassed(END_SUPERVISED);
    assertThat(catalog).isWaitingAt(CatalogApprovalProcess.TASK_DRAFT_CATALOG)
        .hasPassed(CatalogApprovalProcess.END_DRAFT_SUPERVISED);
    SupervisionRecordView record = supervision.search(CatalogApprovalProcess.KEY, null, null, 0, 100).stream()
        .filter(r -> catalog.getId().equals(r.overdueProcessInstanceId())).findFirst().orElseThrow();
    assertThat(record.processInstanceId()).isEqualTo(supervised.getId());
    assertThat(record.overdueActivity()).isEqualTo(CatalogApprovalProcess.TASK_DRAFT_CATALOG);
    assertThat(record.lateParty()).isEqualTo("finance-bureau");
    assertThat(record.lateSince()).isEqualTo(beijing("2026-09-29T10:00:00").toInstant());
    assertThat(record.dueDate()).isEqualTo(beijing("2026-10-19T23:59:59").toInstant());
    assertThat(record.workingDaysLate()).isEqualTo(4);
    assertThat(record.supervisor()).isEqualTo("supervisor");
    assertThat(record.action()).isEqualTo(SupervisionAction.URGE);
    // what GET /api/supervision/records shows
    assertThat(json.writeValueAsString(record)).contains("\"lateParty\":\"finance-bureau\"", "\"workingDaysLate\":4",
        "\"lateSince\":", "\"dueDate\":");
  }

  @Test
  void shouldNameOnlyTheLateTaskOfItsOwnMultiInstanceScope() {
    org.govpurchase.testing.Clock.setEngineClock("2026-10-12T09:00:00");
    ProcessInstance caller = runtimeService.startProcessInstanceByKey(CALLER, "SZ-2026-0042", Map.of(
        "bidders", List.of("expert1", "expert2"), "dueAt", beijing("2026-10-19T23:59:59"),
        "procurementNo", "SZ-2026-0042", AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
    org.govpurchase.testing.Clock.setEngineClock("2026-10-20T09:00:00");

    Job expert2sTimer = managementService.createJobQuery().processInstanceId(caller.getId())
        .activityId("Event_AnswerOverdue").list().stream()
        .filter(job -> "expert2".equals(runtimeService.getVariable(job.getExecutionId(), "bidder")))
        .findFirst().orElseThrow();
    managementService.executeJob(expert2sTimer.getId());

    ProcessInstance supervised = calledBy(caller);
    assertThat(supervised).hasBusinessKey("SZ-2026-0042").variables()
        .containsEntry(VAR_OVERDUE_PROCESS_KEY, CALLER)
        .containsEntry(VAR_LATE_PARTY, "expert2")
        .containsEntry(VAR_LATE_SINCE, beijing("2026-10-12T09:00:00"))
        .containsEntry(VAR_DUE_DATE, beijing("2026-10-19T23:59:59"))
        .containsEntry(VAR_WORKING_DAYS_LATE, 1)
        .containsEntry(VAR_LATE_PARTY_TEXT, "周杰 评审专家（expert2）") // a user by name and id
        .containsEntry(VAR_PROCUREMENT_NO, "SZ-2026-0042")
        .containsEntry(VAR_SUPERVISION_SUBJECT, "expert2 未按期答复");
    assertThat(task(supervised)).hasName("督办：答复逾期");
  }

  @Test
  void shouldNameTheResponsibleGroupOfALateStepWithoutUserTask() {
    org.govpurchase.testing.Clock.setEngineClock("2026-10-12T09:00:00");
    ProcessInstance caller = runtimeService.startProcessInstanceByKey(CALLER, "SZ-2026-0043", Map.of(
        "bidders", List.of(), "dueAt", beijing("2026-10-19T23:59:59"), "procurementNo", "SZ-2026-0043", AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
    org.govpurchase.testing.Clock.setEngineClock("2026-10-20T09:00:00");

    managementService.executeJob(managementService.createJobQuery().processInstanceId(caller.getId())
        .activityId("Event_SignatureOverdue").singleResult().getId());

    // no task: the step's responsible group, since the step started, due when the timer fired
    assertThat(calledBy(caller)).variables()
        .containsEntry(VAR_OVERDUE_STEP, "等待签署")
        .containsEntry(VAR_LATE_PARTY, "purchasing-agency")
        .containsEntry(VAR_LATE_SINCE, beijing("2026-10-12T09:00:00"))
        .containsEntry(VAR_DUE_DATE, beijing("2026-10-20T09:00:00"))
        .containsEntry(VAR_WORKING_DAYS_LATE, 0);
  }

  private ProcessInstance calledBy(ProcessInstance caller) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .processDefinitionKey(KEY).singleResult();
  }
}
