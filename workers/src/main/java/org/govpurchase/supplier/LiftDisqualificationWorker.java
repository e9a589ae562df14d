package org.govpurchase.supplier;

import static org.govpurchase.supplier.SupplierDisqualificationProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * supplier.liftDisqualification: the period is over, the supplier may take part again; written to
 * its credit record. Idempotent: lifts only the disqualification with this end date, so a second
 * run, or a supplier disqualified anew since, changes nothing.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_LIFT, variableNames = {VAR_SUPPLIER_ID, VAR_UNTIL})
class LiftDisqualificationWorker implements ExternalTaskHandler {

  /** who the credit record names for a lift nobody decided: the period ran out */
  static final String BY = "system";

  private final SupplierService suppliers;

  LiftDisqualificationWorker(SupplierService suppliers) {
    this.suppliers = suppliers;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      suppliers.liftDisqualification(TaskVariables.id(task, VAR_SUPPLIER_ID),
          LocalDate.parse(TaskVariables.string(task, VAR_UNTIL)), BY);
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
