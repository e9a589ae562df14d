package org.govpurchase.payment;

import static org.govpurchase.payment.InstalmentPaymentProcess.*;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.payment.PaymentViews.FundsConfirmation;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/** payment.confirmFunds: records the finance bureau's funds confirmation and route; sets paymentRoute as recorded. */
@Component
@ExternalTaskSubscription(topicName = TOPIC_CONFIRM_FUNDS,
    variableNames = {VAR_CONTRACT_ID, VAR_PAYMENT_ROUTE, VAR_FUNDS_NOTE, VAR_FUNDS_CONFIRMED_BY})
class ConfirmFundsWorker implements ExternalTaskHandler {

  private final PaymentService payments;
  private final Clock clock;

  ConfirmFundsWorker(PaymentService payments, Clock clock) {
    this.payments = payments;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    FundsConfirmation funds;
    try {
      funds = payments.confirmFunds(TaskVariables.id(task, VAR_CONTRACT_ID),
          TaskVariables.string(task, VAR_PAYMENT_ROUTE), TaskVariables.string(task, VAR_FUNDS_NOTE),
          TaskVariables.string(task, VAR_FUNDS_CONFIRMED_BY), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_PAYMENT_ROUTE, funds.route()));
  }
}
