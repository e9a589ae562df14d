package org.govpurchase.catalog;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.variable.ClientValues;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * catalog.prepareDraft: the purchasing agencies to choose from ({@code agencyOptions}) and, for
 * an adjustment during the year, the active catalog's items as the starting draft. Only reads.
 */
@Component
@ExternalTaskSubscription(topicName = CatalogApprovalProcess.TOPIC_PREPARE_DRAFT,
    variableNames = {CatalogApprovalProcess.VAR_YEAR, CatalogApprovalProcess.VAR_ITEMS})
class PrepareDraftWorker implements ExternalTaskHandler {

  private final CatalogService catalog;

  PrepareDraftWorker(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Map<String, Object> variables = new HashMap<>();
    try {
      // the start check guarantees a year: a missing one is a broken process, hence a failure
      DraftStart start = catalog.prepareDraft(CatalogTaskVariables.year(task));
      variables.put(CatalogApprovalProcess.VAR_AGENCY_OPTIONS, ClientValues.jsonValue(start.agencyOptionsJson()));
      if (CatalogTaskVariables.itemsJson(task) == null && start.hasBaseVersion()) {
        variables.put(CatalogApprovalProcess.VAR_ITEMS, ClientValues.jsonValue(start.baseItemsJson()));
        variables.put(CatalogApprovalProcess.VAR_BASE_VERSION_NO, start.baseVersionNo());
      }
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, variables);
  }
}
