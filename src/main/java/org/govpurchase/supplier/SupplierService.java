package org.govpurchase.supplier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.supplier.QualificationCheck.Unmet;
import org.govpurchase.supplier.SupplierViews.Disclosure;
import org.govpurchase.supplier.SupplierViews.EvidenceView;
import org.govpurchase.supplier.SupplierViews.Full;
import org.govpurchase.supplier.SupplierViews.HistoryView;
import org.govpurchase.supplier.SupplierViews.Summary;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * The supplier registry (承接主体): registration and updates by the registration authority, the
 * evidence for the seven conditions, the users who act for each organization, its history, and
 * the qualification check a bid is put through.
 *
 * <p>Texts are limited in UTF-16 units ({@link String#length()}), as forms count and H2 stores
 * them; MySQL counts characters, never more, so what passes here fits on both.
 */
@Service
@Transactional(readOnly = true)
public class SupplierService {

  static final int MAX_NAME = 200;
  static final int MAX_AUTHORITY = 100;
  static final int MAX_EVIDENCE = 1000;
  static final int MAX_DOCUMENT_REF = 300;
  static final int MAX_NOTE = 500;
  static final int MAX_USER = 64;
  /** leaves room in the 500-character history note for the period and end date */
  static final int MAX_DISQUALIFICATION_REASON = 300;
  /** 政府采购法第七十七条: 一至三年内禁止参加政府采购活动 */
  static final int MIN_DISQUALIFICATION_MONTHS = 12;
  static final int MAX_DISQUALIFICATION_MONTHS = 36;
  /** user ids as the engine's identity service accepts them */
  static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** dates are Beijing dates: a grade valid until 12-31 is valid all that day in China */

  private final SupplierRepository suppliers;
  private final ConditionEvidenceRepository evidence;
  private final SupplierMemberRepository members;
  private final SupplierHistoryRepository history;
  private final Clock clock;

  SupplierService(SupplierRepository suppliers, ConditionEvidenceRepository evidence,
      SupplierMemberRepository members, SupplierHistoryRepository history, Clock clock) {
    this.suppliers = suppliers;
    this.evidence = evidence;
    this.members = members;
    this.history = history;
    this.clock = clock;
  }

  // ---- reading -------------------------------------------------------------------------------

  /** every supplier, whole records, by id */
  List<Full> all() {
    return suppliers.findAllByOrderById().stream().map(this::full).toList();
  }

  /** every supplier, the public part, by id */
  List<Summary> summaries() {
    LocalDate today = today();
    return suppliers.findAllByOrderById().stream().map(s -> Summary.of(s, today)).toList();
  }

  /** @throws NoSuchElementException when there is no such supplier */
  Full one(long id) {
    return full(find(id));
  }

  /** @throws NoSuchElementException when there is no such supplier */
  Summary summary(long id) {
    return Summary.of(find(id), today());
  }

  /** 信息公开: name, grade and status of the supplier with this unified social credit code */
  Optional<Disclosure> disclosure(String creditCode) {
    return suppliers.findByCreditCode(StringUtils.upperCase(StringUtils.strip(creditCode)))
        .map(s -> Disclosure.of(s, today()));
  }

  /** the supplier the user acts for, if any */
  public Optional<Long> organizationOf(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return members.findByUserId(userId).map(SupplierMember::getSupplierId);
  }

  /** the supplier with this unified social credit code, if registered */
  public Optional<Long> idOf(String creditCode) {
    return suppliers.findByCreditCode(StringUtils.upperCase(StringUtils.strip(creditCode)))
        .map(Supplier::getId);
  }

  /**
   * Credit code, name and the evaluation grade valid on {@code on} (a Beijing date; an expired
   * grade counts as none) of the supplier with this id, if there is one.
   */
  public Optional<SupplierFacts> facts(long supplierId, LocalDate on) {
    return suppliers.findById(supplierId)
        .map(s -> new SupplierFacts(supplierId, s.getCreditCode(), s.getName(), gradeOn(s, on)));
  }

  // ---- qualification -------------------------------------------------------------------------

  /** {@link #qualification(long, LocalDate, EvaluationGrade)} without a minimum grade */
  public QualificationCheck qualification(long supplierId, LocalDate bidDate) {
    return qualification(supplierId, bidDate, null);
  }

  /**
   * Which requirements the supplier meets on {@code bidDate}: each of the seven conditions holds
   * when its evidence is present, verified and valid that day; the supplier must be ACTIVE; and
   * when {@code minimumGrade} is given (Shenzhen: 社会组织评估等级), its grade, valid that day,
   * must be at least that.
   *
   * @param minimumGrade null or NONE: no grade required
   * @throws NoSuchElementException when there is no such supplier
   */
  public QualificationCheck qualification(long supplierId, LocalDate bidDate, EvaluationGrade minimumGrade) {
    Objects.requireNonNull(bidDate, "bidDate");
    Supplier supplier = find(supplierId);
    List<Unmet> unmet = new ArrayList<>();
    if (supplier.getStatus() == SupplierStatus.SUSPENDED) {
      unmet.add(new Unmet(QualificationCheck.STATUS, "承接主体已被暂停参与政府购买服务"));
    } else if (supplier.getStatus() == SupplierStatus.DISQUALIFIED) {
      unmet.add(new Unmet(QualificationCheck.STATUS, disqualification(supplier)));
    }
    Map<SupplierCondition, ConditionEvidence> byCondition = evidence.findBySupplierId(supplierId).stream()
        .collect(Collectors.toMap(ConditionEvidence::getCondition, Function.identity()));
    Set<SupplierCondition> met = EnumSet.noneOf(SupplierCondition.class);
    for (SupplierCondition condition : SupplierCondition.values()) {
      ConditionEvidence held = byCondition.get(condition);
      String name = "「" + condition.description() + "」";
      if (held == null) {
        unmet.add(new Unmet(condition.name(), "未提交" + name + "的证明材料"));
      } else if (!held.isVerified()) {
        unmet.add(new Unmet(condition.name(), name + "的证明材料尚未经登记管理机关核实"));
      } else if (!held.validOn(bidDate)) {
        unmet.add(new Unmet(condition.name(), name + "的证明材料有效期至" + held.getValidUntil()
            + "，投标日" + bidDate + "已失效"));
      } else {
        met.add(condition);
      }
    }
    if (minimumGrade != null && minimumGrade != EvaluationGrade.NONE) {
      EvaluationGrade grade = supplier.getEvaluationGrade();
      String required = "，要求" + minimumGrade.label() + "及以上";
      if (grade == EvaluationGrade.NONE) {
        unmet.add(new Unmet(QualificationCheck.EVALUATION_GRADE, "未取得社会组织评估等级" + required));
      } else if (supplier.getGradeValidUntil().isBefore(bidDate)) {
        unmet.add(new Unmet(QualificationCheck.EVALUATION_GRADE, "社会组织评估等级" + grade.label()
            + "有效期至" + supplier.getGradeValidUntil() + "，投标日" + bidDate + "已过期" + required));
      } else if (!grade.atLeast(minimumGrade)) {
        unmet.add(new Unmet(QualificationCheck.EVALUATION_GRADE, "社会组织评估等级为" + grade.label()
            + required));
      }
    }
    return new QualificationCheck(supplierId, supplier.getName(), bidDate, minimumGrade, met, unmet);
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Registers a supplier.
   *
   * @throws InvalidRequestException listing every problem; nothing is written
   */
  @Transactional
  Full register(SupplierRequest request, String by) {
    Supplier supplier = new Supplier(normalizedCode(request.creditCode()), now());
    SupplierStatus status = request.status() == null ? SupplierStatus.ACTIVE : request.status();
    save(supplier, request, status, user(by), true);
    return full(supplier);
  }

  /**
   * Updates a supplier's registration, grade or status; a change of status needs a reason.
   *
   * @throws NoSuchElementException  when there is no such supplier
   * @throws InvalidRequestException listing every problem; nothing is written
   */
  @Transactional
  Full update(long id, SupplierRequest request, String by) {
    Supplier supplier = find(id);
    save(supplier, request, request.status(), user(by), false);
    return full(supplier);
  }

  private void save(Supplier supplier, SupplierRequest request, SupplierStatus status, String by,
      boolean isNew) {
    String code = normalizedCode(request.creditCode());
    String name = StringUtils.strip(request.name());
    String authority = StringUtils.strip(request.registrationAuthority());
    EvaluationGrade grade = request.evaluationGrade() == null ? EvaluationGrade.NONE : request.evaluationGrade();
    String note = StringUtils.stripToNull(request.note());
    List<String> problems = new ArrayList<>();

    if (code == null) {
      problems.add("请填写统一社会信用代码");
    } else if (!CreditCode.wellFormed(code)) {
      problems.add("统一社会信用代码「" + code + "」格式不正确：应为18位数字或大写字母（不含I、O、S、V、Z）");
    } else if (!CreditCode.checks(code)) {
      problems.add("统一社会信用代码「" + code + "」校验位不正确");
    } else {
      suppliers.findByCreditCode(code).filter(other -> !other.getId().equals(supplier.getId()))
          .ifPresent(other -> problems.add("统一社会信用代码「" + code + "」已由承接主体「" + other.getName() + "」登记"));
    }
    if (StringUtils.isEmpty(name)) {
      problems.add("请填写承接主体名称");
    } else if (name.length() > MAX_NAME) {
      problems.add("承接主体名称不能超过" + MAX_NAME + "个字符");
    } else {
      suppliers.findByName(name).filter(other -> !other.getId().equals(supplier.getId()))
          .ifPresent(other -> problems.add("名称「" + name + "」已由承接主体（统一社会信用代码" + other.getCreditCode() + "）使用"));
    }
    if (request.organizationType() == null) {
      problems.add("请选择组织类型（organizationType）");
    }
    if (StringUtils.isEmpty(authority)) {
      problems.add("请填写登记管理机关（registrationAuthority）");
    } else if (authority.length() > MAX_AUTHORITY) {
      problems.add("登记管理机关不能超过" + MAX_AUTHORITY + "个字符");
    }
    if (grade != EvaluationGrade.NONE && request.gradeValidUntil() == null) {
      problems.add("评估等级" + grade.label() + "须填写有效期至（gradeValidUntil）");
    } else if (grade == EvaluationGrade.NONE && request.gradeValidUntil() != null) {
      problems.add("未取得评估等级时不应填写评估等级有效期");
    }
    boolean statusChanges = status != null && status != supplier.getStatus();
    if (status == null) {
      problems.add("请选择状态（status）");
    } else if (statusChanges && note == null) {
      problems.add("将状态改为「" + status.label() + "」须说明理由（note）");
    }
    if (note != null && note.length() > MAX_NOTE) {
      problems.add("说明不能超过" + MAX_NOTE + "个字符");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }

    boolean registrationChanges = !isNew && (!code.equals(supplier.getCreditCode())
        || !name.equals(supplier.getName()) || request.organizationType() != supplier.getOrganizationType()
        || !authority.equals(supplier.getRegistrationAuthority()));
    EvaluationGrade oldGrade = supplier.getEvaluationGrade();
    boolean gradeChanges = grade != oldGrade
        || !Objects.equals(request.gradeValidUntil(), supplier.getGradeValidUntil());
    supplier.update(code, name, request.organizationType(), authority, grade, request.gradeValidUntil(), status);
    long id = suppliers.saveAndFlush(supplier).getId();

    if (isNew) {
      record(id, SupplierEvent.REGISTERED, "登记承接主体「" + name + "」（" + request.organizationType().label()
          + "，登记管理机关：" + authority + "）", by);
    } else if (registrationChanges) {
      record(id, SupplierEvent.UPDATED, StringUtils.defaultString(note, "更新登记信息"), by);
    }
    if (gradeChanges) {
      record(id, SupplierEvent.GRADE_CHANGED, grade == EvaluationGrade.NONE
          ? "社会组织评估等级由" + oldGrade.label() + "改为未评估"
          : "社会组织评估等级由" + oldGrade.label() + "改为" + grade.label() + "，有效期至" + request.gradeValidUntil(), by);
    }
    if (statusChanges) {
      SupplierEvent event = switch (status) {
        case ACTIVE -> SupplierEvent.REINSTATED;
        case SUSPENDED -> SupplierEvent.SUSPENDED;
        case DISQUALIFIED -> SupplierEvent.DISQUALIFIED;
      };
      record(id, event, note, by);
    }
  }

  /**
   * Records the evidence for one condition, replacing what was there. Only the registration
   * authority verifies ({@code mayVerify}); evidence a supplier submits waits for verification.
   *
   * @throws NoSuchElementException  when there is no such supplier
   * @throws InvalidRequestException listing every problem; nothing is written
   */
  @Transactional
  EvidenceView recordEvidence(long supplierId, SupplierCondition condition, EvidenceRequest request,
      String by, boolean mayVerify) {
    find(supplierId);
    String text = StringUtils.strip(request.evidence());
    String documentRef = StringUtils.stripToNull(request.documentRef());
    boolean verify = Boolean.TRUE.equals(request.verified());
    List<String> problems = new ArrayList<>();
    if (condition == null) {
      problems.add("请指明条件（condition）");
    }
    if (StringUtils.isEmpty(text)) {
      problems.add("请填写证明材料说明（evidence）");
    } else if (text.length() > MAX_EVIDENCE) {
      problems.add("证明材料说明不能超过" + MAX_EVIDENCE + "个字符");
    }
    if (documentRef != null && documentRef.length() > MAX_DOCUMENT_REF) {
      problems.add("文件编号不能超过" + MAX_DOCUMENT_REF + "个字符");
    }
    if (verify && !mayVerify) {
      problems.add("证明材料须由登记管理机关核实，承接主体不能自行核实");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }
    String user = user(by);
    Instant now = now();
    ConditionEvidence held = evidence.findBySupplierIdAndCondition(supplierId, condition)
        .orElseGet(() -> new ConditionEvidence(supplierId, condition));
    held.record(text, documentRef, request.validUntil(), verify ? user : null, user, now);
    evidence.saveAndFlush(held);
    String until = request.validUntil() == null ? "长期有效" : "有效期至" + request.validUntil();
    record(supplierId, verify ? SupplierEvent.EVIDENCE_VERIFIED : SupplierEvent.EVIDENCE_RECORDED,
        (verify ? "核实" : "提交") + "「" + condition.description() + "」的证明材料，" + until, user);
    return EvidenceView.of(held);
  }

  /**
   * Makes {@code userId} a member of the supplier; adding a member twice changes nothing.
   *
   * @return the supplier's members
   * @throws InvalidRequestException when the user id is malformed or the user acts for another supplier
   */
  @Transactional
  List<String> addMember(long supplierId, String userId, String by) {
    Supplier supplier = find(supplierId);
    String user = StringUtils.strip(userId);
    if (user == null || !USER_ID.matcher(user).matches()) {
      throw new InvalidRequestException("用户名须为1至64位字母、数字、点、下划线或连字符");
    }
    Optional<SupplierMember> existing = members.findByUserId(user);
    if (existing.isPresent() && existing.get().getSupplierId() != supplierId) {
      String other = suppliers.findById(existing.get().getSupplierId()).map(Supplier::getName).orElse("?");
      throw new InvalidRequestException("用户「" + user + "」已属于承接主体「" + other + "」，一个用户只能属于一个承接主体");
    }
    if (existing.isEmpty()) {
      members.saveAndFlush(new SupplierMember(supplierId, user, user(by), now()));
      record(supplierId, SupplierEvent.MEMBER_ADDED, "用户「" + user + "」代表「" + supplier.getName() + "」", user(by));
    }
    return memberIds(supplierId);
  }

  /**
   * Enters a performance evaluation's result in the supplier's credit record (诚信档案).
   *
   * @throws NoSuchElementException  when there is no such supplier
   * @throws InvalidRequestException when the note is empty or too long
   */
  @Transactional
  public void recordEvaluation(long supplierId, String note, String by) {
    find(supplierId);
    String text = StringUtils.strip(note);
    if (StringUtils.isEmpty(text) || text.length() > MAX_NOTE) {
      throw new InvalidRequestException("评价记录须为1至" + MAX_NOTE + "个字符");
    }
    record(supplierId, SupplierEvent.EVALUATED, text, user(by));
  }

  /**
   * 取消参与资格: the supplier may not take part until the last day of {@code months} months from
   * today (Beijing date, from the one clock). Idempotent for the process's worker: a supplier already
   * disqualified for this same reason keeps its end date and nothing is written again.
   *
   * @return the last day of the disqualification
   * @throws NoSuchElementException  when there is no such supplier
   * @throws InvalidRequestException when the reason or the period is out of bounds
   */
  @Transactional
  public LocalDate disqualify(long supplierId, String reason, int months, String by) {
    Supplier supplier = find(supplierId);
    String text = StringUtils.strip(reason);
    List<String> problems = disqualificationProblems(text, months);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }
    if (supplier.getStatus() == SupplierStatus.DISQUALIFIED && text.equals(supplier.getDisqualificationReason())
        && supplier.getDisqualifiedUntil() != null) {
      return supplier.getDisqualifiedUntil();
    }
    LocalDate until = today().plusMonths(months).minusDays(1);
    supplier.disqualify(text, until);
    suppliers.saveAndFlush(supplier);
    record(supplierId, SupplierEvent.DISQUALIFIED,
        StringUtils.truncate("取消参与政府购买服务资格" + months + "个月，至" + until + "：" + text, MAX_NOTE), user(by));
    return until;
  }

  /**
   * Ends the disqualification that lasted until {@code until}. Idempotent: a supplier no longer
   * disqualified, or disqualified again with another end date, is left as it is.
   *
   * @return whether it was lifted now
   */
  @Transactional
  public boolean liftDisqualification(long supplierId, LocalDate until, String by) {
    Supplier supplier = find(supplierId);
    if (supplier.getStatus() != SupplierStatus.DISQUALIFIED || !Objects.equals(until, supplier.getDisqualifiedUntil())) {
      return false;
    }
    String reason = supplier.getDisqualificationReason();
    supplier.liftDisqualification();
    suppliers.saveAndFlush(supplier);
    record(supplierId, SupplierEvent.REINSTATED,
        StringUtils.truncate("取消资格期满（至" + until + "），恢复参与政府购买服务资格；原因：" + reason, MAX_NOTE), user(by));
    return true;
  }

  /** what a disqualification needs: a reason of 1..MAX_DISQUALIFICATION_REASON characters, 12..36 months */
  static List<String> disqualificationProblems(String reason, Integer months) {
    List<String> problems = new ArrayList<>();
    if (StringUtils.isBlank(reason)) {
      problems.add("请填写取消资格的理由");
    } else if (reason.strip().length() > MAX_DISQUALIFICATION_REASON) {
      problems.add("取消资格的理由不能超过" + MAX_DISQUALIFICATION_REASON + "个字符");
    }
    if (months == null || months < MIN_DISQUALIFICATION_MONTHS || months > MAX_DISQUALIFICATION_MONTHS) {
      problems.add("取消资格期限须为" + MIN_DISQUALIFICATION_MONTHS + "至" + MAX_DISQUALIFICATION_MONTHS
          + "个月（政府采购法第七十七条：一至三年）");
    }
    return problems;
  }

  private static String disqualification(Supplier supplier) {
    return supplier.getDisqualifiedUntil() == null ? "承接主体已被取消参与政府购买服务资格"
        : "承接主体已被取消参与政府购买服务资格至" + supplier.getDisqualifiedUntil() + "：" + supplier.getDisqualificationReason();
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** the grade as it stands on {@code date}: an expired grade counts as none */
  static EvaluationGrade gradeOn(Supplier supplier, LocalDate date) {
    LocalDate until = supplier.getGradeValidUntil();
    return until == null || until.isBefore(date) ? EvaluationGrade.NONE : supplier.getEvaluationGrade();
  }

  private void record(long supplierId, SupplierEvent event, String note, String by) {
    history.save(new SupplierHistoryEntry(supplierId, event, note, by, now()));
  }

  private Supplier find(long id) {
    return suppliers.findById(id).orElseThrow(() -> new NoSuchElementException("承接主体" + id + "不存在"));
  }

  private Full full(Supplier supplier) {
    long id = supplier.getId();
    List<EvidenceView> held = evidence.findBySupplierId(id).stream()
        .sorted((a, b) -> a.getCondition().compareTo(b.getCondition()))
        .map(EvidenceView::of).toList();
    List<HistoryView> events = history.findBySupplierIdOrderByOccurredAtAscIdAsc(id).stream()
        .map(HistoryView::of).toList();
    return new Full(id, supplier.getCreditCode(), supplier.getName(), supplier.getOrganizationType(),
        supplier.getRegistrationAuthority(), supplier.getEvaluationGrade(), supplier.getGradeValidUntil(),
        supplier.getStatus(), supplier.getCreatedAt(), held, memberIds(id), events);
  }

  private List<String> memberIds(long supplierId) {
    return members.findBySupplierIdOrderByUserId(supplierId).stream().map(SupplierMember::getUserId).toList();
  }

  private static String normalizedCode(String code) {
    return StringUtils.upperCase(StringUtils.stripToNull(code));
  }

  private static String user(String by) {
    return StringUtils.defaultIfBlank(StringUtils.truncate(by, MAX_USER), "system");
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BeijingTime.ZONE);
  }

  /** whole seconds: the MySQL URL sends no fractional seconds, so what we hold is what is stored */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
