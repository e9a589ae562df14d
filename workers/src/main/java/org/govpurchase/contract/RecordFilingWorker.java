package org.govpurchase.contract;

import static org.govpurchase.contract.ContractProcess.*;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * contract.recordFiling: the finance bureau accepted the filing; the receipt number is issued and
 * the contract is FILED. Recording again returns the same receipt number. In the ContractAmendment
 * process (amendmentId set) the amendment is FILED under its own receipt number.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_FILING, variableNames = {VAR_CONTRACT_ID, AmendmentProcess.VAR_AMENDMENT_ID, VAR_FILING_REVIEWER})
class RecordFilingWorker implements ExternalTaskHandler {

  private final ContractService contracts;
  private final Clock clock;

  RecordFilingWorker(ContractService contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    String receiptNo;
    try {
      receiptNo = contracts.fileReceipt(TaskVariables.id(task, VAR_CONTRACT_ID),
          TaskVariables.optionalId(task, AmendmentProcess.VAR_AMENDMENT_ID),
          TaskVariables.string(task, VAR_FILING_REVIEWER), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_FILING_RECEIPT_NO, receiptNo));
  }
}
