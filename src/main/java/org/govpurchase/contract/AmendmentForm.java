package org.govpurchase.contract;

import static org.govpurchase.contract.AmendmentProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.contract.ContractViews.Instalment;

/**
 * A proposal as the process variables carry it (the start form in Tasklist, or the supplier API):
 * new amount, new term end, the new schedule in the contract form's instalment fields, the use of
 * funds and the reason; what could not be read. Shared by the start check and amendment.register;
 * the rules against the contract are {@link AmendmentService}'s.
 */
public record AmendmentForm(AmendmentProposal proposal, List<String> problems) {

  public static AmendmentForm read(Function<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    BigDecimal amount = null;
    Object amountValue = variables.apply(VAR_NEW_AMOUNT);
    if (filled(amountValue)) {
      amount = ContractDraft.amount(amountValue);
      if (amount == null) {
        problems.add("新的合同金额须为数字 / newAmount is not a number");
      }
    }
    LocalDate termEnd = null;
    Object termValue = variables.apply(VAR_NEW_TERM_END);
    if (filled(termValue)) {
      termEnd = ContractDraft.date(termValue);
      if (termEnd == null) {
        problems.add("新的服务期限截止日须为yyyy-MM-dd / newTermEnd must be yyyy-MM-dd");
      }
    }
    List<Instalment> schedule = ContractDraft.readInstalments(variables, problems);
    return new AmendmentForm(new AmendmentProposal(amount, termEnd, schedule, text(variables.apply(VAR_FUNDS_USE)),
        text(variables.apply(VAR_REASON))), List.copyOf(problems));
  }

  /** the variables that carry a proposal, for the supplier API's process start */
  public static Map<String, Object> variables(AmendmentProposal p) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(VAR_NEW_AMOUNT, p.amount() == null ? null : p.amount().toPlainString());
    vars.put(VAR_NEW_TERM_END, p.termEnd() == null ? null : p.termEnd().toString());
    for (int n = 0; n < p.schedule().size(); n++) {
      Instalment i = p.schedule().get(n);
      if (i != null) {
        vars.put(ContractDraft.amountVariable(n + 1), i.amount() == null ? null : i.amount().toPlainString());
        vars.put(ContractDraft.dueDateVariable(n + 1), i.dueDate() == null ? null : i.dueDate().toString());
      }
    }
    vars.put(VAR_FUNDS_USE, p.fundsUse());
    vars.put(VAR_REASON, p.reason());
    return vars;
  }

  private static boolean filled(Object value) {
    return value != null && StringUtils.isNotBlank(value.toString());
  }

  private static String text(Object value) {
    return StringUtils.stripToNull(Objects.toString(value, null));
  }
}
