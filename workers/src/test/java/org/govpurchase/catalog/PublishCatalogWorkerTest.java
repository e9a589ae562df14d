package org.govpurchase.catalog;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PublishCatalogWorkerTest {

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock CatalogService catalog;
  @InjectMocks PublishCatalogWorker worker;

  @Test
  void publishesAndSetsTheVersionNumber() {
    when(task.getVariable(CatalogApprovalProcess.VAR_VERSION_ID)).thenReturn(42L);
    when(task.getVariable(CatalogApprovalProcess.VAR_APPROVER)).thenReturn("govoffice");
    when(task.getVariable(CatalogApprovalProcess.VAR_APPROVAL_COMMENT)).thenReturn("同意发布");
    when(catalog.publish(42L, "govoffice", "同意发布")).thenReturn(2);

    worker.execute(task, service);

    verify(service).complete(task, Map.of(CatalogApprovalProcess.VAR_VERSION_NO, 2));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aTechnicalFaultIsRetried() {
    WorkerTestSupport.firstFailure(task);
    when(task.getVariable(CatalogApprovalProcess.VAR_VERSION_ID)).thenReturn(42L);
    when(task.getVariable(CatalogApprovalProcess.VAR_APPROVER)).thenReturn("govoffice");
    when(catalog.publish(42L, "govoffice", null)).thenThrow(new IllegalStateException("database is down"));

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
