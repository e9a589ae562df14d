package org.govpurchase.catalog;

import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * catalog.publish: the approved version becomes the year's active catalog, the previous one is
 * superseded; sets {@code catalogVersionNo}. Publishing twice returns the same number.
 */
@Component
@ExternalTaskSubscription(topicName = CatalogApprovalProcess.TOPIC_PUBLISH,
    variableNames = {CatalogApprovalProcess.VAR_VERSION_ID, CatalogApprovalProcess.VAR_APPROVER,
        CatalogApprovalProcess.VAR_APPROVAL_COMMENT})
class PublishCatalogWorker implements ExternalTaskHandler {

  private final CatalogService catalog;

  PublishCatalogWorker(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    int versionNo;
    try {
      versionNo = catalog.publish(CatalogTaskVariables.versionId(task),
          task.getVariable(CatalogApprovalProcess.VAR_APPROVER),
          task.getVariable(CatalogApprovalProcess.VAR_APPROVAL_COMMENT));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(CatalogApprovalProcess.VAR_VERSION_NO, versionNo));
  }
}
