package org.govpurchase.plan;

import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.variable.ClientValues;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * plan.prepareDraft: the starter's purchasing agency ({@code agencyCode}, {@code agencyName}) and
 * the items of the year's active catalog that cover it ({@code catalogItemOptions}, the draft
 * form's select). Only reads.
 */
@Component
@ExternalTaskSubscription(topicName = PurchasePlanProcess.TOPIC_PREPARE_DRAFT,
    variableNames = {PurchasePlanProcess.VAR_YEAR, PurchasePlanProcess.VAR_INITIATOR})
class PreparePlanDraftWorker implements ExternalTaskHandler {

  private final PlanService plans;

  PreparePlanDraftWorker(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    DraftStart start;
    try {
      // the start check guarantees a year and an agency: missing ones are a broken process, a failure
      start = plans.prepareDraft(PlanTaskVariables.year(task), task.getVariable(PurchasePlanProcess.VAR_INITIATOR));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(
        PurchasePlanProcess.VAR_CATALOG_ITEM_OPTIONS, ClientValues.jsonValue(start.itemOptionsJson()),
        PurchasePlanProcess.VAR_AGENCY_CODE, start.agencyCode(),
        PurchasePlanProcess.VAR_AGENCY_NAME, start.agencyName()));
  }
}
