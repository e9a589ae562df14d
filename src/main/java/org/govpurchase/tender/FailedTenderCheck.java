package org.govpurchase.tender;

import static org.govpurchase.tender.TenderChoices.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.govpurchase.plan.ProcurementMethod;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_HandleFailedTender (end listener): RETENDER, or CHANGE_METHOD with a
 * procurement method other than the current one and a reason; otherwise 400 and the task stays.
 */
@Component("failedTenderCheck")
class FailedTenderCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(TenderingProcess.VAR_FAILED_TENDER_CHOICE),
        execution.getVariable(TenderingProcess.VAR_NEW_PROCUREMENT_METHOD),
        execution.getVariable(TenderingProcess.VAR_PROCUREMENT_METHOD),
        execution.getVariable(TenderingProcess.VAR_METHOD_CHANGE_REASON));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object choice, Object newMethod, Object currentMethod, Object reason) {
    List<String> problems = new ArrayList<>();
    if (!(choice instanceof String c && FAILED_TENDER_CHOICES.contains(c))) {
      problems.add("请选择 RETENDER（重新招标）或 CHANGE_METHOD（申请变更采购方式）"
          + " / failedTenderChoice must be RETENDER or CHANGE_METHOD");
    }
    String why = Objects.toString(reason, "");
    if (FAILED_TENDER_CHANGE_METHOD.equals(choice)) {
      String method = Objects.toString(newMethod, "");
      boolean known = Arrays.stream(ProcurementMethod.values()).anyMatch(m -> m.name().equals(method));
      if (!known) {
        problems.add("请选择变更后的采购方式 / newProcurementMethod must be a procurement method: " + method);
      } else if (method.equals(Objects.toString(currentMethod, null))) {
        problems.add("变更后的采购方式须不同于现采购方式" + ProcurementMethod.valueOf(method).label()
            + " / newProcurementMethod must differ from procurementMethod");
      }
      if (StringUtils.isBlank(why)) {
        problems.add("申请变更采购方式时必须填写理由 / methodChangeReason is required to change the method");
      }
    }
    if (why.length() > MAX_REASON) {
      problems.add("理由不得超过" + MAX_REASON + "字 / methodChangeReason: at most " + MAX_REASON + " characters");
    }
    return problems;
  }
}
