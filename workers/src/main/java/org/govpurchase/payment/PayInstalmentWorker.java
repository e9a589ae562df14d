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

/**
 * payment.payInstalment: pays the approved instalment under the key "instalment-" + id, so a run
 * again after a crash between the write and complete returns the first payment.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PAY_INSTALMENT, variableNames = {VAR_INSTALMENT_ID, VAR_PAYMENT_ROUTE})
class PayInstalmentWorker implements ExternalTaskHandler {

  private final PaymentService payments;
  private final Clock clock;

  PayInstalmentWorker(PaymentService payments, Clock clock) {
    this.payments = payments;
    this.clock = clock;
  }

  static String key(long instalmentId) {
    return "instalment-" + instalmentId;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      long id = TaskVariables.id(task, VAR_INSTALMENT_ID);
      payments.pay(id, key(id), TaskVariables.string(task, VAR_PAYMENT_ROUTE), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
