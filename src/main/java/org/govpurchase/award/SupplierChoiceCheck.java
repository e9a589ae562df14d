package org.govpurchase.award;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;

/**
 * Completion checks of Task_RecordDirectPurchase ({@code directPurchaseCheck}) and
 * Task_PrepareSingleSource ({@code singleSourceCheck}): a valid unified social credit code, a
 * price above 0 with at most 2 decimals, a justification of at most 1000 characters. Whether the
 * supplier is registered and qualified is the worker's to say (Error_AwardRefused).
 */
class SupplierChoiceCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = AwardInputs.choiceProblems(execution.getVariable(AwardProcess.VAR_CHOSEN_SUPPLIER_CODE),
        execution.getVariable(AwardProcess.VAR_CHOSEN_PRICE),
        execution.getVariable(AwardProcess.VAR_CHOICE_JUSTIFICATION));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }
}
