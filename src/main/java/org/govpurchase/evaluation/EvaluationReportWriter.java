package org.govpurchase.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.tender.TenderService;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.tender.TenderViews.TenderView;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Writes the evaluation report (评标报告) of a tender once every serving expert has scored every
 * qualified bid: comprehensive scoring ({@link ComprehensiveScoring}) with the configured criteria,
 * each bid's price and submission time, the organization's past evaluation score (its evaluation
 * grade valid on the bid deadline, converted by {@link EvaluationProperties#pastEvaluationScores()},
 * local policy [unconfirmed]) and the experts' scores, stored by {@link EvaluationReports#save}
 * (the first report of a procurement stands, so writing again returns it).
 */
@Service
class EvaluationReportWriter {

  /** the stored report and the buyer's summary of it */
  record Written(EvaluationReport report, String awardSummary) {
  }

  private final ComprehensiveScoring scoring;
  private final EvaluationReports reports;
  private final ExpertScores scores;
  private final DrawnCommitteeRepository draws;
  private final ExpertRepository experts;
  private final TenderService tenders;
  private final Bidders bidders;
  private final EvaluationProperties properties;

  EvaluationReportWriter(ComprehensiveScoring scoring, EvaluationReports reports, ExpertScores scores,
      DrawnCommitteeRepository draws, ExpertRepository experts, TenderService tenders, Bidders bidders,
      EvaluationProperties properties) {
    this.scoring = scoring;
    this.reports = reports;
    this.scores = scores;
    this.draws = draws;
    this.experts = experts;
    this.tenders = tenders;
    this.bidders = bidders;
    this.properties = properties;
  }

  /**
   * Scores, ranks and stores the report, or returns the one already stored for the procurement.
   *
   * @throws IllegalStateException when an expert has not scored every bid, or the committee is missing
   * @throws NoSuchElementException when the tender, a bid or a supplier does not exist
   * @throws InvalidRequestException when the input does not add up (a bid of another tender...)
   */
  @Transactional
  Written write(String procurementNo, long tenderId, List<Long> qualifiedBidIds) {
    String number = StringUtils.trimToNull(procurementNo);
    check(number != null, "采购编号缺失 / procurementNo is missing");
    TenderView tender = tenders.tender(tenderId);
    check(number.equals(tender.procurementNo()), "招标项目" + tenderId + "的采购编号是" + tender.procurementNo()
        + "，不是" + number + " / tender " + tenderId + " is " + tender.procurementNo() + ", not " + number);
    LocalDate deadline = tender.bidDeadline().atZone(BeijingTime.ZONE).toLocalDate();
    var existing = reports.find(number);
    if (existing.isPresent()) {
      return new Written(existing.get(), summary(existing.get(), deadline));
    }
    check(qualifiedBidIds != null && !qualifiedBidIds.isEmpty(), "没有合格投标 / no qualified bids");

    Set<Long> serving = servingExperts(number);
    List<ComprehensiveScoring.Bid> bids = new ArrayList<>();
    for (Long bidId : new LinkedHashSet<>(qualifiedBidIds)) {
      check(bidId != null, "投标ID为空 / a bid id is missing");
      BidView bid = tenders.bid(bidId).orElseThrow(() -> new NoSuchElementException("投标" + bidId + "不存在 / no bid "
          + bidId));
      check(bid.tenderId() == tenderId, "投标" + bidId + "不是招标项目" + tenderId + "的投标 / bid " + bidId
          + " is no bid of tender " + tenderId);
      Bidders.Bidder bidder = bidders.of(bid.supplierId(), deadline);
      List<ComprehensiveScoring.ExpertScore> bidScores = scores.of(bidId);
      Set<Long> scoredBy = bidScores.stream().map(ComprehensiveScoring.ExpertScore::expertId)
          .collect(Collectors.toCollection(TreeSet::new));
      if (!scoredBy.containsAll(serving)) {
        Set<Long> missing = new TreeSet<>(serving);
        missing.removeAll(scoredBy);
        throw new IllegalStateException("专家" + names(missing) + "尚未对投标" + bidId + "（" + bidder.name()
            + "）评分，不能形成评标报告 / experts " + missing + " have not scored bid " + bidId);
      }
      // only the serving members' scores count (a score of anybody else cannot be recorded anyway)
      bidScores = bidScores.stream().filter(s -> serving.contains(s.expertId())).toList();
      bids.add(new ComprehensiveScoring.Bid(bid.supplierId(), bidder.creditCode(), bid.price(), bid.submittedAt(),
          properties.pastEvaluationScore(bidder.grade()), bidScores));
    }
    EvaluationReport saved = reports.save(scoring.score(number, properties.criteria(), bids));
    return new Written(saved, summary(saved, deadline));
  }

  /**
   * A short text for the buyer's confirmation: the first-ranked supplier, its price and
   * comprehensive score, the runner-up, and any flagged expert scores.
   */
  String summary(EvaluationReport report, LocalDate on) {
    Map<Long, String> names = report.ranking().stream().collect(Collectors.toMap(EvaluationReport.RankedBid::supplierId,
        r -> bidders.of(r.supplierId(), on).name(), (a, b) -> a));
    EvaluationReport.RankedBid first = report.ranking().get(0);
    StringBuilder text = new StringBuilder("采购项目").append(report.procurementNo()).append("评标结果：共")
        .append(report.ranking().size()).append("家合格投标。推荐第一名：").append(names.get(first.supplierId()))
        .append("（统一社会信用代码").append(first.creditCode()).append("），投标报价").append(first.price().toPlainString())
        .append("元，综合得分").append(first.comprehensiveScore().toPlainString()).append("（以往绩效评价")
        .append(first.pastEvaluationScore().toPlainString()).append("×").append(report.pastEvaluationWeight().toPlainString())
        .append(" + 投标及答辩").append(first.bidAndDefenceScore().toPlainString()).append("×")
        .append(report.bidAndDefenceWeight().toPlainString()).append("）。");
    if (report.ranking().size() > 1) {
      EvaluationReport.RankedBid second = report.ranking().get(1);
      text.append("第二名：").append(names.get(second.supplierId())).append("，投标报价")
          .append(second.price().toPlainString()).append("元，综合得分")
          .append(second.comprehensiveScore().toPlainString()).append("。");
    }
    if (report.flagged().isEmpty()) {
      text.append("无异常评分。");
    } else {
      text.append("异常评分（与其他专家平均分相差超过").append(report.outlierThreshold().toPlainString())
          .append("分，已标记，仍计入）：");
      Map<Long, String> expertNames = expertNames(report.flagged().stream()
          .map(EvaluationReport.FlaggedScore::expertId).collect(Collectors.toSet()));
      text.append(report.flagged().stream().map(f -> "专家" + expertNames.get(f.expertId()) + "对"
              + names.get(f.supplierId()) + "评" + f.score().toPlainString() + "分，其他专家平均"
              + f.othersMean().toPlainString() + "分，相差" + f.deviation().toPlainString() + "分")
          .collect(Collectors.joining("；"))).append("。");
    }
    return text.toString();
  }

  private Set<Long> servingExperts(String procurementNo) {
    DrawnCommittee draw = draws.findByProcurementNoOrderByIdDesc(procurementNo).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("采购项目" + procurementNo + "尚未抽取评标委员会 / no committee drawn for "
            + procurementNo));
    return draw.getMembers().stream().filter(CommitteeMember::isServing).map(m -> m.getExpert().getId())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Map<Long, String> expertNames(Set<Long> ids) {
    return experts.findAllById(ids).stream().collect(Collectors.toMap(Expert::getId, Expert::getName));
  }

  private String names(Set<Long> ids) {
    Map<Long, String> byId = expertNames(ids);
    return ids.stream().map(id -> byId.getOrDefault(id, String.valueOf(id)) + "（" + id + "）")
        .collect(Collectors.joining("、"));
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidRequestException(message);
    }
  }
}
