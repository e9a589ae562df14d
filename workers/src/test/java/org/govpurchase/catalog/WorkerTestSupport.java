package org.govpurchase.catalog;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

/** What the catalog worker tests check alike. */
final class WorkerTestSupport {

  private WorkerTestSupport() {
  }

  /** exactly one call: handleFailure with the first retry count and back-off, nothing else */
  /** a task that has not failed before: the engine sends no retries (a mock would answer 0) */
  static void firstFailure(ExternalTask task) {
    org.mockito.Mockito.when(task.getRetries()).thenReturn(null);
  }

  static void verifyFailedOnce(ExternalTaskService service, ExternalTask task, String message) {
    verify(service).handleFailure(eq(task), eq(message), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  static void verifyOnlyFailure(ExternalTaskService service, ExternalTask task) {
    verify(service).handleFailure(eq(task), anyString(), anyString(), eq(3), anyLong());
    verifyNoMoreInteractions(service);
  }
}
