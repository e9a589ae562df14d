package org.govpurchase.tender;

import static org.govpurchase.tender.TenderingProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the Tendering process what suppliers did through the API, in the caller's transaction: a
 * bid or question the process is not waiting for (the bid window is not open in the engine) is
 * refused with 409 and the caller's write rolls back with it. The engine runs the correlation
 * without an authenticated engine user: the API has already checked who may do what.
 */
@Component
@Profile("!workers") // as the engine it talks to
class TenderingMessages {

  private final RuntimeService runtime;

  TenderingMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void bidReceived(long tenderId, long bidId, BidStatus action) {
    correlate(MESSAGE_BID_SUBMITTED, tenderId, Map.of(VAR_BID_ID, bidId, VAR_BID_ACTION, action.name()));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void clarificationAsked(long tenderId, long clarificationId) {
    correlate(MESSAGE_CLARIFICATION_ASKED, tenderId, Map.of(VAR_CLARIFICATION_ID, clarificationId));
  }

  private void correlate(String message, long tenderId, Map<String, Object> local) {
    try {
      runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals(VAR_TENDER_ID, tenderId)
          .setVariablesLocal(local)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new TenderConflictException("招标项目" + tenderId + "的采购流程当前不在投标期，请求未受理");
    }
  }
}
