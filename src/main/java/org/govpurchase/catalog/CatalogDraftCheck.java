package org.govpurchase.catalog;

import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_ITEMS;
import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_TITLE;
import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_YEAR;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_DraftCatalog: the same rules the registering worker applies, here so a
 * bad draft sent through the REST API is refused with 400 before anything changes. An execution
 * listener on the task's end, because the engine wraps what a task listener throws (a 500), while
 * an execution listener's exception reaches the REST API as it is.
 */
@Component("catalogDraftCheck")
class CatalogDraftCheck implements ExecutionListener {

  private final CatalogService catalogs;

  CatalogDraftCheck(CatalogService catalogs) {
    this.catalogs = catalogs;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the instance is being deleted or the step interrupted: nothing is submitted
    }
    // a Json variable comes back as a Spin node whose toString() is the JSON text
    String items = Objects.toString(execution.getVariable(VAR_ITEMS), null);
    int year = ((Number) execution.getVariable(VAR_YEAR)).intValue();
    List<String> problems = catalogs.draftProblems(year, Objects.toString(execution.getVariable(VAR_TITLE), null), items);
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }
}
