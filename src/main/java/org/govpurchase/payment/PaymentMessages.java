package org.govpurchase.payment;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.govpurchase.contract.Contracts;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the instalment's InstalmentPayment instance that the supplier requested it, in the caller's
 * transaction: a request no instance is waiting for is refused with 409 and rolls back. One message
 * name for every instalment, correlated on the instance's variable instalmentId. The instalment paid
 * after acceptance (the contract's last) is refused with its own reason until the acceptance passed.
 */
@Component
@Profile("!workers")
class PaymentMessages {

  private final RuntimeService runtime;
  private final Contracts contracts;

  PaymentMessages(RuntimeService runtime, Contracts contracts) {
    this.runtime = runtime;
    this.contracts = contracts;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void instalmentRequested(long instalmentId, int seq) {
    try {
      runtime.createMessageCorrelation(InstalmentPaymentProcess.MESSAGE_INSTALMENT_REQUESTED)
          .processInstanceVariableEquals(InstalmentPaymentProcess.VAR_INSTALMENT_ID, instalmentId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      // its instance waits for the acceptance (Event_AcceptancePassed) and takes no request yet
      if (contracts.payableAfterAcceptance(instalmentId)) {
        throw new PaymentConflictException("第" + seq + "期为验收后支付的款项，须待合同验收合格后方可申请付款，申请未受理");
      }
      throw new PaymentConflictException("第" + seq + "期当前不在等待付款申请（合同未备案完成、资金未确认或已在审核中），申请未受理");
    }
  }
}
