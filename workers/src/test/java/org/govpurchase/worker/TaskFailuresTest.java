package org.govpurchase.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

class TaskFailuresTest {

  final ExternalTask task = mock(ExternalTask.class);
  final ExternalTaskService service = mock(ExternalTaskService.class);

  @ParameterizedTest(name = "retries {0} -> {1}, back-off {2} ms")
  @CsvSource(nullValues = "null", value = {
      "null, 3, 10000",
      "3,    2, 20000",
      "2,    1, 40000",
      "1,    0, 80000"})
  void countsRetriesDownAndDoublesTheBackoff(Integer retries, int left, long backoff) {
    when(task.getRetries()).thenReturn(retries);

    TaskFailures.handle(task, service, new IllegalStateException("database is down"));

    verify(service).handleFailure(eq(task), eq("database is down"), anyString(), eq(left), eq(backoff));
    verifyNoMoreInteractions(service);
  }

  @Test
  void theMessageIsOneLineWithTheRootCauseAndTheDetailsHoldTheStack() {
    var fault = new RuntimeException("could not publish", new java.sql.SQLException("Connection refused\nby host"));

    TaskFailures.handle(task, service, fault);

    var message = ArgumentCaptor.forClass(String.class);
    var details = ArgumentCaptor.forClass(String.class);
    verify(service).handleFailure(eq(task), message.capture(), details.capture(), anyInt(), anyLong());
    assertThat(message.getValue()).isEqualTo("could not publish (SQLException: Connection refused by host)");
    assertThat(details.getValue()).contains("java.lang.RuntimeException: could not publish")
        .contains("at org.govpurchase.worker.TaskFailuresTest").hasSizeLessThanOrEqualTo(4_000);
  }

  @Test
  void aFaultWithoutMessageIsNamedByItsClass() {
    assertThat(TaskFailures.message(new NullPointerException())).isEqualTo("NullPointerException");
    assertThat(TaskFailures.message(new RuntimeException("x".repeat(2_000)))).hasSize(500);
  }
}
