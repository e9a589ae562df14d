package org.govpurchase.supplier;

import static org.govpurchase.supplier.SupplierDisqualificationProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Start check of SupplierDisqualification: a registered supplier, a reason and 12..36 months (an
 * empty period takes platform.periods.disqualification-months); otherwise no instance at all (400
 * on submit-form). Passes the supplier's id on to the process.
 */
@Component("disqualificationStartCheck")
class DisqualificationStartCheck implements ExecutionListener {

  private final SupplierService suppliers;
  private final StatutoryPeriods periods;

  DisqualificationStartCheck(SupplierService suppliers, StatutoryPeriods periods) {
    this.suppliers = suppliers;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String code = StringUtils.trimToEmpty(Objects.toString(execution.getVariable(VAR_CREDIT_CODE), null));
    Object reason = execution.getVariable(VAR_REASON);
    Object monthsValue = execution.getVariable(VAR_MONTHS);
    Integer months = monthsValue == null ? Integer.valueOf(periods.getDisqualificationMonths()) : wholeNumber(monthsValue);
    List<String> problems = new ArrayList<>();
    Optional<Long> supplier = code.isEmpty() ? Optional.empty() : suppliers.idOf(code);
    if (supplier.isEmpty()) {
      problems.add("统一社会信用代码「" + code + "」的承接主体未登记");
    }
    problems.addAll(SupplierService.disqualificationProblems(
        reason instanceof String text ? text : null, months));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
    execution.setVariable(VAR_SUPPLIER_ID, supplier.get());
    execution.setVariable(VAR_MONTHS, months);
    execution.setVariable(VAR_REASON, ((String) reason).strip());
  }

  /** a form's number arrives as Long or Double; only a whole number counts */
  private static Integer wholeNumber(Object value) {
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && Math.abs(number.doubleValue()) < 10_000) {
      return number.intValue();
    }
    return null;
  }
}
