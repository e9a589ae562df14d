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
 * contract.submitFiling: submits the published contract to the finance bureau. After a return
 * (filingReturnReason set) it first records the RETURNED decision of the previous attempt by
 * filingReviewer, then submits a new attempt with filingCorrection. Running again changes nothing.
 * In the ContractAmendment process (amendmentId set) it files the amendment in force.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_SUBMIT_FILING,
    variableNames = {VAR_CONTRACT_ID, AmendmentProcess.VAR_AMENDMENT_ID, VAR_FILING_CORRECTION, VAR_FILING_RETURN_REASON, VAR_FILING_REVIEWER})
class SubmitFilingWorker implements ExternalTaskHandler {

  private final ContractService contracts;
  private final Clock clock;

  SubmitFilingWorker(ContractService contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      contracts.submitFiling(TaskVariables.id(task, VAR_CONTRACT_ID), TaskVariables.optionalId(task,
          AmendmentProcess.VAR_AMENDMENT_ID),
          TaskVariables.string(task, VAR_FILING_CORRECTION),
          TaskVariables.string(task, VAR_FILING_RETURN_REASON),
          TaskVariables.string(task, VAR_FILING_REVIEWER), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}
