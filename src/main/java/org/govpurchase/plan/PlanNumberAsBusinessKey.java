package org.govpurchase.plan;

import static org.govpurchase.plan.PurchasePlanProcess.VAR_PLAN_NO;

import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of Task_RegisterDraft: the plan number becomes the instance's business key when it was
 * started without one, so Cockpit and the supervision register show SZ-2026-0042. An instance
 * started with a business key (by the Procurement parent, later) keeps it.
 */
@Component("planNumberAsBusinessKey")
class PlanNumberAsBusinessKey implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String planNo = Objects.toString(execution.getVariable(VAR_PLAN_NO), null);
    if (StringUtils.isNotBlank(planNo) && StringUtils.isBlank(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(planNo);
    }
  }
}
