package org.govpurchase.payment;

import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.govpurchase.contract.ContractProcess;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the Contract process that the supplier requested an instalment, in the caller's
 * transaction: a request the process is not waiting for is refused with 409 and rolls back.
 *
 * <p>The engine holds the intermediate catch event inside the multi-instance Sub_Instalment in a
 * child execution of the subprocess's scope execution, so the subprocess's local input instalmentId
 * is not local to the subscription's execution and {@code localVariableEquals} finds nothing. So
 * the waiting subscription whose execution sees this instalmentId (exactly one) receives the
 * message; otherwise the {@code localVariableEquals("instalmentId", id)} correlation decides (it
 * matches if the model makes instalmentId local to the catch event) and a mismatch is a 409. The
 * lookup comes first because a failed correlation marks the caller's transaction rollback-only.
 */
@Component
@Profile("!workers")
class PaymentMessages {

  private final RuntimeService runtime;

  PaymentMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void instalmentRequested(long instalmentId, int seq) {
    List<String> waiting = runtime.createEventSubscriptionQuery().eventType("message")
        .eventName(ContractProcess.MESSAGE_INSTALMENT_REQUESTED).list().stream()
        .map(EventSubscription::getExecutionId)
        .filter(execution -> execution != null && runtime.getVariable(execution, ContractProcess.VAR_INSTALMENT_ID)
            instanceof Number n && n.longValue() == instalmentId)
        .toList();
    if (waiting.size() == 1) {
      runtime.messageEventReceived(ContractProcess.MESSAGE_INSTALMENT_REQUESTED, waiting.get(0));
      return;
    }
    try {
      runtime.createMessageCorrelation(ContractProcess.MESSAGE_INSTALMENT_REQUESTED)
          .localVariableEquals(ContractProcess.VAR_INSTALMENT_ID, instalmentId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new PaymentConflictException("第" + seq + "期当前不在等待付款申请（合同未备案完成、资金未确认或已在审核中），申请未受理");
    }
  }
}
