package org.govpurchase.contract;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the Contract process that the supplier signed, in the caller's transaction: a signature
 * the process is not waiting for is refused with 409 and the caller's write rolls back with it.
 */
@Component
@Profile("!workers") // as the engine it talks to
class ContractMessages {

  private final RuntimeService runtime;

  ContractMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void supplierSigned(long contractId) {
    try {
      runtime.createMessageCorrelation(ContractProcess.MESSAGE_SUPPLIER_SIGNED)
          .processInstanceVariableEquals(ContractProcess.VAR_CONTRACT_ID, contractId)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ContractConflictException("合同" + contractId + "的合同流程当前不在签订阶段，签字未受理");
    }
  }
}
