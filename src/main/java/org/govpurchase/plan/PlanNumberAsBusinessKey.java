package org.govpurchase.plan;

import static org.govpurchase.plan.PurchasePlanProcess.VAR_PLAN_NO;

import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * End of Task_RegisterDraft: the plan number becomes the business key of this instance and of the
 * Procurement instance that called it, when they have none yet, so Cockpit and the supervision
 * register show SZ-2026-0042 for the whole purchase from here on. A key given at start is kept.
 */
@Component("planNumberAsBusinessKey")
class PlanNumberAsBusinessKey implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String planNo = Objects.toString(execution.getVariable(VAR_PLAN_NO), null);
    if (StringUtils.isBlank(planNo)) {
      return;
    }
    if (StringUtils.isBlank(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(planNo);
    }
    // engine-specific: DelegateExecution does not expose the calling instance
    ExecutionEntity caller = ((ExecutionEntity) execution).getProcessInstance().getSuperExecution();
    if (caller != null && StringUtils.isBlank(caller.getProcessBusinessKey())) {
      caller.setProcessBusinessKey(planNo);
    }
  }
}
