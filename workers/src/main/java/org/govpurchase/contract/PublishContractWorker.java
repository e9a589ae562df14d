package org.govpurchase.contract;

import static org.govpurchase.contract.ContractProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * contract.publish: records the agency officer's signature (agencySignatory, when agencySigned is
 * true), the signing time (the later signature) and publishes the contract at
 * /api/public/contracts. Without the agency's signature it is a fault. Publishing again changes nothing.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PUBLISH, variableNames = {VAR_CONTRACT_ID, VAR_AGENCY_SIGNATORY, VAR_AGENCY_SIGNED})
class PublishContractWorker implements ExternalTaskHandler {

  private final ContractService contracts;
  private final Clock clock;

  PublishContractWorker(ContractService contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      // the agency's signature counts only if the officer ticked agencySigned (contractSignCheck)
      String signatory = Boolean.TRUE.equals(task.getVariable(VAR_AGENCY_SIGNED))
          ? TaskVariables.string(task, VAR_AGENCY_SIGNATORY) : null;
      contracts.publish(TaskVariables.id(task, VAR_CONTRACT_ID), signatory, clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
