package org.govpurchase.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.award.AwardService;
import org.govpurchase.award.AwardStatus;
import org.govpurchase.award.AwardViews.AwardView;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.contract.ContractViews.ContractView;
import org.govpurchase.contract.ContractViews.FilingView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.contract.ContractViews.PreparedDraft;
import org.govpurchase.contract.ContractViews.PublicContract;
import org.govpurchase.plan.ApprovedPlan;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Contracts (合同) from the award in force to the finance bureau's filing. Every write is keyed on
 * the award or the contract and may run twice; every method takes {@code now}.
 *
 * <p>Rules [law]: the contract is signed within 30 days of the award notice (政府采购法第四十六条):
 * the deadline is the end (23:59:59 Beijing) of the 30th calendar day after the announcement; it
 * states parties, amount (the award's price), term, scope and content, service requirements,
 * payment (schedule and route) and liability for breach; it is published within 2 working days and
 * filed within 7 working days of signing (those deadlines are the process's timers).
 *
 * <p>Filing decisions: the finance bureau's RETURN is taken in a user task; it is recorded on the
 * undecided attempt by the next {@link #submitFiling} (which gets the reason and reviewer with the
 * correction), ACCEPT by {@link #recordFiling}. So every attempt ends with its decision.
 */
@Service
@Transactional(readOnly = true)
public class ContractService {

  public static final int MAX_SCOPE = 2000;
  public static final int MAX_REQUIREMENTS = 2000;
  /** the breach_liability column's length; the draft form says the same */
  public static final int MAX_BREACH = 1000;
  public static final int MAX_RETURN_REASON = 500;
  public static final int MAX_CORRECTION = 1000;
  static final int MAX_USER = 64;

  private final ContractRepository contracts;
  private final ContractInstalmentRepository instalments;
  private final ContractFilingRepository filings;
  private final ContractAmendmentRepository amendments;
  private final AwardService awards;
  private final ApprovedPlans plans;
  private final SupplierService suppliers;
  private final StatutoryPeriods periods;

  ContractService(ContractRepository contracts, ContractInstalmentRepository instalments,
      ContractFilingRepository filings, ContractAmendmentRepository amendments, AwardService awards,
      ApprovedPlans plans, SupplierService suppliers, StatutoryPeriods periods) {
    this.periods = periods;
    this.contracts = contracts;
    this.instalments = instalments;
    this.filings = filings;
    this.amendments = amendments;
    this.awards = awards;
    this.plans = plans;
    this.suppliers = suppliers;
  }

  /** the end (23:59:59 Beijing) of the signing period's last calendar day after the award notice [law: 30 days] */
  public Instant signDeadline(Instant announcedAt) {
    LocalDate day = announcedAt.atZone(BeijingTime.ZONE).toLocalDate().plusDays(periods.getSigningDays());
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(BeijingTime.ZONE).toInstant();
  }

  // ---- drafting ------------------------------------------------------------------------------

  /**
   * The contract's frame from the announced award and its approved plan: parties, amount = the
   * award's price, term = the plan's, payment route = the plan's funding source, and the signing
   * deadline. Keyed on the award: running it again returns the same contract.
   *
   * @throws NoSuchElementException    no such award or no approved plan
   * @throws ContractConflictException the award is not announced (or revoked)
   */
  @Transactional
  public PreparedDraft prepareDraft(String processInstanceId, long awardId, Instant now) {
    Objects.requireNonNull(now, "now");
    AwardView award = awards.find(awardId).orElseThrow(() -> new NoSuchElementException("中标（成交）结果" + awardId + "不存在"));
    ApprovedPlan plan = plans.find(award.planId());
    Contract contract = contracts.findByAwardId(awardId).orElse(null);
    if (contract == null) {
      if (award.status() != AwardStatus.ANNOUNCED || award.announcedAt() == null) {
        throw new ContractConflictException("采购项目「" + award.procurementNo() + "」的中标（成交）结果"
            + award.status().label() + "，不能起草合同");
      }
      contract = contracts.saveAndFlush(new Contract(award.procurementNo(), award.planId(), awardId,
          plan.agencyCode(), award.supplierId(), award.price().setScale(2), plan.termStart(), plan.termEnd(),
          plan.fundingSource(), signDeadline(award.announcedAt()), StringUtils.truncate(processInstanceId, 64),
          seconds(now)));
    }
    return new PreparedDraft(contract.getId(), contract.getSignDeadline(), summary(contract, award, plan),
        contract.getPaymentRoute());
  }

  /**
   * The drafted terms and the instalment schedule; DRAFT becomes SIGNING. Every term present and
   * within its length, 1 to 4 instalments with amounts over 0 in fen adding up exactly to the
   * contract amount, due dates within the term and strictly increasing. Re-registering replaces
   * the schedule while DRAFT; the same terms again while SIGNING change nothing.
   *
   * @throws ContractIncompleteException every problem found, nothing written
   * @throws ContractConflictException   the contract is past drafting and the terms differ
   * @throws NoSuchElementException      no such contract
   */
  @Transactional
  public ContractView registerDraft(long contractId, String scopeAndContent, String serviceRequirements,
      String breachLiability, List<Instalment> schedule, Instant now) {
    Objects.requireNonNull(now, "now");
    Contract contract = locked(contractId);
    String scope = StringUtils.strip(scopeAndContent);
    String requirements = StringUtils.strip(serviceRequirements);
    String breach = StringUtils.strip(breachLiability);
    List<Instalment> plan = schedule == null ? List.of() : schedule;
    if (contract.getStatus() != ContractStatus.DRAFT) {
      if (scope != null && scope.equals(contract.getScopeAndContent())
          && Objects.equals(requirements, contract.getServiceRequirements())
          && Objects.equals(breach, contract.getBreachLiability()) && sameSchedule(contractId, plan)) {
        return view(contract);
      }
      throw new ContractConflictException("合同" + contractId + "已" + contract.getStatus().label() + "，不能修改合同条款");
    }
    List<String> problems = new ArrayList<>(textProblems(scope, requirements, breach));
    problems.addAll(scheduleProblems(contract, plan));
    if (!problems.isEmpty()) {
      throw new ContractIncompleteException(problems);
    }
    instalments.deleteByContract(contractId);
    int seq = 1;
    for (Instalment i : plan) {
      instalments.save(new ContractInstalment(contractId, seq++, i.amount().setScale(2), i.dueDate()));
    }
    contract.draft(scope, requirements, breach);
    contracts.saveAndFlush(contract);
    return view(contract);
  }

  static List<String> textProblems(String scope, String requirements, String breach) {
    List<String> problems = new ArrayList<>();
    text(problems, scope, "服务范围和内容 / scopeAndContent", MAX_SCOPE);
    text(problems, requirements, "服务要求 / serviceRequirements", MAX_REQUIREMENTS);
    text(problems, breach, "违约责任 / breachLiability", MAX_BREACH);
    return problems;
  }

  private static void text(List<String> problems, String value, String name, int max) {
    if (StringUtils.isBlank(value)) {
      problems.add("请填写" + name);
    } else if (value.strip().length() > max) {
      problems.add(name + "不能超过" + max + "个字符");
    }
  }

  private static List<String> scheduleProblems(Contract contract, List<Instalment> schedule) {
    List<String> problems = new ArrayList<>();
    if (schedule.isEmpty() || schedule.size() > ContractProcess.MAX_INSTALMENTS) {
      problems.add("付款须分1至" + ContractProcess.MAX_INSTALMENTS + "期 / 1 to 4 instalments");
      return problems;
    }
    BigDecimal sum = BigDecimal.ZERO;
    LocalDate previous = null;
    for (int n = 0; n < schedule.size(); n++) {
      Instalment i = schedule.get(n);
      String which = "第" + (n + 1) + "期";
      if (i == null || i.amount() == null || i.dueDate() == null) {
        problems.add(which + "须有金额和支付日期");
        continue;
      }
      if (i.amount().signum() <= 0) {
        problems.add(which + "金额须大于0");
      } else if (Math.max(0, i.amount().stripTrailingZeros().scale()) > 2) {
        problems.add(which + "金额最多两位小数");
      }
      sum = sum.add(i.amount());
      if (i.dueDate().isBefore(contract.getTermStart()) || i.dueDate().isAfter(contract.getTermEnd())) {
        problems.add(which + "支付日期" + i.dueDate() + "须在服务期限" + contract.getTermStart() + "至"
            + contract.getTermEnd() + "之内");
      }
      if (previous != null && !i.dueDate().isAfter(previous)) {
        problems.add(which + "支付日期须晚于上一期（" + previous + "）");
      }
      previous = i.dueDate();
    }
    if (sum.compareTo(contract.getAmount()) != 0) {
      problems.add("各期金额合计" + sum.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "元，须等于合同金额"
          + contract.getAmount().toPlainString() + "元");
    }
    return problems;
  }

  private boolean sameSchedule(long contractId, List<Instalment> schedule) {
    List<ContractInstalment> stored = instalments.findByContractIdOrderBySeq(contractId);
    if (stored.size() != schedule.size()) {
      return false;
    }
    for (int n = 0; n < stored.size(); n++) {
      Instalment i = schedule.get(n);
      if (i == null || i.amount() == null || stored.get(n).getAmount().compareTo(i.amount()) != 0
          || !stored.get(n).getDueDate().equals(i.dueDate())) {
        return false;
      }
    }
    return true;
  }

  // ---- signing and publication ---------------------------------------------------------------

  /**
   * The supplier signs (乙方签字) through the API. Signing again for the same supplier returns the
   * contract as it stands.
   *
   * @throws NoSuchElementException         no such contract
   * @throws ContractAccessDeniedException  the user does not act for the awarded supplier
   * @throws ContractConflictException      the contract is not out for signing
   */
  @Transactional
  public ContractView signBySupplier(long contractId, String userId, Instant now) {
    return sign(contractId, userId, now).contract();
  }

  /** a supplier signature and whether this call made it (false: it was there already) */
  record Signature(ContractView contract, boolean fresh) {
  }

  @Transactional
  Signature sign(long contractId, String userId, Instant now) {
    Objects.requireNonNull(now, "now");
    Contract contract = locked(contractId);
    long supplierId = suppliers.organizationOf(userId).orElseThrow(() ->
        new ContractAccessDeniedException("用户「" + userId + "」不属于任何承接主体，不能签订合同"));
    if (supplierId != contract.getSupplierId()) {
      throw new ContractAccessDeniedException("合同" + contractId + "的乙方不是本承接主体，不能签订");
    }
    if (contract.getSupplierSignedAt() != null) {
      return new Signature(view(contract), false);
    }
    if (contract.getStatus() != ContractStatus.SIGNING) {
      throw new ContractConflictException("合同" + contractId + "当前" + contract.getStatus().label() + "，不能签订");
    }
    contract.signBySupplier(user(userId), seconds(now));
    contracts.saveAndFlush(contract);
    return new Signature(view(contract), true);
  }

  /**
   * Publishes the signed contract (合同公告): records the agency officer's signature if it is not
   * there yet, sets signed_at to the later of the two signatures. Publishing again returns it.
   *
   * @throws ContractConflictException the supplier has not signed, or no agency signatory is known
   */
  @Transactional
  public ContractView publish(long contractId, String agencySignatory, Instant now) {
    Objects.requireNonNull(now, "now");
    Contract contract = locked(contractId);
    if (contract.getStatus() == ContractStatus.PUBLISHED || contract.getStatus() == ContractStatus.FILED) {
      return view(contract);
    }
    if (contract.getStatus() == ContractStatus.DRAFT) {
      throw new ContractConflictException("合同" + contractId + "尚在起草，不能公告");
    }
    if (contract.getSupplierSignedAt() == null) {
      throw new ContractConflictException("合同" + contractId + "的乙方尚未签字，不能公告");
    }
    if (contract.getAgencySignedAt() == null) {
      if (StringUtils.isBlank(agencySignatory)) {
        throw new ContractConflictException("合同" + contractId + "的甲方签字人不明（agencySignatory），不能公告");
      }
      contract.signByAgency(user(agencySignatory), seconds(now));
    }
    contract.publish(seconds(now));
    contracts.saveAndFlush(contract);
    return view(contract);
  }

  // ---- filing with the finance bureau --------------------------------------------------------

  /**
   * Submits the published contract for filing (备案). Without an attempt: attempt 1. While the last
   * attempt is undecided: with a {@code returnReason} (the bureau returned it in Tasklist) that
   * attempt is recorded RETURNED by {@code reviewer} and a new attempt carries the correction;
   * without one it is a repeated run and the attempt is returned as it stands. A repeated run after
   * a return (the new attempt already carries this correction, the previous one this reason) also
   * returns it as it stands.
   *
   * @throws ContractConflictException not published yet
   * @throws InvalidRequestException   a correction or reason too long
   */
  @Transactional
  public FilingView submitFiling(long contractId, String correction, String returnReason, String reviewer,
      Instant now) {
    return submitFiling(contractId, null, correction, returnReason, reviewer, now);
  }

  /**
   * {@link #submitFiling(long, String, String, String, Instant)} for the contract ({@code amendmentId}
   * null) or for one of its amendments in force: the amended contract is filed like the first.
   * Attempts are numbered per contract, the amendments' after the contract's.
   *
   * @throws ContractConflictException the contract is not published or the amendment not in force
   */
  @Transactional
  public FilingView submitFiling(long contractId, Long amendmentId, String correction, String returnReason,
      String reviewer, Instant now) {
    Objects.requireNonNull(now, "now");
    Contract contract = locked(contractId);
    ContractAmendment amendment = amendment(contract, amendmentId);
    String fix = StringUtils.stripToNull(correction);
    String reason = StringUtils.stripToNull(returnReason);
    if (fix != null && fix.length() > MAX_CORRECTION) {
      throw new InvalidRequestException("补正说明不能超过" + MAX_CORRECTION + "个字符");
    }
    if (reason != null && reason.length() > MAX_RETURN_REASON) {
      throw new InvalidRequestException("退回理由不能超过" + MAX_RETURN_REASON + "个字符");
    }
    Optional<ContractFiling> last = lastAttempt(contractId, amendmentId);
    if (amendment == null ? contract.getStatus() == ContractStatus.FILED
        : amendment.getStatus() == AmendmentStatus.FILED) {
      return last.map(ContractService::filing).orElseThrow();
    }
    if (amendment == null && contract.getStatus() != ContractStatus.PUBLISHED) {
      throw new ContractConflictException("合同" + contractId + "尚未公告，不能报送备案");
    }
    if (amendment != null && amendment.getStatus() != AmendmentStatus.IN_FORCE) {
      throw new ContractConflictException("合同" + contractId + "第" + amendment.getSeq() + "次变更"
          + amendment.getStatus().label() + "，不能报送备案");
    }
    if (last.isPresent() && !last.get().isDecided()) {
      ContractFiling attempt = last.get();
      if (reason == null || isResubmission(contractId, amendmentId, attempt, fix, reason)) {
        return filing(attempt);
      }
      attempt.decide(FilingDecision.RETURNED, reason, user(reviewer), seconds(now));
      filings.saveAndFlush(attempt);
    }
    // no attempt yet, or the last is RETURNED now (here or through returnFiling): a new one
    int next = filings.findFirstByContractIdOrderByAttemptDesc(contractId).map(ContractFiling::getAttempt).orElse(0) + 1;
    return filing(filings.saveAndFlush(new ContractFiling(contractId, amendmentId, next, fix, seconds(now))));
  }

  /** the undecided attempt is the one a previous run made after recording this very return */
  private boolean isResubmission(long contractId, Long amendmentId, ContractFiling undecided, String correction,
      String reason) {
    List<ContractFiling> all = attempts(contractId, amendmentId);
    if (all.size() < 2 || !Objects.equals(undecided.getCorrection(), correction)) {
      return false;
    }
    ContractFiling before = all.get(all.size() - 2);
    return before.getDecision() == FilingDecision.RETURNED && reason.equals(before.getReturnReason());
  }

  /**
   * The finance bureau returned the filing for correction: the undecided attempt is RETURNED.
   * Returning again with the same reason changes nothing.
   *
   * @throws ContractConflictException nothing submitted, or the attempt was decided otherwise
   */
  @Transactional
  public FilingView returnFiling(long contractId, String reviewer, String reason, Instant now) {
    Objects.requireNonNull(now, "now");
    locked(contractId);
    String why = StringUtils.stripToNull(reason);
    if (why == null || why.length() > MAX_RETURN_REASON) {
      throw new InvalidRequestException("请填写退回理由（不超过" + MAX_RETURN_REASON + "个字符）");
    }
    ContractFiling attempt = lastAttempt(contractId, null)
        .orElseThrow(() -> new ContractConflictException("合同" + contractId + "尚未报送备案"));
    if (attempt.isDecided()) {
      if (attempt.getDecision() == FilingDecision.RETURNED && why.equals(attempt.getReturnReason())) {
        return filing(attempt);
      }
      throw new ContractConflictException("合同" + contractId + "第" + attempt.getAttempt() + "次备案已处理");
    }
    attempt.decide(FilingDecision.RETURNED, why, user(reviewer), seconds(now));
    return filing(filings.saveAndFlush(attempt));
  }

  /**
   * The finance bureau accepted the filing: the undecided attempt is ACCEPTED, a receipt number
   * HTBA-&lt;year&gt;-&lt;6-digit contract id&gt; is issued (the Beijing year of acceptance) and the contract is
   * FILED. Recording again returns it as it stands.
   *
   * @throws ContractConflictException nothing submitted or the last attempt was returned
   */
  @Transactional
  public ContractView recordFiling(long contractId, String reviewer, Instant now) {
    fileReceipt(contractId, null, reviewer, now);
    return view(locked(contractId));
  }

  /**
   * {@link #recordFiling} for the contract ({@code amendmentId} null) or an amendment in force,
   * whose receipt is the contract's number with -B and the amendment's number: HTBA-2026-000123-B1.
   *
   * @return the receipt number, the same on every run
   */
  @Transactional
  public String fileReceipt(long contractId, Long amendmentId, String reviewer, Instant now) {
    Objects.requireNonNull(now, "now");
    Contract contract = locked(contractId);
    ContractAmendment amendment = amendment(contract, amendmentId);
    if (amendment == null && contract.getStatus() == ContractStatus.FILED) {
      return contract.getFilingReceiptNo();
    }
    if (amendment != null && amendment.getStatus() == AmendmentStatus.FILED) {
      return amendment.getFilingReceiptNo();
    }
    String what = amendment == null ? "合同" + contractId : "合同" + contractId + "第" + amendment.getSeq() + "次变更";
    ContractFiling attempt = lastAttempt(contractId, amendmentId)
        .orElseThrow(() -> new ContractConflictException(what + "尚未报送备案"));
    if (attempt.isDecided()) {
      throw new ContractConflictException(what + "第" + attempt.getAttempt() + "次备案已被退回，须补正后重新报送");
    }
    Instant at = seconds(now);
    attempt.decide(FilingDecision.ACCEPTED, null, user(reviewer), at);
    filings.saveAndFlush(attempt);
    if (amendment == null) {
      contract.file(receiptNo(contractId, at), at);
      contracts.saveAndFlush(contract);
      return contract.getFilingReceiptNo();
    }
    amendment.file(receiptNo(contractId, at) + "-B" + amendment.getSeq(), at);
    amendments.saveAndFlush(amendment);
    return amendment.getFilingReceiptNo();
  }

  private ContractAmendment amendment(Contract contract, Long amendmentId) {
    if (amendmentId == null) {
      return null;
    }
    return amendments.findById(amendmentId).filter(a -> a.getContractId() == contract.getId())
        .orElseThrow(() -> new NoSuchElementException("合同" + contract.getId() + "没有变更" + amendmentId));
  }

  private Optional<ContractFiling> lastAttempt(long contractId, Long amendmentId) {
    return amendmentId == null ? filings.findFirstByContractIdAndAmendmentIdIsNullOrderByAttemptDesc(contractId)
        : filings.findFirstByAmendmentIdOrderByAttemptDesc(amendmentId);
  }

  private List<ContractFiling> attempts(long contractId, Long amendmentId) {
    return amendmentId == null ? filings.findByContractIdAndAmendmentIdIsNullOrderByAttempt(contractId)
        : filings.findByAmendmentIdOrderByAttempt(amendmentId);
  }

  static String receiptNo(long contractId, Instant at) {
    return String.format("HTBA-%d-%06d", at.atZone(BeijingTime.ZONE).getYear(), contractId);
  }

  // ---- reading -------------------------------------------------------------------------------

  /** @throws NoSuchElementException no such contract */
  public ContractView contract(long contractId) {
    return view(contracts.findById(contractId)
        .orElseThrow(() -> new NoSuchElementException("合同" + contractId + "不存在")));
  }

  /** the contract's filing attempts, oldest first */
  public List<FilingView> filings(long contractId) {
    return filings.findByContractIdOrderByAttempt(contractId).stream().map(ContractService::filing).toList();
  }

  /**
   * The contracts of the user's supplier that are out for signing or later, oldest first.
   *
   * @throws ContractAccessDeniedException the user acts for no supplier
   */
  public List<ContractView> mine(String userId) {
    long supplierId = suppliers.organizationOf(userId).orElseThrow(() ->
        new ContractAccessDeniedException("用户「" + userId + "」不属于任何承接主体"));
    return contracts.findBySupplierIdAndStatusNotOrderById(supplierId, ContractStatus.DRAFT).stream()
        .map(this::view).toList();
  }

  /**
   * 合同公告 by procurement number.
   *
   * @throws NoSuchElementException until the contract is published
   */
  public PublicContract publicContract(String procurementNo) {
    Contract c = contracts.findByProcurementNo(StringUtils.strip(Objects.toString(procurementNo, "")))
        .filter(x -> x.getPublishedAt() != null)
        .orElseThrow(() -> new NoSuchElementException("采购项目「" + procurementNo + "」的合同尚未公告"));
    AwardView award = awards.find(c.getAwardId()).orElseThrow();
    ApprovedPlan plan = plans.find(c.getPlanId());
    return new PublicContract(c.getProcurementNo(), plan.serviceName(), agencyName(plan), award.supplierName(),
        award.creditCode(), c.getAmount(), c.getTermStart(), c.getTermEnd(), c.getScopeAndContent(),
        c.getServiceRequirements(), schedule(c.getId()), c.getPaymentRoute(), c.getPaymentRoute().label(),
        c.getBreachLiability(), c.getSignedAt(), c.getPublishedAt(), c.getFilingReceiptNo(),
        amendments.findByContractIdOrderBySeq(c.getId()).stream().filter(a -> a.getInForceAt() != null)
            .map(a -> a.publicView(agencyName(plan), award.supplierName())).toList());
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Contract locked(long contractId) {
    return contracts.findLocked(contractId).orElseThrow(() -> new NoSuchElementException("合同" + contractId + "不存在"));
  }

  private List<Instalment> schedule(long contractId) {
    return instalments.findByContractIdOrderBySeq(contractId).stream()
        .map(i -> new Instalment(i.getAmount(), i.getDueDate())).toList();
  }

  private ContractView view(Contract c) {
    AwardView award = awards.find(c.getAwardId()).orElseThrow();
    String agencyName;
    try {
      agencyName = agencyName(plans.find(c.getPlanId()));
    } catch (NoSuchElementException e) {
      agencyName = c.getAgencyCode();
    }
    return new ContractView(c.getId(), c.getProcurementNo(), c.getPlanId(), c.getAwardId(), c.getAgencyCode(),
        agencyName, c.getSupplierId(), award.supplierName(), award.creditCode(), c.getAmount(), c.getTermStart(),
        c.getTermEnd(), c.getPaymentRoute(), c.getPaymentRoute().label(), c.getScopeAndContent(),
        c.getServiceRequirements(), c.getBreachLiability(), schedule(c.getId()), c.getStatus(), c.getStatus().label(),
        c.getSignDeadline(), c.getAgencySignedBy(), c.getAgencySignedAt(), c.getSupplierSignedBy(),
        c.getSupplierSignedAt(), c.getSignedAt(), c.getPublishedAt(), c.getFiledAt(), c.getFilingReceiptNo());
  }

  private static FilingView filing(ContractFiling f) {
    return new FilingView(f.getAttempt(), f.getSubmittedAt(), f.getCorrection(), f.getDecision(), f.getReturnReason(),
        f.getDecidedBy(), f.getDecidedAt(), f.getAmendmentId());
  }

  private static String agencyName(ApprovedPlan plan) {
    return plan.agencyName() != null ? plan.agencyName() : plan.agencyCode();
  }

  private String summary(Contract c, AwardView award, ApprovedPlan plan) {
    return "甲方（购买主体）：" + agencyName(plan) + "（" + plan.agencyCode() + "）\n"
        + "乙方（承接主体）：" + award.supplierName() + "（统一社会信用代码" + award.creditCode() + "）\n"
        + "服务项目：" + plan.serviceName() + "（采购编号" + c.getProcurementNo() + "）\n"
        + "合同金额：" + c.getAmount().toPlainString() + "元（与中标（成交）金额一致）\n"
        + "服务期限：" + c.getTermStart() + "至" + c.getTermEnd() + "\n"
        + "资金支付方式：" + c.getPaymentRoute().label() + "\n"
        + "签订期限：" + BeijingTime.shown(c.getSignDeadline()) + "（北京时间，中标通知发出之日起" + periods.getSigningDays() + "日内）";
  }

  private static String user(String userId) {
    return StringUtils.defaultIfBlank(StringUtils.truncate(StringUtils.strip(userId), MAX_USER), "system");
  }

  /** whole seconds: the MySQL URL sends no fractional seconds, so what we hold is what is stored */
  private static Instant seconds(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }
}
