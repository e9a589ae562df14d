package org.govpurchase.plan;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * plan.publish: the approved plan becomes APPROVED and its standard, budget, evaluation method and
 * requirements public at /api/public/plans. Publishing twice changes nothing.
 */
@Component
@ExternalTaskSubscription(topicName = PurchasePlanProcess.TOPIC_PUBLISH,
    variableNames = {PurchasePlanProcess.VAR_PLAN_ID, PurchasePlanProcess.VAR_REVIEWER,
        PurchasePlanProcess.VAR_REVIEW_COMMENT, PurchasePlanProcess.VAR_PROCUREMENT_METHOD,
        PurchasePlanProcess.VAR_RUN_BY_PROCUREMENT_AGENCY})
class PublishPlanWorker implements ExternalTaskHandler {

  private final PlanService plans;

  PublishPlanWorker(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      plans.publish(PlanTaskVariables.planId(task), task.getVariable(PurchasePlanProcess.VAR_REVIEWER),
          task.getVariable(PurchasePlanProcess.VAR_REVIEW_COMMENT),
          ProcurementMethod.valueOf(task.getVariable(PurchasePlanProcess.VAR_PROCUREMENT_METHOD)),
          Boolean.TRUE.equals(task.getVariable(PurchasePlanProcess.VAR_RUN_BY_PROCUREMENT_AGENCY)));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
