package org.govpurchase.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.govpurchase.award.AwardService;
import org.govpurchase.contract.ContractService;
import org.govpurchase.contract.ContractViews.ContractView;
import org.govpurchase.contract.ContractViews.Instalment;

/**
 * Contracts for tests of what follows a contract (amendments, payment), built through the real
 * services stage by stage: an announced direct-purchase award, a contract drafted from it with a
 * payment schedule, signed by the supplier and published by the agency, then filed with the finance
 * bureau. Each stage is one method, so a test stops at the stage it needs; every date and user is
 * the caller's, so the tests keep asserting on their own values.
 */
public final class ContractFixture {

  private final AwardService awards;
  private final ContractService contracts;

  public ContractFixture(AwardService awards, ContractService contracts) {
    this.awards = awards;
    this.contracts = contracts;
  }

  /**
   * A direct purchase (reason 紧急服务) of the plan for the supplier at {@code price}, recorded by
   * buyer1 an hour before {@code announced} and announced by buyer1 at {@code announced}.
   *
   * @return the award's id
   */
  public long announcedAward(long planId, String procurementNo, String supplierCode, BigDecimal price,
      Instant announced) {
    awards.recordDirectPurchase(planId, procurementNo, supplierCode, price, "紧急服务", "buyer1",
        announced.minusSeconds(3600));
    return awards.publish(procurementNo, null, "buyer1", null, announced).id();
  }

  /**
   * A contract drafted from the award by the process instance at {@code announced} and registered a
   * minute later with the {@code schedule} (居家养老上门服务, 每周上门两次, 逾期按日万分之五支付违约金);
   * it waits for the supplier's signature.
   *
   * @return the contract's id
   */
  public long draftedContract(String processInstanceId, long awardId, List<Instalment> schedule,
      Instant announced) {
    long contractId = contracts.prepareDraft(processInstanceId, awardId, announced).contractId();
    contracts.registerDraft(contractId, "居家养老上门服务", "每周上门两次", "逾期按日万分之五支付违约金", schedule,
        announced.plusSeconds(60));
    return contractId;
  }

  /** signs a drafted contract for the supplier at {@code signedAt}, then publishes it for the agency */
  public ContractView signedAndPublished(long contractId, String supplierUser, Instant signedAt,
      String agencySignatory, Instant publishedAt) {
    contracts.signBySupplier(contractId, supplierUser, signedAt);
    return contracts.publish(contractId, agencySignatory, publishedAt);
  }

  /**
   * files a published contract: submitted (no correction) at {@code submittedAt}, recorded by the
   * finance bureau's {@code reviewer} at {@code filedAt}; returns the contract as recorded
   */
  public ContractView filed(long contractId, Instant submittedAt, String reviewer, Instant filedAt) {
    contracts.submitFiling(contractId, null, null, null, submittedAt);
    return contracts.recordFiling(contractId, reviewer, filedAt);
  }
}
