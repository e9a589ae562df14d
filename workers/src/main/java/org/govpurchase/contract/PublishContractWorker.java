package org.govpurchase.contract;

import static org.govpurchase.contract.ContractProcess.*;

import java.time.Instant;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * contract.publish: records the agency officer's signature (agencySignatory), the signing time
 * (the later signature) and publishes the contract at /api/public/contracts. Publishing again
 * changes nothing.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PUBLISH, variableNames = {VAR_CONTRACT_ID, VAR_AGENCY_SIGNATORY})
class PublishContractWorker implements ExternalTaskHandler {

  private final ContractService contracts;

  PublishContractWorker(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      contracts.publish(ContractTaskVariables.id(task, VAR_CONTRACT_ID),
          ContractTaskVariables.string(task, VAR_AGENCY_SIGNATORY), Instant.now());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
