package org.govpurchase.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.award.AwardViews.AwardView;
import org.govpurchase.award.AwardViews.ChallengeView;
import org.govpurchase.award.AwardViews.PublicAward;
import org.govpurchase.award.AwardViews.PublicRank;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.evaluation.CommitteeDraw;
import org.govpurchase.evaluation.EvaluationReport;
import org.govpurchase.evaluation.EvaluationReport.RankedBid;
import org.govpurchase.evaluation.EvaluationReports;
import org.govpurchase.evaluation.PublicCommittee;
import org.govpurchase.supplier.QualificationCheck;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.BidStatus;
import org.govpurchase.tender.TenderService;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Awards (中标/成交) and challenges (质疑). A procurement has at most one award in force (not
 * REVOKED); every write is keyed on the procurement number or the challenge's id and may run
 * twice. Every method takes {@code now} so that callers (and tests) decide the time.
 *
 * <p>Rules [law]: a single source is publicized for at least 5 working days before it is
 * confirmed (政府采购非招标采购方式管理办法第三十八条); a supplier that took part may challenge the
 * result within 7 working days of the announcement (both in {@link StatutoryPeriods}) (政府采购法第五十二条, 政府采购质疑和投诉办法);
 * the award announcement names the evaluation committee (政府采购货物和服务招标投标管理办法第六十九条).
 * Working days are the Chinese calendar's ({@link WorkingDays}), counted on Beijing dates.
 */
@Service
@Transactional(readOnly = true)
public class AwardService {

  static final int MAX_USER = 64;
  static final Pattern PROCUREMENT_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
  static final String NEXT_RANKED_REASON = "质疑成立，依次递补";
  static final String RETENDER_REASON = "质疑成立，重新采购";

  private final AwardRepository awards;
  private final AwardChallengeRepository challenges;
  private final SupplierService suppliers;
  private final TenderService tenders;
  private final EvaluationReports reports;
  private final CommitteeDraw committees;
  private final WorkingDays workingDays;
  private final StatutoryPeriods periods;

  /**
   * @param periods the single source's publicity and the challenge period, in working days: the
   *     same numbers award.bpmn's timers read ({@code periods.challengeWorkingDays})
   */
  AwardService(AwardRepository awards, AwardChallengeRepository challenges, SupplierService suppliers,
      TenderService tenders, EvaluationReports reports, CommitteeDraw committees, WorkingDays workingDays,
      StatutoryPeriods periods) {
    this.awards = awards;
    this.challenges = challenges;
    this.suppliers = suppliers;
    this.tenders = tenders;
    this.reports = reports;
    this.committees = committees;
    this.workingDays = workingDays;
    this.periods = periods;
  }

  // ---- reading -------------------------------------------------------------------------------

  /** the award in force of the procurement (PROPOSED or ANNOUNCED), if any */
  public Optional<AwardView> active(String procurementNo) {
    return awards.findActive(StringUtils.strip(procurementNo)).map(this::view);
  }

  /** the award with this id, whatever its status (read by the contract stage) */
  public Optional<AwardView> find(long awardId) {
    return awards.findById(awardId).map(this::view);
  }

  /** every award of the procurement, revoked ones included, oldest first */
  public List<AwardView> history(String procurementNo) {
    return awards.findByProcurementNoOrderById(StringUtils.strip(procurementNo)).stream().map(this::view).toList();
  }

  /**
   * The text of the confirmation form: the proposed supplier, its price and, from the report,
   * its rank and comprehensive score. Without an award in force yet (a tender before
   * award.publish), the bid award.publish will propose: the report's first ranked one.
   *
   * @throws NoSuchElementException when the procurement has neither an award in force nor a candidate in a report
   */
  // a missing one is a display fallback (AwardForms), not a reason to roll back the engine's transaction
  @Transactional(readOnly = true, noRollbackFor = NoSuchElementException.class)
  public String proposedSummary(String procurementNo) {
    String number = StringUtils.strip(procurementNo);
    Optional<Award> active = number == null ? Optional.empty() : awards.findActive(number);
    if (active.isPresent()) {
      return summary(active.get());
    }
    // before award.publish proposes it: the report's first ranked bid whose supplier has no revoked award
    RankedBid next = number == null ? null : reports.find(number).flatMap(r -> candidate(number, r)).orElse(null);
    if (next == null) {
      throw noAward(procurementNo);
    }
    return "拟中标承接主体：" + supplierName(next.supplierId()) + "（统一社会信用代码" + next.creditCode() + "），报价"
        + next.price().setScale(2).toPlainString() + "元，综合得分第" + next.rank() + "名 "
        + next.comprehensiveScore().toPlainString() + "分";
  }

  /** the end of the challenge period of an award announced at {@code announcedAt} */
  public Instant challengeDeadline(Instant announcedAt) {
    return workingDays.deadline(Date.from(announcedAt), periods.getChallengeWorkingDays()).toInstant();
  }

  /**
   * 中标（成交）结果公告: the latest announced award of the procurement, the ranking and the
   * committee (the experts' names once unsealed).
   *
   * @throws NoSuchElementException before the announcement
   */
  public PublicAward publicAward(String procurementNo) {
    String number = StringUtils.strip(procurementNo);
    Award award = number == null ? null
        : awards.findFirstByProcurementNoAndAnnouncedAtIsNotNullOrderByIdDesc(number).orElse(null);
    if (award == null) {
      throw new NoSuchElementException("采购项目「" + procurementNo + "」尚未发布中标（成交）结果公告");
    }
    List<PublicRank> ranking = reports.find(number).map(r -> r.ranking().stream()
        .sorted(Comparator.comparingInt(RankedBid::rank))
        .map(b -> new PublicRank(b.rank(), supplierName(b.supplierId()), b.creditCode(), b.comprehensiveScore()))
        .toList()).orElse(List.of());
    PublicCommittee committee = awards.committeeDraws(number) > 0 ? committees.publicCommittee(number) : null;
    return new PublicAward(number, awards.serviceName(award.getPlanId()).orElse(null), award.getSource(),
        award.getSource().label(), award.getStatus(), award.getStatus().label(), supplierName(award.getSupplierId()),
        awards.supplierCreditCode(award.getSupplierId()).orElse(null), award.getPrice(), award.getAnnouncedAt(),
        challengeDeadline(award.getAnnouncedAt()), ranking, committee);
  }

  // ---- direct purchase and single source -----------------------------------------------------

  /**
   * 直接购买: the buyer's choice of a registered, qualified supplier, without a tender; a PROPOSED
   * award that {@link #publish} announces. Keyed on the procurement number: the same choice again
   * returns the award as it stands.
   *
   * @throws AwardRefusedException  an invalid code, price or justification, an unknown or unqualified supplier
   * @throws AwardConflictException the procurement already has another award in force
   * @throws NoSuchElementException when there is no such plan
   */
  @Transactional
  public AwardView recordDirectPurchase(long planId, String procurementNo, String creditCode, BigDecimal price,
      String justification, String by, Instant now) {
    return choose(AwardSource.DIRECT_PURCHASE, planId, procurementNo, creditCode, price, justification, by, now);
  }

  /**
   * 单一来源: the buyer's choice of a registered, qualified supplier, publicized until the end of
   * the 5th working day [law] ({@link AwardView#publicityEnds()}); {@link #publish} confirms it
   * after that. Keyed on the procurement number like {@link #recordDirectPurchase}.
   */
  @Transactional
  public AwardView publicizeSingleSource(long planId, String procurementNo, String creditCode, BigDecimal price,
      String justification, String by, Instant now) {
    return choose(AwardSource.SINGLE_SOURCE, planId, procurementNo, creditCode, price, justification, by, now);
  }

  private AwardView choose(AwardSource source, long planId, String procurementNo, String creditCode,
      BigDecimal price, String justification, String by, Instant now) {
    Objects.requireNonNull(now, "now");
    String number = number(procurementNo);
    List<String> problems = AwardInputs.choiceProblems(creditCode, price, justification);
    if (!problems.isEmpty()) {
      throw new AwardRefusedException(String.join("；", problems));
    }
    String code = StringUtils.upperCase(StringUtils.deleteWhitespace(creditCode));
    String text = StringUtils.strip(justification);
    long supplierId = suppliers.idOf(code).orElseThrow(() ->
        new AwardRefusedException("统一社会信用代码为" + code + "的承接主体未登记，请先由登记管理机关登记"));
    Optional<Award> existing = awards.findActiveLocked(number);
    if (existing.isPresent()) {
      Award award = existing.get();
      if (award.getSource() == source && award.getSupplierId() == supplierId && award.getPlanId() == planId
          && award.getPrice().compareTo(price) == 0) {
        return view(award);
      }
      throw new AwardConflictException("采购项目「" + number + "」已有" + award.getStatus().label() + "的"
          + award.getSource().label() + "结果（承接主体" + supplierName(award.getSupplierId()) + "），不能另行确定");
    }
    String planStatus = awards.planStatus(planId).orElseThrow(() -> new NoSuchElementException("购买计划" + planId + "不存在"));
    if (!"APPROVED".equals(planStatus)) {
      throw new AwardRefusedException("购买计划" + planId + "尚未批准，不能确定承接主体");
    }
    QualificationCheck check = suppliers.qualification(supplierId, date(now));
    if (!check.qualified()) {
      throw new AwardRefusedException("承接主体「" + check.supplierName() + "」不符合承接条件：" + check.reasons());
    }
    Instant at = seconds(now);
    Instant publicityEnds = source == AwardSource.SINGLE_SOURCE
        ? workingDays.deadline(Date.from(at), periods.getSingleSourcePublicityWorkingDays()).toInstant() : null;
    Award award = awards.saveAndFlush(new Award(number, planId, null, supplierId, price.setScale(2), source, null,
        text, user(by), at, publicityEnds));
    return view(award);
  }

  // ---- announcing ----------------------------------------------------------------------------

  /**
   * Confirms and announces the award (确定中标并发布中标公告). Without an award in force, the
   * evaluation report's first ranked bid (whose supplier has no revoked award here) is proposed
   * first. Announcing unseals the committee, if there is one, and marks the tender AWARDED.
   * Publishing an announced award again returns it as it stands.
   *
   * @param tenderId null without a tender
   * @throws NoSuchElementException  when there is neither an award nor an evaluation report
   * @throws InvalidRequestException during a single source's publicity, or a comment over 500 characters
   */
  @Transactional
  public AwardView publish(String procurementNo, Long tenderId, String confirmedBy, String comment, Instant now) {
    Objects.requireNonNull(now, "now");
    String number = number(procurementNo);
    Award award = awards.findActiveLocked(number).orElse(null);
    if (award == null) {
      if (tenderId == null) {
        throw noAward(number);
      }
      long planId = tenders.tender(tenderId).planId();
      award = propose(number, planId, tenderId, "system", null, now)
          .orElseThrow(() -> new NoSuchElementException("采购项目「" + number + "」的评标报告中没有可确定的中标候选人"));
    }
    if (award.getStatus() == AwardStatus.ANNOUNCED) {
      return view(award);
    }
    if (award.getPublicityEnds() != null && now.isBefore(award.getPublicityEnds())) {
      throw new InvalidRequestException("单一来源采购公示至" + show(award.getPublicityEnds()) + "（北京时间），公示期满前不能确定成交");
    }
    String text = StringUtils.stripToNull(comment);
    if (text != null && text.length() > AwardInputs.MAX_COMMENT) {
      throw new InvalidRequestException("确认意见不能超过" + AwardInputs.MAX_COMMENT + "个字符");
    }
    String by = StringUtils.isBlank(confirmedBy) ? award.getProposedBy() : user(confirmedBy);
    award.announce(by, text, seconds(now));
    awards.saveAndFlush(award);
    if (awards.committeeDraws(number) > 0) {
      committees.unseal(number);
    }
    Long tender = tenderId != null ? tenderId : award.getTenderId();
    if (tender != null) {
      tenders.markAwarded(tender);
    }
    return view(award);
  }

  // ---- after a challenge ---------------------------------------------------------------------

  /**
   * A challenge was upheld: the award in force is revoked and the next ranked bid of the report
   * whose supplier has no revoked award here is proposed. Running it again while that proposal
   * stands returns it. The revocation stays when no bid is left.
   *
   * @throws NoNextRankedException when no ranked bid is left (the award is revoked all the same)
   * @throws NoSuchElementException when the procurement never had an award or has no report
   */
  @Transactional(noRollbackFor = NoNextRankedException.class)
  public AwardView moveToNextRanked(String procurementNo, String reason, Instant now) {
    Objects.requireNonNull(now, "now");
    String number = number(procurementNo);
    Optional<Award> active = awards.findActiveLocked(number);
    if (active.isPresent() && active.get().getStatus() == AwardStatus.PROPOSED) {
      // challenges are only raised against announced awards: this proposal is the earlier run's
      return view(active.get());
    }
    List<Award> all = awards.findByProcurementNoOrderById(number);
    if (all.isEmpty()) {
      throw noAward(number);
    }
    Award last = all.get(all.size() - 1);
    String why = StringUtils.defaultIfBlank(StringUtils.abbreviate(StringUtils.strip(reason), 1000), NEXT_RANKED_REASON);
    active.ifPresent(a -> {
      a.revoke(why, seconds(now));
      // leaves the "one in force" key before the next one takes it
      awards.saveAndFlush(a);
    });
    return propose(number, last.getPlanId(), last.getTenderId(), "system", why, now).map(this::view)
        .orElseThrow(() -> new NoNextRankedException("采购项目「" + number + "」的评标报告中已没有可递补的中标候选人"));
  }

  /**
   * A challenge was upheld and the procurement is tendered again: the award in force is revoked.
   * Revoking again changes nothing.
   *
   * @return the revoked award; empty when the procurement never had one
   */
  @Transactional
  public Optional<AwardView> revoke(String procurementNo, String reason, Instant now) {
    Objects.requireNonNull(now, "now");
    String number = number(procurementNo);
    Optional<Award> active = awards.findActiveLocked(number);
    if (active.isPresent()) {
      Award award = active.get();
      award.revoke(StringUtils.defaultIfBlank(StringUtils.abbreviate(StringUtils.strip(reason), 1000),
          RETENDER_REASON), seconds(now));
      return Optional.of(view(awards.saveAndFlush(award)));
    }
    List<Award> all = awards.findByProcurementNoOrderById(number);
    return all.isEmpty() ? Optional.empty() : Optional.of(view(all.get(all.size() - 1)));
  }

  /** proposes the first ranked bid of the report whose supplier has no revoked award here */
  private Optional<Award> propose(String number, long planId, Long tenderId, String by, String justification,
      Instant now) {
    EvaluationReport report = reports.find(number)
        .orElseThrow(() -> new NoSuchElementException("采购项目「" + number + "」没有评标报告"));
    return candidate(number, report)
        .map(b -> awards.saveAndFlush(new Award(number, planId, tenderId, b.supplierId(), b.price().setScale(2),
            AwardSource.REPORT, b.rank(), justification, by, seconds(now), null)));
  }

  /** the report's first ranked bid whose supplier has no revoked award for the procurement */
  private Optional<RankedBid> candidate(String number, EvaluationReport report) {
    Set<Long> revoked = awards.findByProcurementNoOrderById(number).stream()
        .filter(a -> a.getStatus() == AwardStatus.REVOKED).map(Award::getSupplierId).collect(Collectors.toSet());
    return report.ranking().stream()
        .sorted(Comparator.comparingInt(RankedBid::rank))
        .filter(b -> !revoked.contains(b.supplierId()))
        .findFirst();
  }

  // ---- challenges ----------------------------------------------------------------------------

  /**
   * 质疑: a supplier's challenge against the announced award, within 7 working days of the
   * announcement [law]. Against an award from the report only a supplier that bid may challenge.
   *
   * @throws NoSuchElementException         when the procurement has no award in force
   * @throws ChallengeAccessDeniedException when the user acts for no supplier or one that did not bid
   * @throws InvalidRequestException        when not announced, after the deadline, an empty or too long text
   */
  @Transactional
  public ChallengeView raiseChallenge(String procurementNo, String userId, String text, Instant now) {
    Objects.requireNonNull(now, "now");
    String number = StringUtils.strip(procurementNo);
    Award award = (number == null ? Optional.<Award>empty() : awards.findActive(number))
        .orElseThrow(() -> new NoSuchElementException("采购项目「" + procurementNo + "」没有中标（成交）结果"));
    long supplierId = suppliers.organizationOf(userId).orElseThrow(() ->
        new ChallengeAccessDeniedException("用户「" + userId + "」不属于任何承接主体，不能提出质疑"));
    if (award.getSource() == AwardSource.REPORT && !tookPart(award, supplierId, userId)) {
      throw new ChallengeAccessDeniedException("本承接主体未参与采购项目「" + number + "」的投标，不能提出质疑");
    }
    if (award.getStatus() != AwardStatus.ANNOUNCED) {
      throw new InvalidRequestException("采购项目「" + number + "」的中标（成交）结果尚未公告，不能提出质疑");
    }
    Instant deadline = challengeDeadline(award.getAnnouncedAt());
    if (now.isAfter(deadline)) {
      throw new InvalidRequestException("质疑须在中标（成交）结果公告之日起" + periods.getChallengeWorkingDays() + "个工作日内提出：公告于"
          + show(award.getAnnouncedAt()) + "发布，质疑期限已于" + show(deadline) + "（北京时间）届满");
    }
    String body = StringUtils.strip(text);
    if (StringUtils.isEmpty(body)) {
      throw new InvalidRequestException("请填写质疑事项和理由（text）");
    } else if (body.length() > AwardInputs.MAX_TEXT) {
      throw new InvalidRequestException("质疑内容不能超过" + AwardInputs.MAX_TEXT + "个字符");
    }
    return ChallengeView.of(challenges.saveAndFlush(
        new AwardChallenge(award.getId(), number, supplierId, user(userId), body, seconds(now))));
  }

  private boolean tookPart(Award award, long supplierId, String userId) {
    if (award.getTenderId() != null) {
      Optional<BidView> bid = tenders.myBid(award.getTenderId(), userId);
      return bid.isPresent() && bid.get().status() == BidStatus.SUBMITTED;
    }
    return reports.find(award.getProcurementNo())
        .map(r -> r.ranking().stream().anyMatch(b -> b.supplierId() == supplierId)).orElse(false);
  }

  /**
   * The buyer's answer (质疑答复). Keyed on the challenge: the same answer again changes nothing.
   *
   * @throws NoSuchElementException  when there is no such challenge
   * @throws AwardConflictException  when it was already answered differently
   * @throws InvalidRequestException without a decision, an empty or too long answer
   */
  @Transactional
  public ChallengeView answerChallenge(long challengeId, ChallengeDecision decision, String answer, String by,
      Instant now) {
    Objects.requireNonNull(now, "now");
    AwardChallenge challenge = challenges.findById(challengeId)
        .orElseThrow(() -> new NoSuchElementException("质疑" + challengeId + "不存在"));
    String text = StringUtils.strip(answer);
    List<String> problems = new ArrayList<>();
    if (decision == null) {
      problems.add("请选择答复结论（DISMISSED、UPHELD_NEXT_RANKED或UPHELD_RETENDER）");
    }
    if (StringUtils.isEmpty(text)) {
      problems.add("请填写答复（answer）");
    } else if (text.length() > AwardInputs.MAX_TEXT) {
      problems.add("答复不能超过" + AwardInputs.MAX_TEXT + "个字符");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }
    if (challenge.isAnswered()) {
      if (challenge.getDecision() == decision && challenge.getAnswer().equals(text)) {
        return ChallengeView.of(challenge);
      }
      throw new AwardConflictException("质疑" + challengeId + "已于" + show(challenge.getAnsweredAt()) + "答复（"
          + challenge.getDecision().label() + "），答复不能更改");
    }
    challenge.answer(decision, text, user(by), seconds(now));
    return ChallengeView.of(challenges.saveAndFlush(challenge));
  }

  /** the user's organization's challenges of the procurement, oldest first */
  public List<ChallengeView> myChallenges(String procurementNo, String userId) {
    long supplierId = suppliers.organizationOf(userId).orElseThrow(() ->
        new ChallengeAccessDeniedException("用户「" + userId + "」不属于任何承接主体"));
    return challenges.findByProcurementNoAndSupplierIdOrderById(StringUtils.strip(procurementNo), supplierId)
        .stream().map(ChallengeView::of).toList();
  }

  /**
   * The text of the answer form: who challenged, when, and what.
   *
   * @throws NoSuchElementException when there is no such challenge
   */
  // a missing one is a display fallback (AwardForms), not a reason to roll back the engine's transaction
  @Transactional(readOnly = true, noRollbackFor = NoSuchElementException.class)
  public String challengeSummary(long challengeId) {
    AwardChallenge c = challenges.findById(challengeId)
        .orElseThrow(() -> new NoSuchElementException("质疑" + challengeId + "不存在"));
    return "质疑人：" + supplierName(c.getSupplierId()) + "（" + awards.supplierCreditCode(c.getSupplierId()).orElse("")
        + "，用户" + c.getRaisedBy() + "）\n提出时间：" + show(c.getRaisedAt()) + "（北京时间）\n采购项目：" + c.getProcurementNo()
        + "\n质疑事项和理由：" + c.getText();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private String summary(Award award) {
    String supplier = supplierName(award.getSupplierId()) + "（统一社会信用代码"
        + awards.supplierCreditCode(award.getSupplierId()).orElse("") + "）";
    String price = "报价" + award.getPrice().setScale(2).toPlainString() + "元";
    return switch (award.getSource()) {
      case REPORT -> "拟中标承接主体：" + supplier + "，" + price + "，综合得分第" + award.getReportRank() + "名"
          + reports.find(award.getProcurementNo()).flatMap(r -> r.ranking().stream()
              .filter(b -> b.rank() == award.getReportRank()).findFirst())
              .map(b -> " " + b.comprehensiveScore().toPlainString() + "分").orElse("")
          + (award.getJustification() == null ? "" : "（" + award.getJustification() + "）");
      case SINGLE_SOURCE -> "拟成交承接主体（单一来源）：" + supplier + "，" + price + "，公示期至"
          + show(award.getPublicityEnds()) + "（北京时间）；理由：" + award.getJustification();
      case DIRECT_PURCHASE -> "直接购买承接主体：" + supplier + "，" + price + "；理由：" + award.getJustification();
    };
  }

  private AwardView view(Award a) {
    return new AwardView(a.getId(), a.getProcurementNo(), a.getPlanId(), a.getTenderId(), a.getSupplierId(),
        supplierName(a.getSupplierId()), awards.supplierCreditCode(a.getSupplierId()).orElse(null), a.getPrice(),
        a.getSource(), a.getReportRank(), a.getStatus(), a.getJustification(), a.getProposedAt(), a.getPublicityEnds(),
        a.getConfirmedBy(), a.getConfirmedAt(), a.getAnnouncedAt(), a.getRevokedAt(), a.getRevokedReason());
  }

  private String supplierName(long supplierId) {
    return awards.supplierName(supplierId).orElse("承接主体" + supplierId);
  }

  private static String number(String procurementNo) {
    String number = StringUtils.strip(procurementNo);
    if (number == null || !PROCUREMENT_NO.matcher(number).matches()) {
      throw new InvalidRequestException("采购编号须为1至32位字母、数字或连字符，如SZ-2026-0001");
    }
    return number;
  }

  private static NoSuchElementException noAward(String procurementNo) {
    return new NoSuchElementException("采购项目「" + procurementNo + "」没有拟中标（成交）结果");
  }

  static LocalDate date(Instant instant) {
    return instant.atZone(BeijingTime.ZONE).toLocalDate();
  }

  static String show(Instant instant) {
    return BeijingTime.shown(instant);
  }

  private static String user(String userId) {
    return StringUtils.defaultIfBlank(StringUtils.truncate(StringUtils.strip(userId), MAX_USER), "system");
  }

  /** whole seconds: the MySQL URL sends no fractional seconds, so what we hold is what is stored */
  private static Instant seconds(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }
}
