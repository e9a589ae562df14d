package org.govpurchase.tender;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.QualificationCheck;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资格审查: the qualification review of a closed tender's bids.
 *
 * <ol>
 *   <li>{@link #check}: the supplier's seven conditions and status on the Beijing date of the
 *       tender's bid deadline, as {@link SupplierService#qualification} finds them, stored once per
 *       bid (tender.checkQualification).</li>
 *   <li>{@link #decide}: the registration authority confirms the automatic result or overrides it
 *       with a reason; the final result is stored (tender.recordQualification).</li>
 *   <li>{@link #conclude}: when fewer bids are finally qualified than the method needs, the tender
 *       fails (废标) (tender.concludeQualification).</li>
 * </ol>
 * Each step is keyed on the bid or the tender and may run twice.
 */
@Service
@Transactional(readOnly = true)
public class QualificationReview {

  /**
   * Qualified bids a tender needs at least, else it fails [law]: 政府采购法第三十六条 (招标:
   * 符合专业条件的供应商或者对招标文件作实质响应的供应商不足三家的，应予废标); 政府采购非招标采购方式
   * 管理办法 (竞争性谈判、询价: 符合要求的供应商不足3家的，终止采购活动); 政府采购竞争性磋商采购方式管理
   * 暂行办法第三十四条 (竞争性磋商, likewise; note 财库〔2015〕124号 lets a 政府购买服务 project in
   * 竞争性磋商 continue with 2 suppliers: not applied here, unconfirmed for Shenzhen).
   */
  public static final int MIN_QUALIFIED_BIDS = 3;
  /** the methods that need {@link #MIN_QUALIFIED_BIDS}; any other (single source) needs one */
  public static final Set<ProcurementMethod> METHODS_NEEDING_THREE = EnumSet.of(ProcurementMethod.OPEN_TENDER,
      ProcurementMethod.INVITED_TENDER, ProcurementMethod.COMPETITIVE_NEGOTIATION,
      ProcurementMethod.COMPETITIVE_CONSULTATION, ProcurementMethod.REQUEST_FOR_QUOTATION);

  static final int MAX_REASON = TenderChoices.MAX_REASON;
  static final int MAX_UNMET = 4000;
  static final int MAX_USER = 64;

  /**
   * A bid's qualification.
   *
   * @param unmetReasons one reason per line, "" when qualified
   * @param decision     CONFIRM or OVERRIDE, null until decided
   * @param qualified    the final result, null until decided
   */
  public record Result(long bidId, long tenderId, boolean autoQualified, String unmetReasons, String decision,
      String overrideReason, Boolean qualified, String reviewedBy) {

    static Result of(BidQualification q) {
      return new Result(q.getBidId(), q.getTenderId(), q.isAutoQualified(), q.getUnmetReasons(), q.getDecision(),
          q.getOverrideReason(), q.getQualified(), q.getReviewedBy());
    }
  }

  /**
   * The end of the review.
   *
   * @param qualifiedBidIds the finally qualified bids, by id
   * @param tenderFailed    fewer than {@code minimumQualified}: the tender is FAILED
   */
  public record Conclusion(long tenderId, List<Long> qualifiedBidIds, int minimumQualified, boolean tenderFailed) {

    public Conclusion {
      qualifiedBidIds = List.copyOf(qualifiedBidIds);
    }

    public int qualifiedCount() {
      return qualifiedBidIds.size();
    }
  }

  private final TenderRepository tenders;
  private final BidRepository bids;
  private final BidQualificationRepository qualifications;
  private final SupplierService suppliers;
  private final TenderService tenderService;

  QualificationReview(TenderRepository tenders, BidRepository bids, BidQualificationRepository qualifications,
      SupplierService suppliers, TenderService tenderService) {
    this.tenders = tenders;
    this.bids = bids;
    this.qualifications = qualifications;
    this.suppliers = suppliers;
    this.tenderService = tenderService;
  }

  /** the minimum of qualified bids for the method: {@value #MIN_QUALIFIED_BIDS} or 1 */
  public static int minimumQualified(ProcurementMethod method) {
    return METHODS_NEEDING_THREE.contains(method) ? MIN_QUALIFIED_BIDS : 1;
  }

  /** the bid's qualification, if checked */
  public Optional<Result> find(long bidId) {
    return qualifications.findByBidId(bidId).map(Result::of);
  }

  /**
   * Checks the bidder's qualification on the Beijing date of the tender's bid deadline (as it
   * stands, moved or not) and stores it; a bid already checked keeps its first result.
   *
   * @throws NoSuchElementException  when there is no such bid
   * @throws InvalidRequestException when the bid is not a submitted bid of a closed tender
   */
  @Transactional
  public Result check(long bidId, Instant now) {
    Objects.requireNonNull(now, "now");
    Optional<BidQualification> existing = qualifications.findByBidId(bidId);
    if (existing.isPresent()) {
      return Result.of(existing.get());
    }
    Bid bid = bids.findById(bidId).orElseThrow(() -> new NoSuchElementException("投标" + bidId + "不存在"));
    Tender tender = tenders.findById(bid.getTenderId()).orElseThrow();
    if (tender.getStatus() == TenderStatus.ANNOUNCED || tender.getStatus() == TenderStatus.CANCELLED) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」" + tender.getStatus().label()
          + "，截标后才审查投标人资格");
    }
    if (bid.getStatus() != BidStatus.SUBMITTED) {
      throw new InvalidRequestException("投标" + bidId + bid.getStatus().label() + "，只审查有效投标");
    }
    QualificationCheck check = suppliers.qualification(bid.getSupplierId(), TenderService.date(tender.getBidDeadline()));
    String reasons = StringUtils.abbreviate(check.unmet().stream().map(QualificationCheck.Unmet::reason)
        .collect(Collectors.joining("\n")), MAX_UNMET);
    return Result.of(qualifications.saveAndFlush(new BidQualification(bidId, tender.getId(), check.qualified(),
        check.qualified() ? "" : reasons, now.truncatedTo(ChronoUnit.SECONDS))));
  }

  /**
   * Records the registration authority's decision: CONFIRM keeps the automatic result, OVERRIDE
   * reverses it and needs a reason. The same decision again changes nothing.
   *
   * @throws NoSuchElementException  when the bid was not checked
   * @throws InvalidRequestException a decision other than CONFIRM or OVERRIDE, OVERRIDE without a
   *     reason, a reason over {@value #MAX_REASON} characters, no reviewer
   * @throws TenderConflictException when the bid was already decided otherwise
   */
  @Transactional
  public Result decide(long bidId, String decision, String overrideReason, String reviewer, Instant now) {
    Objects.requireNonNull(now, "now");
    BidQualification q = qualifications.findByBidId(bidId)
        .orElseThrow(() -> new NoSuchElementException("投标" + bidId + "尚未进行资格检查"));
    String chosen = StringUtils.strip(decision);
    String reason = StringUtils.stripToNull(overrideReason);
    String who = StringUtils.stripToNull(reviewer);
    if (chosen == null || !TenderChoices.QUALIFICATION_DECISIONS.contains(chosen)) {
      throw new InvalidRequestException("资格审查结论必须是 CONFIRM（确认自动审查结果）或 OVERRIDE（改变自动审查结果）：" + decision);
    }
    boolean override = TenderChoices.QUALIFICATION_OVERRIDE.equals(chosen);
    if (override && reason == null) {
      throw new InvalidRequestException("改变自动审查结果时必须填写理由（overrideReason）");
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw new InvalidRequestException("理由不能超过" + MAX_REASON + "个字符");
    }
    if (who == null || who.length() > MAX_USER) {
      throw new InvalidRequestException("缺少审查人（qualificationReviewer）或超过" + MAX_USER + "个字符");
    }
    String storedReason = override ? reason : null;
    if (q.isDecided()) {
      if (q.getDecision().equals(chosen) && Objects.equals(q.getOverrideReason(), storedReason)) {
        return Result.of(q);
      }
      throw new TenderConflictException("投标" + bidId + "的资格审查已由" + q.getReviewedBy() + "作出结论（"
          + q.getDecision() + "），不能更改");
    }
    q.decide(chosen, storedReason, who, now.truncatedTo(ChronoUnit.SECONDS));
    return Result.of(qualifications.saveAndFlush(q));
  }

  /**
   * Counts the finally qualified bids; fewer than the method needs fails the tender (废标). May
   * run again: the count is the stored one and failing is idempotent.
   *
   * @param method the tender's procurement method; null: the tender's own
   * @throws NoSuchElementException  when there is no such tender
   * @throws InvalidRequestException while a submitted bid has no decision, or the tender is not closed
   */
  @Transactional
  public Conclusion conclude(long tenderId, ProcurementMethod method, Instant now) {
    Objects.requireNonNull(now, "now");
    Tender tender = tenders.findById(tenderId)
        .orElseThrow(() -> new NoSuchElementException("招标项目" + tenderId + "不存在"));
    Map<Long, BidQualification> byBid = qualifications.findByTenderIdOrderByBidId(tenderId).stream()
        .collect(Collectors.toMap(BidQualification::getBidId, Function.identity()));
    List<Long> undecided = bids.findByTenderIdAndStatusOrderById(tenderId, BidStatus.SUBMITTED).stream()
        .map(Bid::getId)
        .filter(id -> !byBid.containsKey(id) || !byBid.get(id).isDecided())
        .toList();
    if (!undecided.isEmpty()) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」的投标" + undecided
          + "尚未完成资格审查");
    }
    List<Long> qualified = byBid.values().stream()
        .filter(q -> Boolean.TRUE.equals(q.getQualified()))
        .map(BidQualification::getBidId)
        .sorted()
        .toList();
    int minimum = minimumQualified(method == null ? tender.getProcurementMethod() : method);
    boolean failed = qualified.size() < minimum;
    if (failed) {
      tenderService.markFailed(tenderId, now);
    }
    return new Conclusion(tenderId, qualified, minimum, failed);
  }
}
