package org.govpurchase.catalog;

import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.variable.ClientValues;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * catalog.registerDraft: stores the form's draft as the instance's DRAFT version (created or
 * replaced, keyed on the process instance) and sets {@code catalogVersionId} and the items as the
 * approval form shows them.
 */
@Component
@ExternalTaskSubscription(topicName = CatalogApprovalProcess.TOPIC_REGISTER_DRAFT,
    variableNames = {CatalogApprovalProcess.VAR_YEAR, CatalogApprovalProcess.VAR_TITLE,
        CatalogApprovalProcess.VAR_ITEMS, CatalogApprovalProcess.VAR_DRAFTER})
class RegisterDraftWorker implements ExternalTaskHandler {

  private final CatalogService catalog;

  RegisterDraftWorker(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    long versionId;
    try {
      versionId = catalog.registerDraft(task.getProcessInstanceId(), CatalogTaskVariables.year(task),
          task.getVariable(CatalogApprovalProcess.VAR_TITLE),
          CatalogDraft.parse(CatalogTaskVariables.itemsJson(task)),
          task.getVariable(CatalogApprovalProcess.VAR_DRAFTER));
    } catch (InvalidRequestException badDraft) {
      // A bad draft is a business outcome, not a fault: the same error as an out-of-scope item,
      // whose boundary event (Event_DraftInvalid) sends the draft back to the drafter with the
      // problems in scopeRejection, which the draft form shows.
      service.handleBpmnError(task, CatalogApprovalProcess.ERROR_OUT_OF_SCOPE, badDraft.getMessage(),
          Map.of(CatalogApprovalProcess.VAR_SCOPE_REJECTION, badDraft.getMessage()));
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(CatalogApprovalProcess.VAR_VERSION_ID, versionId,
        CatalogApprovalProcess.VAR_REVIEW_ITEMS, ClientValues.jsonValue(catalog.reviewItemsJson(versionId))));
  }
}
