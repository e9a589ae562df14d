package org.govpurchase.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CheckScopeWorkerTest {

  static final String REFUSAL = "目录事项「行政许可证核发」涉及行政许可，属于不得购买的事项";

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock CatalogService catalog;
  @InjectMocks CheckScopeWorker worker;
  @Captor ArgumentCaptor<Map<String, Object>> variables;

  @Test
  void anOutOfScopeItemSendsTheDraftBackWithTheReason() {
    when(task.getVariable(CatalogApprovalProcess.VAR_VERSION_ID)).thenReturn(42L);
    when(catalog.checkScope(42L)).thenReturn(Optional.of(REFUSAL));

    worker.execute(task, service);

    verify(service).handleBpmnError(task, CatalogApprovalProcess.ERROR_OUT_OF_SCOPE, REFUSAL,
        Map.of(CatalogApprovalProcess.VAR_SCOPE_REJECTION, REFUSAL));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aDraftInScopePassesAndClearsAnEarlierRefusal() {
    when(task.getVariable(CatalogApprovalProcess.VAR_VERSION_ID)).thenReturn(42);
    when(catalog.checkScope(42L)).thenReturn(Optional.empty());

    worker.execute(task, service);

    verify(service).complete(eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsKey(CatalogApprovalProcess.VAR_SCOPE_REJECTION).hasSize(1);
    assertThat(variables.getValue().get(CatalogApprovalProcess.VAR_SCOPE_REJECTION)).isNull();
  }

  @Test
  void aTechnicalFaultIsRetried() {
    WorkerTestSupport.firstFailure(task);
    when(task.getVariable(CatalogApprovalProcess.VAR_VERSION_ID)).thenReturn(42L);
    when(catalog.checkScope(42L)).thenThrow(new IllegalStateException("database is down"));

    worker.execute(task, service);

    WorkerTestSupport.verifyFailedOnce(service, task, "database is down");
  }

  @Test
  void aMissingVersionIdIsAFailure() {
    WorkerTestSupport.firstFailure(task);
    worker.execute(task, service);

    WorkerTestSupport.verifyFailedOnce(service, task, "catalogVersionId is missing or not a whole number: null");
    verifyNoInteractions(catalog);
  }

}
