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
import java.time.ZoneOffset;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The worker alone: plain Mockito on the external task, no Spring, no engine. */
class RecordSupervisionWorkerTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
  private final ExternalTask task = mock(ExternalTask.class);
  private final ExternalTaskService taskService = mock(ExternalTaskService.class);

  @BeforeEach
  void aSupervisionOfALateDraft() {
    when(task.getId()).thenReturn("task-1");
    when(task.getTopicName()).thenReturn(SupervisionTopics.TOPIC_RECORD_ACTION);
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getActivityInstanceId()).thenReturn("Task_RecordDraftSupervision:ai-1");
    when(task.getProcessDefinitionKey()).thenReturn("CatalogApproval");
    when(task.getBusinessKey()).thenReturn("CAT-2026-1");
    variable(SupervisionTopics.VAR_OVERDUE_ACTIVITY, "Task_DraftCatalog");
    variable(SupervisionTopics.VAR_SUPERVISION_SUBJECT, "2026年度政府购买服务目录");
    variable(SupervisionTopics.VAR_SUPERVISION_ACTION, "INTERVIEW");
    variable(SupervisionTopics.VAR_SUPERVISION_NOTE, "约谈负责人吉𠮷，要求限期完成。");
    variable(SupervisionTopics.VAR_SUPERVISOR, "jianchaju");
  }

  @Test
  void shouldRecordTheSupervisionAndComplete() {
    SupervisionService supervision = mock(SupervisionService.class);
    when(supervision.record(any())).thenReturn(view());

    new RecordSupervisionWorker(supervision).execute(task, taskService);

    verify(supervision).record(new NewSupervision("pi-1", "Task_RecordDraftSupervision:ai-1", "CatalogApproval",
        "CAT-2026-1", "Task_DraftCatalog", "2026年度政府购买服务目录", "INTERVIEW", "约谈负责人吉𠮷，要求限期完成。",
        "jianchaju"));
    verify(taskService).complete(task);
    verifyNoMoreInteractions(taskService);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAnActionOutsideTheForm() {
    variable(SupervisionTopics.VAR_SUPERVISION_ACTION, "IGNORE");
    SupervisionRecordRepository records = mock(SupervisionRecordRepository.class);

    new RecordSupervisionWorker(new SupervisionService(records, CLOCK)).execute(task, taskService);

    verify(taskService).handleFailure(eq(task),
        contains("supervision action must be URGE, INTERVIEW or RECORD: IGNORE"),
        eq(RecordSupervisionWorker.INVALID_SUPERVISION_HINT), eq(0), eq(0L));
    verify(taskService, never()).complete(any());
    verifyNoInteractions(records);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAnEmptyNoteOrAMissingMapping() {
    variable(SupervisionTopics.VAR_SUPERVISION_NOTE, " ");
    SupervisionRecordRepository records = mock(SupervisionRecordRepository.class);
    RecordSupervisionWorker worker = new RecordSupervisionWorker(new SupervisionService(records, CLOCK));

    worker.execute(task, taskService);
    variable(SupervisionTopics.VAR_SUPERVISION_NOTE, "已督促。");
    variable(SupervisionTopics.VAR_OVERDUE_ACTIVITY, null);
    worker.execute(task, taskService);

    verify(taskService).handleFailure(eq(task), contains("supervision note is required"), anyString(), eq(0), eq(0L));
    verify(taskService).handleFailure(eq(task), contains("overdue activity is required"), anyString(), eq(0), eq(0L));
    verify(taskService, never()).complete(any());
    verifyNoInteractions(records);
  }

  @Test
  void shouldReadAWronglyTypedActionAsTextAndRejectIt() {
    variable(SupervisionTopics.VAR_SUPERVISION_ACTION, 1);
    SupervisionRecordRepository records = mock(SupervisionRecordRepository.class);

    new RecordSupervisionWorker(new SupervisionService(records, CLOCK)).execute(task, taskService);

    verify(taskService).handleFailure(eq(task), contains(": 1"), anyString(), eq(0), eq(0L));
    verifyNoInteractions(records);
  }

  @Test
  void shouldRetryATechnicalFaultWithBackOff() {
    SupervisionService supervision = mock(SupervisionService.class);
    when(supervision.record(any())).thenThrow(new DataAccessResourceFailureException("database unavailable"));
    when(task.getRetries()).thenReturn(null); // the first failure

    new RecordSupervisionWorker(supervision).execute(task, taskService);

    verify(taskService).handleFailure(eq(task), contains("database unavailable"), anyString(),
        eq(TaskFailures.RETRIES), eq(TaskFailures.FIRST_BACKOFF_MILLIS));
    verify(taskService, never()).complete(any());
  }

  @Test
  void shouldSubscribeToItsTopicWithEveryVariableItReads() {
    ExternalTaskSubscription subscription = RecordSupervisionWorker.class.getAnnotation(ExternalTaskSubscription.class);

    assertThat(subscription.topicName()).isEqualTo("supervision.recordAction");
    assertThat(subscription.variableNames()).containsExactlyInAnyOrder(
        "supervisionAction", "supervisionNote", "supervisor", "overdueActivity", "supervisionSubject");
  }

  private void variable(String name, Object value) {
    when(task.getVariable(name)).thenReturn(value);
  }

  private static SupervisionRecordView view() {
    return new SupervisionRecordView(1L, "pi-1", "Task_RecordDraftSupervision:ai-1", "CatalogApproval", "CAT-2026-1",
        "Task_DraftCatalog", "2026年度政府购买服务目录", SupervisionAction.INTERVIEW, "约谈负责人",
        "约谈负责人吉𠮷，要求限期完成。", "jianchaju", Instant.parse("2026-03-02T01:00:00Z"));
  }
}
