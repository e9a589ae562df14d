package org.govpurchase.plan;

import org.camunda.bpm.client.task.ExternalTask;

/** Reading PurchasePlan's variables as Tasklist, the REST API and the workers set them. */
final class PlanTaskVariables {

  private PlanTaskVariables() {
  }

  /**
   * {@code planYear}: Tasklist sends a number field as Integer, Long or Double.
   *
   * @throws IllegalStateException when it is missing: the start check guarantees one
   */
  static int year(ExternalTask task) {
    Object value = task.getVariable(PurchasePlanProcess.VAR_YEAR);
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.intValue();
    }
    throw new IllegalStateException("planYear is missing or not a whole number: " + value);
  }

  /**
   * {@code planId}, set by the registerDraft worker.
   *
   * @throws IllegalStateException when it is missing: the process is broken, not the plan
   */
  static long planId(ExternalTask task) {
    Object value = task.getVariable(PurchasePlanProcess.VAR_PLAN_ID);
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw new IllegalStateException("planId is missing or not a number: " + value);
  }
}
