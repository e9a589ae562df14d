package org.govpurchase.payment;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the instalment's InstalmentPayment instance that the supplier requested it, in the caller's
 * transaction: a request no instance is waiting for is refused with 409 and rolls back. One message
 * name for every instalment, correlated on the instance's variable instalmentId.
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
      runtime.createMessageCorrelation(InstalmentPaymentProcess.MESSAGE_INSTALMENT_REQUESTED)
          .processInstanceVariableEquals(InstalmentPaymentProcess.VAR_INSTALMENT_ID, instalmentId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      if (runtime.createExecutionQuery().activityId(InstalmentPaymentProcess.EVENT_ACCEPTANCE_PASSED)
          .processVariableValueEquals(InstalmentPaymentProcess.VAR_INSTALMENT_ID, instalmentId).count() > 0) {
        throw new PaymentConflictException("第" + seq + "期为验收后支付的款项，须待合同验收合格后方可申请付款，申请未受理");
      }
      throw new PaymentConflictException("第" + seq + "期当前不在等待付款申请（合同未备案完成、资金未确认或已在审核中），申请未受理");
    }
  }
}
