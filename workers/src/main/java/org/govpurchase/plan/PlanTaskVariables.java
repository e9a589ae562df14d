package org.govpurchase.plan;

import org.camunda.bpm.client.task.ExternalTask;
import org.govpurchase.worker.TaskVariables;

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
    return Math.toIntExact(TaskVariables.id(task, PurchasePlanProcess.VAR_YEAR));
  }

  /**
   * {@code planId}, set by the registerDraft worker.
   *
   * @throws IllegalStateException when it is missing: the process is broken, not the plan
   */
  static long planId(ExternalTask task) {
    return TaskVariables.id(task, PurchasePlanProcess.VAR_PLAN_ID);
  }
}
