package org.govpurchase.contract;

import static org.govpurchase.contract.AmendmentProcess.*;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * amendment.takeEffect: the contract and its unpaid instalments change and it is re-published;
 * a change that breaks a rule by now ends as Error_AmendmentVoid with the reason.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_TAKE_EFFECT, variableNames = {VAR_AMENDMENT_ID})
class TakeEffectWorker implements ExternalTaskHandler {

  private final AmendmentService amendments;
  private final Clock clock;

  TakeEffectWorker(AmendmentService amendments, Clock clock) {
    this.amendments = amendments;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    AmendmentView a;
    try {
      a = amendments.takeEffect(TaskVariables.id(task, VAR_AMENDMENT_ID), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    if (a.status() == AmendmentStatus.VOID) {
      service.handleBpmnError(task, ERROR_AMENDMENT_VOID, a.closingReason(), Map.of(VAR_CLOSING_REASON, a.closingReason()));
      return;
    }
    service.complete(task);
  }
}
