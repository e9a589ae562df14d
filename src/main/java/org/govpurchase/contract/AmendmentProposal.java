package org.govpurchase.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.contract.ContractViews.Instalment;

/**
 * A proposed change to a contract: what changes (null or empty: unchanged) and why.
 *
 * @param amount   the new contract amount in yuan
 * @param termEnd  the new last day of the service term
 * @param schedule the whole new payment schedule, as many instalments as the contract has
 * @param fundsUse the change to the use of funds, in words
 * @param reason   why both sides should agree
 */
public record AmendmentProposal(BigDecimal amount, LocalDate termEnd, List<Instalment> schedule, String fundsUse,
    String reason) {

  public AmendmentProposal {
    // a blank text is no change: "   " as the use of funds must not make an empty proposal look like one
    fundsUse = StringUtils.stripToNull(fundsUse);
    reason = StringUtils.strip(reason);
    schedule = schedule == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(schedule));
  }

  boolean changesNothing() {
    return amount == null && termEnd == null && schedule.isEmpty() && fundsUse == null;
  }
}
