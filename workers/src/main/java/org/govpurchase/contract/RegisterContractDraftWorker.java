package org.govpurchase.contract;

import static org.govpurchase.contract.ContractProcess.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * contract.registerDraft: stores the drafted terms and the instalment schedule; the contract goes
 * out for signing. Missing or wrong terms are a business outcome: BPMN error
 * {@code Error_ContractIncomplete} back to the draft with every problem in {@code draftRefusal}.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_REGISTER_DRAFT,
    variableNames = {VAR_CONTRACT_ID, VAR_SCOPE_AND_CONTENT, VAR_SERVICE_REQUIREMENTS, VAR_BREACH_LIABILITY,
        "instalment1Amount", "instalment1DueDate", "instalment2Amount", "instalment2DueDate",
        "instalment3Amount", "instalment3DueDate", "instalment4Amount", "instalment4DueDate"})
class RegisterContractDraftWorker implements ExternalTaskHandler {

  private final ContractService contracts;
  private final Clock clock;

  RegisterContractDraftWorker(ContractService contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      long contractId = TaskVariables.id(task, VAR_CONTRACT_ID);
      ContractDraft draft = ContractDraft.read(task::getVariable);
      if (!draft.problems().isEmpty()) {
        refuse(task, service, draft.problems());
        return;
      }
      contracts.registerDraft(contractId, draft.scopeAndContent(), draft.serviceRequirements(),
          draft.breachLiability(), draft.instalments(), clock.instant());
    } catch (ContractIncompleteException incomplete) {
      refuse(task, service, incomplete.problems());
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    // null, not absent: the draft form hides the refusal text when draftRefusal = null
    variables.put(VAR_DRAFT_REFUSAL, null);
    service.complete(task, variables);
  }

  private static void refuse(ExternalTask task, ExternalTaskService service, List<String> problems) {
    String message = String.join("；", new ArrayList<>(problems));
    service.handleBpmnError(task, ERROR_CONTRACT_INCOMPLETE, message, Map.of(VAR_DRAFT_REFUSAL, message));
  }
}
