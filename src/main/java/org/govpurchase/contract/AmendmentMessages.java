package org.govpurchase.contract;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.govpurchase.identity.AgencyTenants;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier's side of the ContractAmendment process, in the caller's transaction: its proposal
 * starts an instance, its answer reaches the instance waiting for it; an answer nobody waits for
 * (it lapsed meanwhile) is refused with 409 and the caller's write rolls back with it.
 */
@Component
@Profile("!workers") // as the engine it talks to
class AmendmentMessages {

  private final RuntimeService runtime;
  private final ContractRepository contracts;

  AmendmentMessages(RuntimeService runtime, ContractRepository contracts) {
    this.runtime = runtime;
    this.contracts = contracts;
  }

  /** @return the process instance id, the key of the proposal */
  @Transactional(propagation = Propagation.MANDATORY)
  public String proposedBySupplier(long contractId, String user, AmendmentProposal proposal) {
    Map<String, Object> variables = new HashMap<>(AmendmentForm.variables(proposal));
    variables.put(AmendmentProcess.VAR_CONTRACT_ID, contractId);
    variables.put(AmendmentProcess.VAR_PROPOSED_BY, ContractSide.SUPPLIER.name());
    variables.put(AmendmentProcess.VAR_PROPOSER, user);
    // no engine user here: the amendment goes to the tenant of the contract's agency
    variables.put(AgencyTenants.VAR_AGENCY_CODE, contracts.findById(contractId).orElseThrow().getAgencyCode());
    return runtime.startProcessInstanceByKey(AmendmentProcess.KEY, variables).getId();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void supplierAnswered(long amendmentId, Map<String, Object> answer) {
    try {
      runtime.createMessageCorrelation(AmendmentProcess.MESSAGE_SUPPLIER_ANSWERED)
          .processInstanceVariableEquals(AmendmentProcess.VAR_AMENDMENT_ID, amendmentId)
          .setVariables(answer)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ContractConflictException("合同变更" + amendmentId + "已不在等待承接主体答复，答复未受理");
    }
  }
}
