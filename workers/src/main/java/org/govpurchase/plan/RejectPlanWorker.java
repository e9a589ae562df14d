package org.govpurchase.plan;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/** plan.reject: the plan becomes REJECTED with the finance bureau's reason. Rejecting twice changes nothing. */
@Component
@ExternalTaskSubscription(topicName = PurchasePlanProcess.TOPIC_REJECT,
    variableNames = {PurchasePlanProcess.VAR_PLAN_ID, PurchasePlanProcess.VAR_REVIEWER,
        PurchasePlanProcess.VAR_REJECTION_REASON})
class RejectPlanWorker implements ExternalTaskHandler {

  private final PlanService plans;

  RejectPlanWorker(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      plans.reject(PlanTaskVariables.planId(task), task.getVariable(PurchasePlanProcess.VAR_REVIEWER),
          task.getVariable(PurchasePlanProcess.VAR_REJECTION_REASON));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
