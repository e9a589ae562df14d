package org.govpurchase.payment;

import static org.govpurchase.payment.InstalmentPaymentProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.payment.PaymentViews.PaymentPlan;
import org.govpurchase.worker.ProcessLists;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * payment.planPayments: the filed contract's instalment ids (seq order) and its payment route;
 * the route is null for a major project (fundingSource MAJOR_PROJECT_CONFIRMED) until the finance
 * bureau confirms the funds. The contract's stored route decides; fundingSource is read for the log.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PLAN_PAYMENTS, variableNames = {VAR_CONTRACT_ID, VAR_FUNDING_SOURCE})
class PlanPaymentsWorker implements ExternalTaskHandler {

  private final PaymentService payments;

  PlanPaymentsWorker(PaymentService payments) {
    this.payments = payments;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    PaymentPlan plan;
    try {
      plan = payments.planPayments(TaskVariables.id(task, VAR_CONTRACT_ID));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_INSTALMENT_IDS, ProcessLists.of(plan.instalmentIds()));
    variables.put(VAR_PAYMENT_ROUTE, plan.paymentRoute());
    service.complete(task, variables);
  }
}
