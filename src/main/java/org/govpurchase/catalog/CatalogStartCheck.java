package org.govpurchase.catalog;

import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_TITLE;
import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/** Start check of CatalogApproval: a year and a title, or no instance at all (400 on submit-form). */
@Component("catalogStartCheck")
class CatalogStartCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    List<String> problems = problems(execution.getVariable(VAR_YEAR), execution.getVariable(VAR_TITLE));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object year, Object title) {
    List<String> problems = new ArrayList<>();
    if (!(year instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.intValue() < 2000 || number.intValue() > 2100) {
      problems.add("目录年度必须是2000至2100之间的整数 / catalogYear must be a whole year 2000..2100");
    }
    String text = StringUtils.trimToEmpty(Objects.toString(title, null));
    if (text.length() < 2 || text.length() > 100) { // UTF-16 length, as the form counts
      problems.add("目录名称须为2至100字 / catalogTitle: 2..100 characters");
    }
    return problems;
  }
}
