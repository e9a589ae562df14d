package org.govpurchase.acceptance;

import java.util.Date;
import org.govpurchase.calendar.BeijingTime;
import org.govpurchase.contract.Contracts;
import org.springframework.stereotype.Component;

/** Read-only facts for BPMN expressions: {@code ${acceptanceForms.termEndsAt(contractId)}}, the acceptance timer. */
@Component("acceptanceForms")
public class AcceptanceForms {

  private final Contracts contracts;

  AcceptanceForms(Contracts contracts) {
    this.contracts = contracts;
  }

  /**
   * The end of the contract's term: the end of its last day, Beijing time, as the contract stands
   * when the acceptance starts (an amendment of the term later does not move a started timer).
   */
  public Date termEndsAt(Object contractId) {
    long id = contractId instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(contractId).strip());
    return Date.from(BeijingTime.endOf(contracts.acceptanceTerms(id).termEnd()));
  }
}
