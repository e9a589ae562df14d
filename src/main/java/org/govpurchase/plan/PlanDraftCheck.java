package org.govpurchase.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_DraftPlan: the fields as the form validates them (required, lengths,
 * positive budget with at most 2 decimals, end after start, the codes, major project = route 3),
 * so a bad draft sent through the REST API is a 400 and nothing changes. Whether the item is in
 * the year's active catalog and covers the agency is the registering worker's business rule: it
 * sends the draft back with the reason. An execution listener on the task's end, because the
 * engine wraps what a task listener throws (a 500).
 */
@Component("planDraftCheck")
class PlanDraftCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the instance is being deleted or the step interrupted: nothing is submitted
    }
    PlanDraft.Reading reading = PlanDraft.read(execution::getVariable);
    if (!reading.ok()) {
      throw FormRejection.of(reading.problems());
    }
  }
}
