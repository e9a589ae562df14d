package org.govpurchase.catalog;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * catalog.checkScope: an item that may never be bought sends the draft back with the reason
 * (BPMN error {@code Error_OutOfScope}); a draft in scope clears an earlier refusal.
 */
@Component
@ExternalTaskSubscription(topicName = CatalogApprovalProcess.TOPIC_CHECK_SCOPE,
    variableNames = {CatalogApprovalProcess.VAR_VERSION_ID})
class CheckScopeWorker implements ExternalTaskHandler {

  private final CatalogService catalog;

  CheckScopeWorker(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Optional<String> refusal;
    try {
      refusal = catalog.checkScope(CatalogTaskVariables.versionId(task));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    if (refusal.isPresent()) {
      service.handleBpmnError(task, CatalogApprovalProcess.ERROR_OUT_OF_SCOPE, refusal.get(),
          Map.of(CatalogApprovalProcess.VAR_SCOPE_REJECTION, refusal.get()));
    } else {
      // null, not absent: the draft form hides the refusal text when scopeRejection = null
      service.complete(task, Collections.singletonMap(CatalogApprovalProcess.VAR_SCOPE_REJECTION, null));
    }
  }
}
