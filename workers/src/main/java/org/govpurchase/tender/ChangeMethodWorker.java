package org.govpurchase.tender;

import static org.govpurchase.tender.TenderingProcess.*;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.plan.MethodChanges;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * tender.changeMethod (变更采购方式): after the finance bureau approved, the plan's procurement method
 * becomes {@code newProcurementMethod}, recorded with the reason, the approver and the round; sets
 * {@code procurementMethod} to the new method's name (the approver's {@code methodChangeComment}
 * is kept with the change) for the method gateway. Keyed on (plan,
 * tenderRound): a second run returns the first change. The forms' checks (failedTenderCheck,
 * methodChangeApprovalCheck) refuse bad input before, so a refusal here is a fault for Cockpit.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_CHANGE_METHOD,
    variableNames = {VAR_PLAN_ID, VAR_TENDER_ROUND, VAR_NEW_PROCUREMENT_METHOD, VAR_METHOD_CHANGE_REASON,
        VAR_METHOD_CHANGE_APPROVER, VAR_METHOD_CHANGE_COMMENT})
class ChangeMethodWorker implements ExternalTaskHandler {

  private final MethodChanges changes;
  private final Clock clock;

  ChangeMethodWorker(MethodChanges changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    MethodChanges.Change change;
    try {
      change = changes.change(TaskVariables.id(task, VAR_PLAN_ID), TenderTaskVariables.round(task),
          TenderTaskVariables.method(task, VAR_NEW_PROCUREMENT_METHOD),
          TenderTaskVariables.text(task, VAR_METHOD_CHANGE_REASON),
          TenderTaskVariables.text(task, VAR_METHOD_CHANGE_APPROVER),
          TenderTaskVariables.text(task, VAR_METHOD_CHANGE_COMMENT), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_PROCUREMENT_METHOD, change.toMethod().name()));
  }
}
