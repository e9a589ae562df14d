package org.govpurchase.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.tender.TenderService;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' scores (专家评分): each serving member of a procurement's committee scores each
 * qualified bid 0-100 on each criterion ({@link EvaluationProperties#CRITERION_CODES}), at most 2
 * decimals. Recording is an upsert keyed on (bid, expert, criterion): recording the same scores
 * again changes nothing, so the recordScore worker may run twice.
 */
@Service
class ExpertScores {

  private static final Logger LOG = LoggerFactory.getLogger(ExpertScores.class);

  static final int MAX_COMMENT = 500;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** an expert who is not (or no longer) a serving member of the procurement's committee */
  static class NotOnCommitteeException extends IllegalStateException {
    NotOnCommitteeException(String message) {
      super(message);
    }
  }

  private final ExpertScoreRepository scores;
  private final ExpertRepository experts;
  private final DrawnCommitteeRepository draws;
  private final TenderService tenders;

  ExpertScores(ExpertScoreRepository scores, ExpertRepository experts, DrawnCommitteeRepository draws,
      TenderService tenders) {
    this.scores = scores;
    this.experts = experts;
    this.draws = draws;
    this.tenders = tenders;
  }

  /**
   * Records (or confirms) one expert's three scores for one bid.
   *
   * @throws InvalidRequestException when a score is missing, outside 0-100 or has more than 2 decimals,
   *     or the comment is longer than {@value #MAX_COMMENT}
   * @throws NotOnCommitteeException when the user is not a serving member of the procurement's committee
   * @throws NoSuchElementException when the procurement has no committee, or the bid is not a bid of the tender
   */
  @Transactional
  void record(String procurementNo, long tenderId, String expertUserId, long bidId, BigDecimal proposal,
      BigDecimal capacity, BigDecimal price, String comment, Instant now) {
    Objects.requireNonNull(now, "now");
    String number = StringUtils.trimToNull(procurementNo);
    check(number != null, "采购编号缺失 / procurementNo is missing");
    Map<String, BigDecimal> byCriterion = new LinkedHashMap<>();
    byCriterion.put(EvaluationProperties.PROPOSAL, checkedScore(proposal, "服务方案 / scoreProposal"));
    byCriterion.put(EvaluationProperties.CAPACITY, checkedScore(capacity, "团队与服务能力 / scoreCapacity"));
    byCriterion.put(EvaluationProperties.PRICE, checkedScore(price, "报价 / scorePrice"));
    String cleanComment = StringUtils.trimToNull(comment);
    check(cleanComment == null || cleanComment.length() <= MAX_COMMENT,
        "评审意见不超过" + MAX_COMMENT + "字 / scoreComment must be at most " + MAX_COMMENT + " characters");

    BidView bid = tenders.bid(bidId).filter(b -> b.tenderId() == tenderId).orElseThrow(() ->
        new NoSuchElementException("投标" + bidId + "不是招标项目" + tenderId + "的投标 / bid " + bidId
            + " is no bid of tender " + tenderId));
    DrawnCommittee draw = draws.findByProcurementNoOrderByIdDesc(number).stream().findFirst().orElseThrow(() ->
        new NoSuchElementException("采购项目" + number + "尚未抽取评标委员会 / no committee drawn for " + number));
    Expert expert = StringUtils.isBlank(expertUserId) ? null : experts.findByUserId(expertUserId).orElse(null);
    boolean serving = expert != null && draw.getMembers().stream()
        .anyMatch(m -> m.isServing() && m.getExpert().getId().equals(expert.getId()));
    if (!serving) {
      throw new NotOnCommitteeException("用户「" + expertUserId + "」不是采购项目" + number + "评标委员会（抽取记录"
          + draw.getId() + "）的在任专家，评分不予记录 / user " + expertUserId + " is not a serving member of the"
          + " committee of " + number + ": score refused");
    }

    LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    int changed = 0;
    for (Map.Entry<String, BigDecimal> e : byCriterion.entrySet()) {
      ExpertScore row = scores.findByBidIdAndExpertIdAndCriterion(bid.id(), expert.getId(), e.getKey())
          .orElseGet(() -> new ExpertScore(number, draw.getId(), tenderId, bid.id(), expert.getId(), e.getKey()));
      if (row.record(e.getValue(), cleanComment, at)) {
        changed++;
      }
      // a concurrent second run fails on the unique key; its retry finds these rows
      scores.saveAndFlush(row);
    }
    LOG.info("{}: expert {} ({}) scored bid {}: {} ({} rows changed)", number, expertUserId, expert.getId(),
        bid.id(), byCriterion, changed);
  }

  /** every expert's score on every criterion for the bid, by expert then criterion */
  @Transactional(readOnly = true)
  List<ComprehensiveScoring.ExpertScore> of(long bidId) {
    List<ComprehensiveScoring.ExpertScore> found = new ArrayList<>();
    for (ExpertScore s : scores.findByBidIdOrderByExpertIdAscCriterionAsc(bidId)) {
      found.add(new ComprehensiveScoring.ExpertScore(s.getExpertId(), s.getCriterion(), s.getScore()));
    }
    return found;
  }

  /** 0 to 100, at most 2 decimals; as scaled to 2 decimals */
  static BigDecimal checkedScore(BigDecimal score, String field) {
    check(score != null, "评分「" + field + "」必填 / score " + field + " is required");
    check(score.signum() >= 0 && score.compareTo(HUNDRED) <= 0,
        "评分「" + field + "」须在0至100之间：" + score.toPlainString() + " / must be between 0 and 100");
    check(score.stripTrailingZeros().scale() <= 2,
        "评分「" + field + "」最多两位小数：" + score.toPlainString() + " / at most 2 decimals");
    return score.setScale(2);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
