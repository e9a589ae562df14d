package org.govpurchase.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.worker.TaskFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The worker alone: plain Mockito on the external task, no Spring, no engine. */
class RecordSupervisionWorkerTest {

  private final ExternalTask task = mock(ExternalTask.class);
  private final ExternalTaskService taskService = mock(ExternalTaskService.class);

  @BeforeEach
  void aSupervisionOfALateDraft() {
    when(task.getId()).thenReturn("task-1");
    when(task.getTopicName()).thenReturn(SupervisionProcess.TOPIC_RECORD_ACTION);
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getActivityInstanceId()).thenReturn("Task_RecordDraftSupervision:ai-1");
    when(task.getProcessDefinitionKey()).thenReturn("CatalogApproval");
    when(task.getBusinessKey()).thenReturn("CAT-2026-1");
    variable(SupervisionProcess.VAR_OVERDUE_ACTIVITY, "Task_DraftCatalog");
    variable(SupervisionProcess.VAR_SUPERVISION_SUBJECT, "2026年度政府购买服务目录");
    variable(SupervisionProcess.VAR_SUPERVISION_ACTION, "INTERVIEW");
    variable(SupervisionProcess.VAR_SUPERVISION_NOTE, "约谈负责人吉𠮷，要求限期完成。");
    variable(SupervisionProcess.VAR_SUPERVISOR, "jianchaju");
    variable(SupervisionProcess.VAR_OVERDUE_PROCESS_KEY, "CatalogApproval");
    variable(SupervisionProcess.VAR_OVERDUE_PROCESS_INSTANCE_ID, "caller-1");
    variable(SupervisionProcess.VAR_LATE_PARTY, "finance-bureau");
    variable(SupervisionProcess.VAR_LATE_SINCE, Date.from(Instant.parse("2026-09-29T02:00:00Z")));
    variable(SupervisionProcess.VAR_DUE_DATE, Date.from(Instant.parse("2026-10-19T15:59:59Z")));
  }

  /** Fri 2026-10-23 in Beijing: Oct 20 to 23 are four working days after the due day */
  private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-10-23T02:00:00Z"), ZoneOffset.UTC);
  private static final WorkingDays WEEKDAYS = WorkingDays.of(ZoneId.of("Asia/Shanghai"), Map.of(), Set.of());

  private static RecordSupervisionWorker worker(SupervisionService supervision) {
    return new RecordSupervisionWorker(supervision, FRIDAY, WEEKDAYS);
  }

  @Test
  void shouldRecordTheSupervisionAndComplete() {
    SupervisionService supervision = mock(SupervisionService.class);
    when(supervision.record(any())).thenReturn(view());

    worker(supervision).execute(task, taskService);

    verify(supervision).record(new NewSupervision("pi-1", "Task_RecordDraftSupervision:ai-1", "CatalogApproval",
        "CAT-2026-1", "Task_DraftCatalog", "2026年度政府购买服务目录", "INTERVIEW", "约谈负责人吉𠮷，要求限期完成。",
        "jianchaju", new LateStep("caller-1", "finance-bureau", Instant.parse("2026-09-29T02:00:00Z"),
            Instant.parse("2026-10-19T15:59:59Z"), 4)));
    verify(taskService).complete(task);
    verifyNoMoreInteractions(taskService);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAnActionOutsideTheForm() {
    variable(SupervisionProcess.VAR_SUPERVISION_ACTION, "IGNORE");
    SupervisionRecordRepository records = mock(SupervisionRecordRepository.class);

    worker(new SupervisionService(records)).execute(task, taskService);

    verify(taskService).handleFailure(eq(task),
        contains("supervision action must be URGE, INTERVIEW or RECORD: IGNORE"),
        eq(RecordSupervisionWorker.INVALID_SUPERVISION_HINT), eq(0), eq(0L));
    verify(taskService, never()).complete(any());
    verifyNoInteractions(records);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAnEmptyNoteOrAMissingMapping() {
    variable(SupervisionProcess.VAR_SUPERVISION_NOTE, " ");
    SupervisionRecordRepository records = mock(SupervisionRecordRepository.class);
    RecordSupervisionWorker worker = worker(new SupervisionService(records));

    worker.execute(task, taskService);
    variable(SupervisionProcess.VAR_SUPERVISION_NOTE, "已督促。");
    variable(SupervisionProcess.VAR_OVERDUE_ACTIVITY, null);
    worker.execute(task, taskService);

    verify(taskService).handleFailure(eq(task), contains("supervision note is required"), anyString(), eq(0), eq(0L));
    verify(taskService).handleFailure(eq(task), contains("overdue activity is required"), anyString(), eq(0), eq(0L));
    verify(taskService, never()).complete(any());
    verifyNoInteractions(records);
  }

  @Test
  void shouldReadAWronglyTypedActionAsTextAndRejectIt() {
    variable(SupervisionProcess.VAR_SUPERVISION_ACTION, 1);
    SupervisionRecordRepository records = mock(SupervisionRecordRepository.class);

    worker(new SupervisionService(records)).execute(task, taskService);

    verify(taskService).handleFailure(eq(task), contains(": 1"), anyString(), eq(0), eq(0L));
    verifyNoInteractions(records);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForADueDateThatIsNoDate() {
    variable(SupervisionProcess.VAR_DUE_DATE, "2026-10-19");
    SupervisionRecordRepository records = mock(SupervisionRecordRepository.class);

    worker(new SupervisionService(records)).execute(task, taskService);

    verify(taskService).handleFailure(eq(task), contains("dueDate"), anyString(), eq(0), eq(0L));
    verifyNoInteractions(records);
  }

  @Test
  void shouldRetryATechnicalFaultWithBackOff() {
    SupervisionService supervision = mock(SupervisionService.class);
    when(supervision.record(any())).thenThrow(new DataAccessResourceFailureException("database unavailable"));
    when(task.getRetries()).thenReturn(null); // the first failure

    worker(supervision).execute(task, taskService);

    verify(taskService).handleFailure(eq(task), contains("database unavailable"), anyString(),
        eq(TaskFailures.RETRIES), eq(TaskFailures.FIRST_BACKOFF_MILLIS));
    verify(taskService, never()).complete(any());
  }

  @Test
  void shouldSubscribeToItsTopicWithEveryVariableItReads() {
    ExternalTaskSubscription subscription = RecordSupervisionWorker.class.getAnnotation(ExternalTaskSubscription.class);

    assertThat(subscription.topicName()).isEqualTo("supervision.recordAction");
    assertThat(subscription.variableNames()).containsExactlyInAnyOrder(
        "supervisionAction", "supervisionNote", "supervisor", "overdueActivity", "supervisionSubject",
        "overdueProcessKey", "overdueProcessInstanceId", "lateParty", "lateSince", "dueDate");
  }

  private void variable(String name, Object value) {
    when(task.getVariable(name)).thenReturn(value);
  }

  private static SupervisionRecordView view() {
    return new SupervisionRecordView(1L, "pi-1", "Task_RecordDraftSupervision:ai-1", "CatalogApproval", "CAT-2026-1",
        "Task_DraftCatalog", "2026年度政府购买服务目录", SupervisionAction.INTERVIEW, "约谈负责人",
        "约谈负责人吉𠮷，要求限期完成。", "jianchaju", Instant.parse("2026-03-02T01:00:00Z"), null, null, null, null,
        null);
  }
}
