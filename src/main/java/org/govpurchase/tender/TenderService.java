package org.govpurchase.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.QualificationCheck;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.tender.TenderViews.ClarificationView;
import org.govpurchase.tender.TenderViews.Closing;
import org.govpurchase.tender.TenderViews.PublicClarification;
import org.govpurchase.tender.TenderViews.PublicTender;
import org.govpurchase.tender.TenderViews.TenderSummary;
import org.govpurchase.tender.TenderViews.TenderView;
import org.govpurchase.web.ConflictException;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Tenders and bids with their statutory rules. A process drives a tender by its id: announcing is
 * keyed on the procurement number, answering on the clarification's id, replacing and withdrawing
 * on the bid's id, closing on the tender's id; each may run twice. Every method takes {@code now}
 * so that callers (and tests) decide the time.
 *
 * <p>Rules [law]: for a tender (公开招标, 邀请招标) at least 20 days from the day the tender
 * documents are first issued to the bid deadline (政府采购法第三十五条); a clarification issued
 * later than 15 days before the deadline moves the deadline so that 15 days remain (政府采购货物
 * 和服务招标投标管理办法第二十七条). Days are calendar days counted on Beijing dates; a moved
 * deadline keeps its time of day.
 *
 * <p>Bids are refused, with nothing written, after the deadline, when the tender is not
 * ANNOUNCED, when the user acts for no supplier or another one than the bid's (403), and when the
 * supplier is not ACTIVE; an invited tender takes bids only from the suppliers drawn for it (403). Bid writes lock the tender's row, so they queue with each other and with
 * closing; the schema allows one SUBMITTED version per supplier and tender.
 */
@Service
@Transactional(readOnly = true)
public class TenderService {

  /**
   * the methods that are tenders (招标) and carry both periods: the bid window
   * ({@link StatutoryPeriods#getBidWindowDays()}) and the days a clarification leaves before the
   * deadline ({@link StatutoryPeriods#getClarificationLeadDays()})
   */
  public static final Set<ProcurementMethod> TENDER_METHODS =
      EnumSet.of(ProcurementMethod.OPEN_TENDER, ProcurementMethod.INVITED_TENDER);

  static final int MAX_TITLE = 200;
  static final int MAX_REQUIREMENTS = 2000;
  static final int MAX_QUESTION = 1000;
  static final int MAX_ANSWER = 2000;
  static final int MAX_SUMMARY = 2000;
  static final int MAX_USER = 64;
  static final Pattern PROCUREMENT_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
  /** DECIMAL(15,2) */
  static final BigDecimal MAX_PRICE = new BigDecimal("9999999999999.99");
  static final String NOT_INVITED = "贵单位未受邀参加本项目邀请招标";

  private final TenderRepository tenders;
  private final ClarificationRepository clarifications;
  private final BidRepository bids;
  private final SupplierService suppliers;
  private final StatutoryPeriods periods;
  private final boolean backdatedDocumentsAllowed;

  /**
   * @param backdatedDocumentsAllowed {@code platform.tender.backdated-documents-allowed}: true only
   *     in the demo profile, so that a whole tender runs in minutes; otherwise the documents cannot
   *     be dated before the day of announcing, or the 20-day window could be cut short on paper
   */
  TenderService(TenderRepository tenders, ClarificationRepository clarifications, BidRepository bids,
      SupplierService suppliers, StatutoryPeriods periods,
      @Value("${platform.tender.backdated-documents-allowed:false}") boolean backdatedDocumentsAllowed) {
    this.tenders = tenders;
    this.clarifications = clarifications;
    this.bids = bids;
    this.suppliers = suppliers;
    this.periods = periods;
    this.backdatedDocumentsAllowed = backdatedDocumentsAllowed;
  }

  // ---- reading -------------------------------------------------------------------------------

  /** the tenders taking bids at {@code now}, soonest deadline first */
  public List<TenderSummary> openTenders(Instant now) {
    return tenders.findByStatusAndBidDeadlineAfterOrderByBidDeadlineAscIdAsc(TenderStatus.ANNOUNCED, now)
        .stream().map(TenderSummary::of).toList();
  }

  /**
   * The tender with every clarification, answered or not (for the buyer and the process).
   *
   * @throws NoSuchElementException when there is no such tender
   */
  public TenderView tender(long id) {
    Tender tender = find(id);
    return TenderView.of(tender, clarifications.findByTenderIdOrderById(id).stream()
        .map(ClarificationView::of).toList());
  }

  /**
   * The tender as a supplier user sees it: answered clarifications and the organization's own questions.
   *
   * @throws NoSuchElementException when there is no such tender
   */
  TenderView tenderForSupplier(long id, String userId) {
    Tender tender = find(id);
    Optional<Long> own = suppliers.organizationOf(userId);
    return TenderView.of(tender, clarifications.findByTenderIdOrderById(id).stream()
        .filter(c -> c.isAnswered() || own.map(o -> o == c.getAskedBySupplierId()).orElse(false))
        .map(ClarificationView::of).toList());
  }

  /**
   * 招标公告: the announcement with its answered clarifications, never who asked or who bids.
   *
   * @throws NoSuchElementException when there is no tender with this number
   */
  public PublicTender publicTender(String procurementNo) {
    Tender tender = tenders.findByProcurementNo(StringUtils.strip(procurementNo))
        .orElseThrow(() -> new NoSuchElementException("采购项目「" + procurementNo + "」没有招标公告"));
    return PublicTender.of(tender, clarifications.findByTenderIdOrderById(tender.getId()).stream()
        .filter(Clarification::isAnswered).map(PublicClarification::of).toList());
  }

  /**
   * The latest version of the user's organization's bid, whatever its status; empty if it never bid.
   *
   * @throws NoSuchElementException   when there is no such tender
   * @throws BidAccessDeniedException when the user acts for no supplier
   */
  public Optional<BidView> myBid(long tenderId, String userId) {
    find(tenderId);
    long supplierId = organization(userId);
    return bids.findFirstByTenderIdAndSupplierIdOrderByVersionDesc(tenderId, supplierId).map(BidView::of);
  }

  /**
   * The submitted bids of a closed tender (sealed before).
   *
   * @throws NoSuchElementException  when there is no such tender
   * @throws InvalidRequestException while the tender is still announced
   */
  public List<BidView> submittedBids(long tenderId) {
    Tender tender = find(tenderId);
    if (tender.getStatus() == TenderStatus.ANNOUNCED) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」尚未截标，投标文件在截标前保密");
    }
    return submitted(tenderId);
  }

  /**
   * One version of a bid, whatever its status (for the process and its forms).
   *
   * @return empty when there is no such bid
   */
  public Optional<BidView> bid(long bidId) {
    return bids.findById(bidId).map(BidView::of);
  }

  // ---- announcing ----------------------------------------------------------------------------

  /**
   * Announces the tender of an approved plan. Keyed on {@code procurementNo}: announcing the same
   * number for the same plan and method again returns the tender as it stands.
   *
   * @param documentsIssuedOn the Beijing date the tender documents are first issued
   * @param requestedDeadline the bid deadline (whole seconds are kept)
   * @throws NoSuchElementException   when there is no such plan
   * @throws TenderConflictException  when the number is already used for another plan or method
   * @throws InvalidRequestException  listing every problem, among them the 20-day rule; nothing is written
   */
  @Transactional
  public TenderView announce(String procurementNo, long planId, ProcurementMethod method, String title,
      String requirements, LocalDate documentsIssuedOn, Instant requestedDeadline, Instant now) {
    Objects.requireNonNull(now, "now");
    String number = StringUtils.strip(procurementNo);
    if (number == null || !PROCUREMENT_NO.matcher(number).matches()) {
      throw new InvalidRequestException("采购编号须为1至32位字母、数字或连字符，如SZ-2026-0001");
    }
    Optional<Tender> existing = tenders.findByProcurementNo(number);
    if (existing.isPresent()) {
      Tender tender = existing.get();
      if (tender.getPlanId() != planId || tender.getProcurementMethod() != method) {
        throw new TenderConflictException("采购编号「" + number + "」已用于购买计划" + tender.getPlanId() + "的"
            + tender.getProcurementMethod().label() + "公告");
      }
      return tender(tender.getId());
    }
    String planStatus = tenders.planStatus(planId)
        .orElseThrow(() -> new NoSuchElementException("购买计划" + planId + "不存在"));
    String text = StringUtils.strip(title);
    String required = StringUtils.strip(requirements);
    Instant deadline = requestedDeadline == null ? null : requestedDeadline.truncatedTo(ChronoUnit.SECONDS);
    List<String> problems = new ArrayList<>();
    if (!"APPROVED".equals(planStatus)) {
      problems.add("购买计划" + planId + "尚未批准，不能发布采购公告");
    }
    if (method == null) {
      problems.add("请指明采购方式（procurementMethod）");
    } else if (method == ProcurementMethod.DIRECT_PURCHASE) {
      problems.add("直接购买不发布采购公告，不接受投标");
    }
    if (StringUtils.isEmpty(text)) {
      problems.add("请填写项目名称（title）");
    } else if (text.length() > MAX_TITLE) {
      problems.add("项目名称不能超过" + MAX_TITLE + "个字符");
    }
    if (StringUtils.isEmpty(required)) {
      problems.add("请填写采购需求（requirements）");
    } else if (required.length() > MAX_REQUIREMENTS) {
      problems.add("采购需求不能超过" + MAX_REQUIREMENTS + "个字符");
    }
    if (documentsIssuedOn == null) {
      problems.add("请填写招标文件发出之日（documentsIssuedOn）");
    } else if (!backdatedDocumentsAllowed && documentsIssuedOn.isBefore(date(now))) {
      problems.add("招标文件发出之日" + documentsIssuedOn + "早于公告之日" + date(now) + "：发出之日不能倒签");
    }
    if (deadline == null) {
      problems.add("请填写投标截止时间（bidDeadline）");
    } else if (!deadline.isAfter(now)) {
      problems.add("投标截止时间" + show(deadline) + "已过");
    } else if (documentsIssuedOn != null && method != null && TENDER_METHODS.contains(method)) {
      LocalDate earliest = documentsIssuedOn.plusDays(periods.getBidWindowDays());
      if (date(deadline).isBefore(earliest)) {
        problems.add(method.label() + "自招标文件开始发出之日起至投标截止之日止不得少于" + periods.getBidWindowDays()
            + "日（政府采购法第三十五条）：招标文件" + documentsIssuedOn + "发出，投标截止时间不得早于" + earliest
            + "，申请的截止时间为" + show(deadline));
      }
    } else if (documentsIssuedOn != null && date(deadline).isBefore(documentsIssuedOn)) {
      problems.add("投标截止时间" + show(deadline) + "早于采购文件发出之日" + documentsIssuedOn);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }
    Tender tender = tenders.saveAndFlush(new Tender(number, planId, method, text, required, documentsIssuedOn,
        deadline, seconds(now)));
    return tender(tender.getId());
  }

  // ---- clarifications ------------------------------------------------------------------------

  /**
   * A supplier's question about the tender documents, while the tender takes bids.
   *
   * @throws NoSuchElementException   when there is no such tender
   * @throws BidAccessDeniedException when the user acts for no supplier
   * @throws InvalidRequestException  after the deadline, when not announced, or an empty or too long question
   */
  @Transactional
  public ClarificationView askClarification(long tenderId, String userId, String question, Instant now) {
    Tender tender = find(tenderId);
    long supplierId = organization(userId);
    requireOpen(tender, now, "提出澄清问题");
    String text = StringUtils.strip(question);
    if (StringUtils.isEmpty(text)) {
      throw new InvalidRequestException("请填写问题（question）");
    } else if (text.length() > MAX_QUESTION) {
      throw new InvalidRequestException("问题不能超过" + MAX_QUESTION + "个字符");
    }
    Clarification asked = clarifications.saveAndFlush(
        Clarification.question(tenderId, supplierId, userId, text, seconds(now)));
    return ClarificationView.of(asked);
  }

  /**
   * The buyer's answer, published to every supplier. Issued later than 15 days before the bid
   * deadline of a tender, it moves the deadline so that 15 days remain [law], recorded with the
   * answer. Keyed on the clarification: the same answer again changes nothing.
   *
   * @throws NoSuchElementException  when there is no such clarification
   * @throws TenderConflictException when it was already answered differently
   * @throws InvalidRequestException after the deadline, when not announced, or an empty or too long answer
   */
  @Transactional
  public ClarificationView answerClarification(long clarificationId, String answer, String answeredBy,
      Instant now) {
    long tenderId = clarifications.tenderIdOf(clarificationId)
        .orElseThrow(() -> new NoSuchElementException("澄清问题" + clarificationId + "不存在"));
    Tender tender = locked(tenderId);
    Clarification clarification = clarifications.findById(clarificationId).orElseThrow();
    String text = StringUtils.strip(answer);
    if (StringUtils.isEmpty(text)) {
      throw new InvalidRequestException("请填写答复（answer）");
    } else if (text.length() > MAX_ANSWER) {
      throw new InvalidRequestException("答复不能超过" + MAX_ANSWER + "个字符");
    }
    if (clarification.isAnswered()) {
      if (clarification.getAnswer().equals(text)) {
        return ClarificationView.of(clarification);
      }
      throw new TenderConflictException("澄清问题" + clarificationId + "已于" + show(clarification.getAnsweredAt())
          + "答复，答复不能更改");
    }
    requireOpen(tender, now, "答复澄清问题");
    Instant issuedAt = seconds(now);
    Instant movedTo = deadlineAfterClarification(tender.getProcurementMethod(), tender.getBidDeadline(), issuedAt);
    if (movedTo != null) {
      tender.moveDeadline(movedTo);
      tenders.saveAndFlush(tender);
    }
    clarification.answer(text, user(answeredBy), issuedAt, movedTo);
    return ClarificationView.of(clarifications.saveAndFlush(clarification));
  }

  /**
   * Where a clarification issued at {@code issuedAt} moves the deadline of a tender, or null when
   * at least 15 days (Beijing dates) remain or the method is not a tender: the first day that
   * leaves 15 days, at the deadline's time of day.
   */
  Instant deadlineAfterClarification(ProcurementMethod method, Instant deadline, Instant issuedAt) {
    if (!TENDER_METHODS.contains(method)) {
      return null;
    }
    LocalDate earliest = date(issuedAt).plusDays(periods.getClarificationLeadDays());
    ZonedDateTime current = deadline.atZone(BeijingTime.ZONE);
    if (!current.toLocalDate().isBefore(earliest)) {
      return null;
    }
    return earliest.atTime(current.toLocalTime()).atZone(BeijingTime.ZONE).toInstant();
  }

  // ---- bids ----------------------------------------------------------------------------------

  /**
   * The user's organization's bid.
   *
   * @throws NoSuchElementException   when there is no such tender
   * @throws BidAccessDeniedException when the user acts for no supplier, or for one not invited to an invited tender
   * @throws InvalidRequestException  after the deadline, when not announced, the supplier not ACTIVE, a bad price or summary
   * @throws TenderConflictException  when the organization already has a submitted bid (replace or withdraw it)
   */
  @Transactional
  public BidView submitBid(long tenderId, String userId, BigDecimal price, String summary, Instant now) {
    Tender tender = locked(tenderId);
    long supplierId = organization(userId);
    requireOpen(tender, now, "投标");
    requireInvited(tender, supplierId);
    requireActive(supplierId, now);
    String text = validBid(price, summary);
    Optional<Bid> active = bids.findByTenderIdAndSupplierIdAndStatus(tenderId, supplierId, BidStatus.SUBMITTED);
    if (active.isPresent()) {
      throw new TenderConflictException("已提交投标（第" + active.get().getVersion() + "版，编号" + active.get().getId()
          + "），如需变更请修改或撤回该投标");
    }
    return BidView.of(bids.saveAndFlush(new Bid(tenderId, supplierId, nextVersion(tenderId, supplierId), price,
        text, user(userId), seconds(now))));
  }

  /**
   * Replaces a submitted bid with a new version; the old one becomes REPLACED.
   *
   * @throws NoSuchElementException   when there is no such bid
   * @throws BidAccessDeniedException when the user acts for no supplier or another one than the bid's
   * @throws InvalidRequestException  after the deadline, when not announced, the supplier not ACTIVE, a bad price or summary
   * @throws TenderConflictException  when the bid was already replaced or withdrawn
   */
  @Transactional
  public BidView replaceBid(long bidId, String userId, BigDecimal price, String summary, Instant now) {
    Tender tender = locked(tenderOfBid(bidId));
    Bid old = bids.findById(bidId).orElseThrow();
    return replace(tender, old, userId, price, summary, now);
  }

  /**
   * Replaces the organization's submitted bid ({@code PUT .../bids/mine}).
   *
   * @throws NoSuchElementException when there is no such tender or the organization has no submitted bid
   * @see #replaceBid(long, String, BigDecimal, String, Instant)
   */
  @Transactional
  public BidView replaceMyBid(long tenderId, String userId, BigDecimal price, String summary, Instant now) {
    Tender tender = locked(tenderId);
    return replace(tender, activeBid(tenderId, organization(userId)), userId, price, summary, now);
  }

  private BidView replace(Tender tender, Bid old, String userId, BigDecimal price, String summary, Instant now) {
    requireOwn(old, userId);
    requireOpen(tender, now, "修改投标");
    requireActive(old.getSupplierId(), now);
    String text = validBid(price, summary);
    if (old.getStatus() != BidStatus.SUBMITTED) {
      throw new TenderConflictException("第" + old.getVersion() + "版投标（编号" + old.getId() + "）"
          + old.getStatus().label() + "，只能修改当前有效的投标");
    }
    Instant at = seconds(now);
    old.end(BidStatus.REPLACED, user(userId), at);
    // the old version leaves the "one submitted" key before the new one takes it
    bids.saveAndFlush(old);
    return BidView.of(bids.saveAndFlush(new Bid(old.getTenderId(), old.getSupplierId(),
        nextVersion(old.getTenderId(), old.getSupplierId()), price, text, user(userId), at)));
  }

  /**
   * Withdraws a submitted bid before the deadline; withdrawing it again changes nothing. A
   * supplier that was suspended may still withdraw.
   *
   * @throws NoSuchElementException   when there is no such bid
   * @throws BidAccessDeniedException when the user acts for no supplier or another one than the bid's
   * @throws InvalidRequestException  after the deadline or when not announced
   * @throws TenderConflictException  when the bid was replaced by a later version
   */
  @Transactional
  public BidView withdrawBid(long bidId, String userId, Instant now) {
    Tender tender = locked(tenderOfBid(bidId));
    return withdraw(tender, bids.findById(bidId).orElseThrow(), userId, now);
  }

  /**
   * Withdraws the organization's submitted bid ({@code DELETE .../bids/mine}).
   *
   * @throws NoSuchElementException when there is no such tender or the organization has no submitted bid
   * @see #withdrawBid(long, String, Instant)
   */
  @Transactional
  public BidView withdrawMyBid(long tenderId, String userId, Instant now) {
    Tender tender = locked(tenderId);
    return withdraw(tender, activeBid(tenderId, organization(userId)), userId, now);
  }

  private BidView withdraw(Tender tender, Bid bid, String userId, Instant now) {
    requireOwn(bid, userId);
    requireOpen(tender, now, "撤回投标");
    if (bid.getStatus() == BidStatus.WITHDRAWN) {
      return BidView.of(bid);
    }
    if (bid.getStatus() == BidStatus.REPLACED) {
      throw new TenderConflictException("第" + bid.getVersion() + "版投标（编号" + bid.getId()
          + "）已被新版本替换，请撤回当前有效的投标");
    }
    bid.end(BidStatus.WITHDRAWN, user(userId), seconds(now));
    return BidView.of(bids.saveAndFlush(bid));
  }

  // ---- closing -------------------------------------------------------------------------------

  /**
   * Closes the tender at its deadline (截标) and returns the submitted bids, by id, for
   * qualification. Closing a closed tender again returns the same bids.
   *
   * @throws NoSuchElementException  when there is no such tender
   * @throws InvalidRequestException before the deadline, or when the tender is cancelled, failed or awarded
   */
  @Transactional
  public List<BidView> close(long tenderId, Instant now) {
    Tender tender = locked(tenderId);
    if (tender.getStatus() == TenderStatus.CLOSED) {
      return submitted(tenderId);
    }
    if (tender.getStatus() != TenderStatus.ANNOUNCED) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」" + tender.getStatus().label()
          + "，不能截标");
    }
    if (now.isBefore(tender.getBidDeadline())) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」投标截止时间为"
          + show(tender.getBidDeadline()) + "（北京时间），截止前不能截标");
    }
    tender.close(seconds(now));
    tenders.saveAndFlush(tender);
    return submitted(tenderId);
  }

  /**
   * Marks a closed tender AWARDED (中标). Awarding an awarded tender again changes nothing.
   *
   * @throws NoSuchElementException  when there is no such tender
   * @throws InvalidRequestException when the tender is not CLOSED (or already AWARDED)
   */
  @Transactional
  public void markAwarded(long tenderId) {
    conclude(tenderId, TenderStatus.AWARDED, "确定中标");
  }

  /**
   * Marks a closed tender FAILED (废标), e.g. too few qualified bids. Failing a failed tender again
   * changes nothing.
   *
   * @param now kept for the callers' sake: the tender keeps its closing time
   * @throws NoSuchElementException  when there is no such tender
   * @throws InvalidRequestException when the tender is not CLOSED (or already FAILED)
   */
  @Transactional
  public void markFailed(long tenderId, Instant now) {
    Objects.requireNonNull(now, "now");
    conclude(tenderId, TenderStatus.FAILED, "废标");
  }

  private void conclude(long tenderId, TenderStatus to, String action) {
    Tender tender = locked(tenderId);
    if (tender.getStatus() == to) {
      return;
    }
    if (tender.getStatus() != TenderStatus.CLOSED) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」" + tender.getStatus().label()
          + "，不能" + action + "（须先截标）");
    }
    tender.conclude(to);
    tenders.saveAndFlush(tender);
  }

  /**
   * tender.close: closes the tender when its deadline, possibly moved by a clarification, has
   * come; otherwise leaves it and tells the current deadline, for the process to wait again.
   * Decided under the tender's lock, so an answer that moves the deadline is never half seen.
   *
   * @throws NoSuchElementException  when there is no such tender
   * @throws InvalidRequestException when the tender is cancelled, failed or awarded
   */
  @Transactional
  public Closing closeIfDue(long tenderId, Instant now) {
    Objects.requireNonNull(now, "now");
    Tender tender = locked(tenderId);
    if (tender.getStatus() == TenderStatus.ANNOUNCED && now.isBefore(tender.getBidDeadline())) {
      return new Closing(false, tender.getBidDeadline(), List.of());
    }
    List<Long> bidIds = close(tenderId, now).stream().map(BidView::id).toList();
    return new Closing(true, tender.getBidDeadline(), bidIds);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private List<BidView> submitted(long tenderId) {
    return bids.findByTenderIdAndStatusOrderById(tenderId, BidStatus.SUBMITTED).stream().map(BidView::of).toList();
  }

  private void requireOpen(Tender tender, Instant now, String action) {
    Objects.requireNonNull(now, "now");
    if (tender.getStatus() != TenderStatus.ANNOUNCED) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」" + tender.getStatus().label()
          + "，不能" + action);
    }
    if (!now.isBefore(tender.getBidDeadline())) {
      throw new InvalidRequestException("招标项目「" + tender.getProcurementNo() + "」投标截止时间为"
          + show(tender.getBidDeadline()) + "（北京时间），截止后不能" + action);
    }
  }

  /**
   * An invited tender (邀请招标) takes bids only from the suppliers drawn for its procurement
   * number (the draw key of tender.drawInvitations).
   */
  private void requireInvited(Tender tender, long supplierId) {
    if (tender.getProcurementMethod() == ProcurementMethod.INVITED_TENDER
        && !tenders.invitedSuppliers(tender.getProcurementNo()).contains(supplierId)) {
      throw new BidAccessDeniedException(NOT_INVITED + "（采购项目「" + tender.getProcurementNo() + "」）");
    }
  }

  private void requireActive(long supplierId, Instant now) {
    QualificationCheck check = suppliers.qualification(supplierId, date(now));
    check.unmet().stream().filter(u -> QualificationCheck.STATUS.equals(u.code())).findFirst().ifPresent(u -> {
      // the supplier's standing, not the request, is wrong: 409 with the reason (and a disqualification's end date)
      throw new ConflictException(u.reason() + "，不能投标");
    });
  }

  private void requireOwn(Bid bid, String userId) {
    long supplierId = organization(userId);
    if (supplierId != bid.getSupplierId()) {
      throw new BidAccessDeniedException("用户「" + userId + "」不代表投标" + bid.getId() + "的承接主体，不能操作该投标");
    }
  }

  private long organization(String userId) {
    return suppliers.organizationOf(userId).orElseThrow(() ->
        new BidAccessDeniedException("用户「" + userId + "」不属于任何承接主体，不能以承接主体身份操作"));
  }

  private static String validBid(BigDecimal price, String summary) {
    String text = StringUtils.strip(summary);
    List<String> problems = new ArrayList<>();
    if (price == null) {
      problems.add("请填写投标报价（price）");
    } else if (price.signum() <= 0) {
      problems.add("投标报价须大于0");
    } else if (price.stripTrailingZeros().scale() > 2) {
      problems.add("投标报价以元为单位，最多两位小数");
    } else if (price.compareTo(MAX_PRICE) > 0) {
      problems.add("投标报价不能超过" + MAX_PRICE.toPlainString() + "元");
    }
    if (StringUtils.isEmpty(text)) {
      problems.add("请填写投标方案摘要（proposalSummary）");
    } else if (text.length() > MAX_SUMMARY) {
      problems.add("投标方案摘要不能超过" + MAX_SUMMARY + "个字符");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }
    return text;
  }

  private Bid activeBid(long tenderId, long supplierId) {
    return bids.findByTenderIdAndSupplierIdAndStatus(tenderId, supplierId, BidStatus.SUBMITTED)
        .orElseThrow(() -> new NoSuchElementException("没有已提交的投标"));
  }

  private int nextVersion(long tenderId, long supplierId) {
    return bids.findFirstByTenderIdAndSupplierIdOrderByVersionDesc(tenderId, supplierId)
        .map(b -> b.getVersion() + 1).orElse(1);
  }

  private long tenderOfBid(long bidId) {
    return bids.tenderIdOf(bidId).orElseThrow(() -> new NoSuchElementException("投标" + bidId + "不存在"));
  }

  private Tender find(long id) {
    return tenders.findById(id).orElseThrow(() -> new NoSuchElementException("招标项目" + id + "不存在"));
  }

  private Tender locked(long id) {
    return tenders.findLockedById(id).orElseThrow(() -> new NoSuchElementException("招标项目" + id + "不存在"));
  }

  static LocalDate date(Instant instant) {
    return instant.atZone(BeijingTime.ZONE).toLocalDate();
  }

  private static String show(Instant instant) {
    return BeijingTime.shownToMinute(instant);
  }

  private static String user(String userId) {
    return StringUtils.defaultIfBlank(StringUtils.truncate(userId, MAX_USER), "system");
  }

  /** whole seconds: the MySQL URL sends no fractional seconds, so what we hold is what is stored */
  private static Instant seconds(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }
}
