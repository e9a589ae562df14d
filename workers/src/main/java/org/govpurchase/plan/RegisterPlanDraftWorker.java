package org.govpurchase.plan;

import static org.govpurchase.plan.PurchasePlanProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * plan.registerDraft: stores the form's plan (created or replaced, keyed on the process instance)
 * and sets {@code planId} and {@code planNo}. A plan against an item outside the year's active
 * catalog, for an agency the item does not cover, or with bad fields is refused: BPMN error
 * {@code Error_PlanRefused} back to the drafter with the reason in {@code planRefusal}.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_REGISTER_DRAFT,
    variableNames = {VAR_YEAR, VAR_CATALOG_ITEM_ID, VAR_SERVICE_NAME, VAR_SERVICE_STANDARD, VAR_BUDGET,
        VAR_TERM_START, VAR_TERM_END, VAR_EVALUATION_METHOD, VAR_REQUIREMENTS, VAR_FUNDING_SOURCE,
        VAR_MAJOR_PROJECT, VAR_WITHIN_GOVERNMENT_PROCUREMENT, VAR_DRAFTER})
class RegisterPlanDraftWorker implements ExternalTaskHandler {

  private final PlanService plans;

  RegisterPlanDraftWorker(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    RegisteredPlan plan;
    try {
      plan = plans.register(task.getProcessInstanceId(), PlanDraft.read(task::getVariable),
          task.getVariable(VAR_DRAFTER));
    } catch (PlanRefusedException refused) {
      // a business outcome: Event_PlanRefused sends the draft back, the form shows planRefusal
      service.handleBpmnError(task, ERROR_PLAN_REFUSED, refused.getMessage(),
          Map.of(VAR_REFUSAL, refused.getMessage()));
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_PLAN_ID, plan.id());
    variables.put(VAR_PLAN_NO, plan.planNo());
    // null, not absent: the draft form hides the refusal text when planRefusal = null
    variables.put(VAR_REFUSAL, null);
    service.complete(task, variables);
  }
}
