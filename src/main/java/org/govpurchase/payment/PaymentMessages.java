package org.govpurchase.payment;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.govpurchase.contract.ContractProcess;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the Contract process that the supplier requested an instalment, in the caller's
 * transaction: a request the process is not waiting for is refused with 409 and rolls back. Each
 * waiting instalment subscribes under its own message name (InstalmentRequested-{id}), so the
 * correlation is one indexed lookup by name.
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
    try {
      runtime.createMessageCorrelation(ContractProcess.instalmentRequested(instalmentId)).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new PaymentConflictException("第" + seq + "期当前不在等待付款申请（合同未备案完成、资金未确认或已在审核中），申请未受理");
    }
  }
}
