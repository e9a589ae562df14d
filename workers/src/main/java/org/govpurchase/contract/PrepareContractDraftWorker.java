package org.govpurchase.contract;

import static org.govpurchase.contract.ContractProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.contract.ContractViews.PreparedDraft;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * contract.prepareDraft: the contract's frame from the announced award (parties, amount, term,
 * payment route) and the signing deadline, 30 days after the award notice [law]. Keyed on the award.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PREPARE_DRAFT, variableNames = {VAR_AWARD_ID})
class PrepareContractDraftWorker implements ExternalTaskHandler {

  private final ContractService contracts;
  private final Clock clock;

  PrepareContractDraftWorker(ContractService contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    PreparedDraft draft;
    try {
      draft = contracts.prepareDraft(task.getProcessInstanceId(), TaskVariables.id(task, VAR_AWARD_ID),
          clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_CONTRACT_ID, draft.contractId(),
        VAR_SIGN_DEADLINE, Date.from(draft.signDeadline()), VAR_CONTRACT_SUMMARY, draft.summary(),
        VAR_FUNDING_SOURCE, draft.fundingSource().name()));
  }
}
