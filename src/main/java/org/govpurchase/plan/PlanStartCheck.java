package org.govpurchase.plan;

import static org.govpurchase.plan.PurchasePlanProcess.VAR_INITIATOR;
import static org.govpurchase.plan.PurchasePlanProcess.VAR_YEAR;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Start check of PurchasePlan: a whole year, and a starter who works for an active purchasing
 * agency that the year's active catalog covers; otherwise no instance at all (400 on submit-form).
 */
@Component("planStartCheck")
class PlanStartCheck implements ExecutionListener {

  private final PlanService plans;

  PlanStartCheck(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object year = execution.getVariable(VAR_YEAR);
    if (!(year instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.intValue() < PlanDraft.MIN_YEAR || number.intValue() > PlanDraft.MAX_YEAR) {
      throw FormRejection.of(List.of("计划年度必须是2000至2100之间的整数 / planYear must be a whole year 2000..2100"));
    }
    // camunda:initiator: the authenticated user who starts the instance
    List<String> problems = plans.startProblems(number.intValue(),
        Objects.toString(execution.getVariable(VAR_INITIATOR), null));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }
}
