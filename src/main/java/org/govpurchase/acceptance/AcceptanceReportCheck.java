package org.govpurchase.acceptance;

import static org.govpurchase.acceptance.AcceptanceProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/** Task_OrganizeAcceptance: refuses (400 in Tasklist and REST, nothing written) a report that breaks a rule of {@link AcceptanceReport}. */
@Component("acceptanceReportCheck")
class AcceptanceReportCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = AcceptanceReport.of(execution.getVariable(VAR_STANDARD_VERDICTS),
        execution.getVariable(VAR_PUBLIC_SERVICE), execution.getVariable(VAR_PEOPLE_SERVED_TOOK_PART),
        execution.getVariable(VAR_PEOPLE_SERVED_OPINIONS), execution.getVariable(VAR_ACCEPTANCE_RESULT),
        execution.getVariable(VAR_ACCEPTANCE_REPORT)).problems();
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }
}
