package org.govpurchase.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govpurchase.plan.FundingSource;

/** What the contract service answers: ids, enums, amounts, dates and times (UTC), never entities. */
public final class ContractViews {

  private ContractViews() {
  }

  /** one instalment of the payment schedule, as entered or as stored */
  public record Instalment(BigDecimal amount, LocalDate dueDate) {
  }

  /** what contract.prepareDraft answers */
  public record PreparedDraft(long contractId, Instant signDeadline, String summary, FundingSource fundingSource) {
  }

  /** a contract for its parties */
  public record ContractView(long id, String procurementNo, long planId, long awardId, String agencyCode,
      String agencyName, long supplierId, String supplierName, String creditCode, BigDecimal amount,
      LocalDate termStart, LocalDate termEnd, FundingSource paymentRoute, String paymentRouteLabel,
      String scopeAndContent, String serviceRequirements, String breachLiability, List<Instalment> instalments,
      ContractStatus status, String statusLabel, Instant signDeadline, String agencySignedBy, Instant agencySignedAt,
      String supplierSignedBy, Instant supplierSignedAt, Instant signedAt, Instant publishedAt, Instant filedAt,
      String filingReceiptNo) {
  }

  /** one filing attempt and its decision (null until decided) */
  public record FilingView(int attempt, Instant submittedAt, String correction, FilingDecision decision,
      String returnReason, String decidedBy, Instant decidedAt, Long amendmentId) {
  }

  /**
   * 合同公告: what everybody may read once the contract is published.
   *
   * @param filingReceiptNo null until the finance bureau accepted the filing
   * @param publishedAt     when it was published last: on signing or when an amendment took effect
   * @param amendments      the amendments in force, oldest first; amount, term and instalments are
   *                        the contract as amended
   */
  public record PublicContract(String procurementNo, String serviceName, String agencyName, String supplierName,
      String creditCode, BigDecimal amount, LocalDate termStart, LocalDate termEnd, String scopeAndContent,
      String serviceRequirements, List<Instalment> instalments, FundingSource paymentRoute, String paymentRouteLabel,
      String breachLiability, Instant signedAt, Instant publishedAt, String filingReceiptNo,
      List<PublicAmendment> amendments) {
  }

  /**
   * An amendment in force as the contract notice shows it: who proposed, answered and approved it
   * by party and role (甲方（福田区民政局）, 乙方（…）, 财政部门), never by the login of the person
   * who did (issue 11: no personal login ids in public views).
   *
   * @param termDecidedBy 财政部门 when the finance bureau approved a shortened term, else null
   */
  public record PublicAmendment(long id, int seq, String proposedBy, Instant proposedAt, String reason,
      BigDecimal oldAmount, BigDecimal newAmount, LocalDate oldTermEnd, LocalDate newTermEnd, boolean shortensTerm,
      List<Instalment> schedule, String fundsUse, AmendmentStatus status, String statusLabel, String answeredBy,
      Instant answeredAt, String termDecidedBy, Instant termDecidedAt, Instant inForceAt, Instant filedAt,
      String filingReceiptNo) {
  }

  /**
   * 合同变更: a proposed change and what became of it. New values are null where nothing changes;
   * {@code schedule} is empty when the payment schedule stays.
   */
  public record AmendmentView(long id, long contractId, String procurementNo, int seq, ContractSide proposedBySide,
      String proposedBy, Instant proposedAt, String reason, BigDecimal oldAmount, BigDecimal newAmount,
      LocalDate oldTermEnd, LocalDate newTermEnd, boolean shortensTerm, List<Instalment> schedule, String fundsUse,
      AmendmentStatus status, String statusLabel, String answeredBy, Instant answeredAt, String termDecidedBy,
      Instant termDecidedAt, String closingReason, Instant inForceAt, Instant filedAt, String filingReceiptNo) {
  }
}
