package org.govpurchase.payment;

import static org.govpurchase.payment.InstalmentPaymentProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/** payment.recordInstalmentDecision: records APPROVE or RETURN on the pending request; sets nothing. */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_INSTALMENT_DECISION, variableNames = {VAR_INSTALMENT_ID,
    VAR_INSTALMENT_DECISION, VAR_INSTALMENT_RETURN_REASON, VAR_INSTALMENT_APPROVER})
class RecordInstalmentDecisionWorker implements ExternalTaskHandler {

  private final PaymentService payments;
  private final Clock clock;

  RecordInstalmentDecisionWorker(PaymentService payments, Clock clock) {
    this.payments = payments;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      payments.recordDecision(TaskVariables.id(task, VAR_INSTALMENT_ID),
          TaskVariables.string(task, VAR_INSTALMENT_DECISION),
          TaskVariables.string(task, VAR_INSTALMENT_RETURN_REASON),
          TaskVariables.string(task, VAR_INSTALMENT_APPROVER), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
