package org.govpurchase.payment;

import static org.govpurchase.payment.InstalmentPaymentProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/** Completion checks of the payment user tasks (end execution listeners): 400 and the task stays. */
final class PaymentFormChecks {

  private PaymentFormChecks() {
  }

  /** Task_ConfirmFunds: a route and a note within its length */
  @Component("fundsConfirmationCheck")
  static class FundsConfirmationCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      List<String> problems = fundsProblems(execution.getVariable(VAR_PAYMENT_ROUTE), execution.getVariable(VAR_FUNDS_NOTE));
      if (!problems.isEmpty()) {
        throw FormRejection.of(problems);
      }
    }
  }

  /** Task_ApproveInstalment / Task_ReviewInstalment: APPROVE or RETURN, a return with its reason */
  @Component("instalmentDecisionCheck")
  static class InstalmentDecisionCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      List<String> problems = decisionProblems(execution.getVariable(VAR_INSTALMENT_DECISION),
          execution.getVariable(VAR_INSTALMENT_RETURN_REASON));
      if (!problems.isEmpty()) {
        throw FormRejection.of(problems);
      }
    }
  }

  static List<String> fundsProblems(Object route, Object note) {
    List<String> problems = new ArrayList<>();
    if (!PaymentService.AGENCY_BUDGET.equals(route) && !PaymentService.FINANCE_DIRECT.equals(route)) {
      problems.add("支付方式必须是 AGENCY_BUDGET（购买主体支付）或 FINANCE_DIRECT（财政直接支付） / paymentRoute");
    }
    if (StringUtils.strip(Objects.toString(note, "")).length() > PaymentService.MAX_NOTE) {
      problems.add("资金确认说明不得超过" + PaymentService.MAX_NOTE + "字 / fundsNote: at most " + PaymentService.MAX_NOTE
          + " characters");
    }
    return problems;
  }

  static List<String> decisionProblems(Object decision, Object returnReason) {
    List<String> problems = new ArrayList<>();
    if (!PaymentService.APPROVE.equals(decision) && !PaymentService.RETURN.equals(decision)) {
      problems.add("审核意见必须是 APPROVE（同意支付）或 RETURN（退回） / instalmentDecision must be APPROVE or RETURN");
    }
    String reason = StringUtils.strip(Objects.toString(returnReason, ""));
    if (PaymentService.RETURN.equals(decision) && reason.isEmpty()) {
      problems.add("退回时必须填写退回理由 / instalmentReturnReason is required when returning");
    }
    if (reason.length() > PaymentService.MAX_REASON) {
      problems.add("退回理由不得超过" + PaymentService.MAX_REASON + "字 / instalmentReturnReason: at most "
          + PaymentService.MAX_REASON + " characters");
    }
    return problems;
  }
}
