package org.govpurchase.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.govpurchase.evaluation.PublicCommittee;

/** What the award service answers: ids, enums, amounts and times (UTC), never entities. */
public final class AwardViews {

  private AwardViews() {
  }

  /** an award with its supplier's name and credit code */
  public record AwardView(long id, String procurementNo, long planId, Long tenderId, long supplierId,
      String supplierName, String creditCode, BigDecimal price, AwardSource source, Integer reportRank,
      AwardStatus status, String justification, Instant proposedAt, Instant publicityEnds, String confirmedBy,
      Instant confirmedAt, Instant announcedAt, Instant revokedAt, String revokedReason) {
  }

  /** a challenge and its answer (null until answered) */
  public record ChallengeView(long id, long awardId, String procurementNo, long supplierId, String raisedBy,
      String text, Instant raisedAt, ChallengeDecision decision, String answer, Instant answeredAt) {

    static ChallengeView of(AwardChallenge c) {
      return new ChallengeView(c.getId(), c.getAwardId(), c.getProcurementNo(), c.getSupplierId(), c.getRaisedBy(),
          c.getText(), c.getRaisedAt(), c.getDecision(), c.getAnswer(), c.getAnsweredAt());
    }
  }

  /**
   * 中标（成交）结果公告: what everybody may read once the award is announced.
   *
   * @param challengeDeadline the end of the 7th working day after the announcement: challenges until then [law]
   * @param ranking the evaluation ranking (empty without a tender)
   * @param committee the evaluation committee with the experts' names once unsealed; null without one
   */
  public record PublicAward(String procurementNo, String serviceName, AwardSource source, String sourceLabel,
      AwardStatus status, String statusLabel, String supplierName, String creditCode, BigDecimal price,
      Instant announcedAt, Instant challengeDeadline, List<PublicRank> ranking, PublicCommittee committee) {
  }

  /** one place of the evaluation ranking as published */
  public record PublicRank(int rank, String supplierName, String creditCode, BigDecimal comprehensiveScore) {
  }
}
