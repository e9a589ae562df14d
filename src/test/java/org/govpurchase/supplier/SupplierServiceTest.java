package org.govpurchase.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import org.govpurchase.supplier.QualificationCheck.Unmet;
import org.govpurchase.supplier.SupplierViews.Full;
import org.govpurchase.supplier.SupplierViews.HistoryView;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

/** The supplier registry on the Flyway schema (H2 by default), with ddl-auto=validate. */
@DataJpaTest
@Import(SupplierService.class)
class SupplierServiceTest {

  static final String SUNSHINE_CODE = "52440300MJL0000012";
  static final String RAINBOW_CODE = "52440300MJL0000025";
  static final String AUTHORITY = "深圳市民政局";
  static final LocalDate BID_DATE = LocalDate.of(2026, 3, 2);
  static final LocalDate GRADE_UNTIL = LocalDate.of(2029, 12, 31);

  @Autowired SupplierService service;
  @Autowired SupplierRepository suppliers;
  @Autowired ConditionEvidenceRepository evidence;
  @Autowired SupplierMemberRepository members;
  @Autowired SupplierHistoryRepository history;
  @Autowired TestEntityManager entityManager;

  static SupplierRequest request(String code, String name, EvaluationGrade grade) {
    return new SupplierRequest(code, name, OrganizationType.SOCIAL_SERVICE_ORGANIZATION, AUTHORITY, grade,
        grade == EvaluationGrade.NONE ? null : GRADE_UNTIL, null, null);
  }

  static SupplierRequest withStatus(SupplierRequest r, SupplierStatus status, String note) {
    return new SupplierRequest(r.creditCode(), r.name(), r.organizationType(), r.registrationAuthority(),
        r.evaluationGrade(), r.gradeValidUntil(), status, note);
  }

  long register(String code, String name, EvaluationGrade grade) {
    return service.register(request(code, name, grade), "registrar").id();
  }

  /** all seven conditions verified, none expiring */
  long qualified(String code, String name, EvaluationGrade grade) {
    long id = register(code, name, grade);
    for (SupplierCondition condition : SupplierCondition.values()) {
      verify(id, condition, null);
    }
    return id;
  }

  void verify(long id, SupplierCondition condition, LocalDate validUntil) {
    service.recordEvidence(id, condition, new EvidenceRequest("证明材料：" + condition.description(), "DOC-1",
        validUntil, true), "registrar", true);
  }

  // ---- registration --------------------------------------------------------------------------

  @Test
  void registersASupplierWithItsHistory() {
    Full created = service.register(new SupplierRequest(" 52440300mjl0000012 ", " 深圳市阳光社会工作服务中心 ",
        OrganizationType.SOCIAL_SERVICE_ORGANIZATION, AUTHORITY, EvaluationGrade.A5, GRADE_UNTIL, null, null),
        "registrar");
    entityManager.clear();

    Full read = service.one(created.id());
    assertThat(read.creditCode()).isEqualTo(SUNSHINE_CODE);
    assertThat(read.name()).isEqualTo("深圳市阳光社会工作服务中心");
    assertThat(read.evaluationGrade()).isEqualTo(EvaluationGrade.A5);
    assertThat(read.gradeValidUntil()).isEqualTo(GRADE_UNTIL);
    assertThat(read.status()).isEqualTo(SupplierStatus.ACTIVE);
    assertThat(read.createdAt()).isNotNull();
    assertThat(read.history()).extracting(HistoryView::event)
        .containsExactly(SupplierEvent.REGISTERED, SupplierEvent.GRADE_CHANGED);
    assertThat(read.history()).allSatisfy(h -> assertThat(h.recordedBy()).isEqualTo("registrar"));
    assertThat(read.history().get(1).note()).isEqualTo("社会组织评估等级由未评估改为5A，有效期至2029-12-31");
  }

  @Test
  void aBadRegistrationSaysEverythingWrongAndWritesNothing() {
    SupplierRequest bad = new SupplierRequest("52440300MJL000001", " ", null, "", EvaluationGrade.A3, null,
        null, null);

    assertThatThrownBy(() -> service.register(bad, "registrar"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("统一社会信用代码「52440300MJL000001」格式不正确")
        .hasMessageContaining("请填写承接主体名称")
        .hasMessageContaining("请选择组织类型")
        .hasMessageContaining("请填写登记管理机关")
        .hasMessageContaining("评估等级3A须填写有效期至");
    assertThat(suppliers.count()).isZero();
    assertThat(history.count()).isZero();
  }

  @Test
  void creditCodesAreCheckedByTheirCheckCharacter() {
    // the last character of a real code, changed
    assertThatThrownBy(() -> register("52440300MJL0000013", "深圳市甲社工中心", EvaluationGrade.NONE))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("统一社会信用代码「52440300MJL0000013」校验位不正确");
    // I, O, S, V and Z never occur
    assertThatThrownBy(() -> register("52440300MJLO000012", "深圳市甲社工中心", EvaluationGrade.NONE))
        .hasMessageContaining("格式不正确");
    assertThatThrownBy(() -> register(null, "深圳市甲社工中心", EvaluationGrade.NONE))
        .hasMessageContaining("请填写统一社会信用代码");
    // a published sample code (GB 32100-2015)
    assertThat(CreditCode.checks("91350100M000100Y43")).isTrue();
    assertThat(suppliers.count()).isZero();
  }

  @Test
  void codeAndNameAreUnique() {
    long sunshine = register(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE);

    assertThatThrownBy(() -> register(SUNSHINE_CODE, "深圳市另一家机构", EvaluationGrade.NONE))
        .hasMessage("统一社会信用代码「52440300MJL0000012」已由承接主体「深圳市阳光社会工作服务中心」登记");
    assertThatThrownBy(() -> register(RAINBOW_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE))
        .hasMessage("名称「深圳市阳光社会工作服务中心」已由承接主体（统一社会信用代码52440300MJL0000012）使用");
    assertThat(suppliers.count()).isEqualTo(1);
    // its own code and name are no conflict when it is updated
    service.update(sunshine, withStatus(request(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A4),
        SupplierStatus.ACTIVE, null), "registrar");
    assertThat(service.one(sunshine).evaluationGrade()).isEqualTo(EvaluationGrade.A4);
  }

  @Test
  void aRareCharacterRoundTripsAndCountsAsTwoUnitsOfLength() {
    String rare = "深圳市𠮷祥社区服务中心";
    long id = register(SUNSHINE_CODE, rare, EvaluationGrade.NONE);
    entityManager.flush();
    entityManager.clear();
    assertThat(service.one(id).name()).isEqualTo(rare);
    assertThat(service.disclosure(SUNSHINE_CODE)).get().extracting(SupplierViews.Disclosure::name).isEqualTo(rare);

    // 100 × 𠮷 is 200 UTF-16 units: the limit; one more is refused, as H2 and forms count it
    assertThat(register(RAINBOW_CODE, "𠮷".repeat(100), EvaluationGrade.NONE)).isPositive();
    assertThatThrownBy(() -> register("52440300MJL0000038", "𠮷".repeat(100) + "社", EvaluationGrade.NONE))
        .hasMessage("承接主体名称不能超过200个字符");
  }

  @Test
  void aGradeNeedsItsValidityAndNoGradeHasNone() {
    SupplierRequest noneWithDate = new SupplierRequest(SUNSHINE_CODE, "深圳市阳光社会工作服务中心",
        OrganizationType.SOCIAL_GROUP, AUTHORITY, EvaluationGrade.NONE, GRADE_UNTIL, null, null);

    assertThatThrownBy(() -> service.register(noneWithDate, "registrar"))
        .hasMessage("未取得评估等级时不应填写评估等级有效期");
    assertThat(suppliers.count()).isZero();
  }

  @Test
  void aChangeOfStatusNeedsAReasonAndEntersTheHistory() {
    long id = register(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5);
    SupplierRequest base = request(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5);

    assertThatThrownBy(() -> service.update(id, withStatus(base, SupplierStatus.SUSPENDED, " "), "registrar"))
        .hasMessage("将状态改为「暂停」须说明理由（note）");
    assertThatThrownBy(() -> service.update(id, withStatus(base, null, null), "registrar"))
        .hasMessage("请选择状态（status）");
    assertThat(service.one(id).status()).isEqualTo(SupplierStatus.ACTIVE);

    service.update(id, withStatus(base, SupplierStatus.SUSPENDED, "抽查发现服务质量问题，整改期间暂停"), "registrar");
    service.update(id, withStatus(base, SupplierStatus.ACTIVE, "整改复查合格"), "registrar2");
    service.update(id, withStatus(base, SupplierStatus.DISQUALIFIED, "严重违约，取消资格"), "registrar");
    service.recordEvaluation(id, "2026年度绩效评价：良好（86分）", "evaluator");

    assertThat(service.one(id).history()).extracting(HistoryView::event, HistoryView::note)
        .containsSubsequence(
            tuple(SupplierEvent.SUSPENDED, "抽查发现服务质量问题，整改期间暂停"),
            tuple(SupplierEvent.REINSTATED, "整改复查合格"),
            tuple(SupplierEvent.DISQUALIFIED, "严重违约，取消资格"),
            tuple(SupplierEvent.EVALUATED, "2026年度绩效评价：良好（86分）"));
    assertThat(service.one(id).status()).isEqualTo(SupplierStatus.DISQUALIFIED);
  }

  @Test
  void anUnknownSupplierIsNotFound() {
    assertThatThrownBy(() -> service.one(404)).isInstanceOf(NoSuchElementException.class)
        .hasMessage("承接主体404不存在");
    assertThatThrownBy(() -> service.qualification(404, BID_DATE)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> service.addMember(404, "supplier1", "registrar"))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(service.disclosure(SUNSHINE_CODE)).isEmpty();
  }

  // ---- qualification -------------------------------------------------------------------------

  @Test
  void aSupplierWithAllSevenConditionsVerifiedQualifies() {
    long id = qualified(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5);

    QualificationCheck check = service.qualification(id, BID_DATE, EvaluationGrade.A4);

    assertThat(check.qualified()).isTrue();
    assertThat(check.unmet()).isEmpty();
    assertThat(check.conditionsMet()).isEqualTo(EnumSet.allOf(SupplierCondition.class));
    assertThat(check.supplierName()).isEqualTo("深圳市阳光社会工作服务中心");
  }

  @Test
  void missingEvidenceIsUnmet() {
    long id = register(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE);
    for (SupplierCondition condition : SupplierCondition.values()) {
      if (condition != SupplierCondition.TAX_AND_SOCIAL_SECURITY) {
        verify(id, condition, null);
      }
    }

    QualificationCheck check = service.qualification(id, BID_DATE);

    assertThat(check.qualified()).isFalse();
    assertThat(check.unmet()).containsExactly(new Unmet("TAX_AND_SOCIAL_SECURITY",
        "未提交「具有依法缴纳税收和社会保障资金的良好记录」的证明材料"));
    assertThat(check.conditionsMet()).hasSize(6).doesNotContain(SupplierCondition.TAX_AND_SOCIAL_SECURITY);
    assertThat(check.reasons()).isEqualTo("未提交「具有依法缴纳税收和社会保障资金的良好记录」的证明材料");
  }

  @Test
  void aNewSupplierMeetsNoneOfTheSeven() {
    long id = register(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE);

    QualificationCheck check = service.qualification(id, BID_DATE);

    assertThat(check.conditionsMet()).isEmpty();
    assertThat(check.unmet()).extracting(Unmet::code).containsExactly(
        "LEGALLY_ESTABLISHED", "SOUND_GOVERNANCE", "INDEPENDENT_FINANCE", "PROFESSIONAL_CAPACITY",
        "TAX_AND_SOCIAL_SECURITY", "NO_MAJOR_VIOLATION_3Y", "OTHER_LEGAL_CONDITIONS");
  }

  @Test
  void evidenceTheSupplierSubmittedCountsOnlyOnceVerified() {
    long id = qualified(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5);
    // the supplier replaces verified evidence with new, unverified evidence
    service.recordEvidence(id, SupplierCondition.PROFESSIONAL_CAPACITY,
        new EvidenceRequest("新增持证社工名单", null, null, null), "supplier1", false);

    QualificationCheck check = service.qualification(id, BID_DATE);

    assertThat(check.unmet()).containsExactly(new Unmet("PROFESSIONAL_CAPACITY",
        "「具备提供服务所必需的设施、人员和专业技术能力」的证明材料尚未经登记管理机关核实"));
    assertThat(service.one(id).evidence()).filteredOn(e -> e.condition() == SupplierCondition.PROFESSIONAL_CAPACITY)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.verified()).isFalse();
          assertThat(e.verifiedBy()).isNull();
          assertThat(e.recordedBy()).isEqualTo("supplier1");
        });
    assertThat(evidence.count()).as("one row per condition").isEqualTo(7);

    verify(id, SupplierCondition.PROFESSIONAL_CAPACITY, null);
    assertThat(service.qualification(id, BID_DATE).qualified()).isTrue();
  }

  @Test
  void aSupplierCannotVerifyItsOwnEvidence() {
    long id = register(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE);

    assertThatThrownBy(() -> service.recordEvidence(id, SupplierCondition.SOUND_GOVERNANCE,
        new EvidenceRequest("章程", null, null, true), "supplier1", false))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("证明材料须由登记管理机关核实，承接主体不能自行核实");
    assertThatThrownBy(() -> service.recordEvidence(id, SupplierCondition.SOUND_GOVERNANCE,
        new EvidenceRequest(" ", "x".repeat(301), null, true), "registrar", true))
        .hasMessage("请填写证明材料说明（evidence）；文件编号不能超过300个字符");
    assertThat(evidence.count()).isZero();
  }

  @Test
  void evidenceIsValidThroughItsLastDayAndExpiredAfter() {
    long id = qualified(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE);
    verify(id, SupplierCondition.TAX_AND_SOCIAL_SECURITY, BID_DATE);

    assertThat(service.qualification(id, BID_DATE).qualified()).isTrue();
    QualificationCheck dayAfter = service.qualification(id, BID_DATE.plusDays(1));
    assertThat(dayAfter.unmet()).containsExactly(new Unmet("TAX_AND_SOCIAL_SECURITY",
        "「具有依法缴纳税收和社会保障资金的良好记录」的证明材料有效期至2026-03-02，投标日2026-03-03已失效"));
  }

  @Test
  void aSuspendedOrDisqualifiedSupplierDoesNotQualify() {
    long id = qualified(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5);
    SupplierRequest base = request(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5);

    service.update(id, withStatus(base, SupplierStatus.SUSPENDED, "整改期间暂停"), "registrar");
    assertThat(service.qualification(id, BID_DATE).unmet())
        .containsExactly(new Unmet(QualificationCheck.STATUS, "承接主体已被暂停参与政府购买服务"));

    service.update(id, withStatus(base, SupplierStatus.DISQUALIFIED, "取消资格"), "registrar");
    assertThat(service.qualification(id, BID_DATE).unmet())
        .containsExactly(new Unmet(QualificationCheck.STATUS, "承接主体已被取消参与政府购买服务资格"));
  }

  @Test
  void aMinimumGradeIsAskedForOnlyWhenGiven() {
    long rainbow = qualified(RAINBOW_CODE, "深圳市彩虹长者服务社", EvaluationGrade.A3);
    long none = qualified(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE);

    assertThat(service.qualification(rainbow, BID_DATE).qualified()).isTrue();
    assertThat(service.qualification(rainbow, BID_DATE, EvaluationGrade.NONE).qualified()).isTrue();
    assertThat(service.qualification(rainbow, BID_DATE, EvaluationGrade.A3).qualified()).isTrue();
    assertThat(service.qualification(rainbow, BID_DATE, EvaluationGrade.A4).unmet())
        .containsExactly(new Unmet(QualificationCheck.EVALUATION_GRADE, "社会组织评估等级为3A，要求4A及以上"));
    assertThat(service.qualification(none, BID_DATE, EvaluationGrade.A1).unmet())
        .containsExactly(new Unmet(QualificationCheck.EVALUATION_GRADE, "未取得社会组织评估等级，要求1A及以上"));
  }

  @Test
  void anExpiredGradeCountsAsNone() {
    long id = qualified(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.A5);

    assertThat(service.qualification(id, GRADE_UNTIL, EvaluationGrade.A4).qualified()).isTrue();
    assertThat(service.qualification(id, GRADE_UNTIL.plusDays(1), EvaluationGrade.A4).unmet())
        .containsExactly(new Unmet(QualificationCheck.EVALUATION_GRADE,
            "社会组织评估等级5A有效期至2029-12-31，投标日2030-01-01已过期，要求4A及以上"));

    service.update(id, withStatus(new SupplierRequest(SUNSHINE_CODE, "深圳市阳光社会工作服务中心",
        OrganizationType.SOCIAL_SERVICE_ORGANIZATION, AUTHORITY, EvaluationGrade.A5, LocalDate.of(2020, 12, 31),
        null, null), SupplierStatus.ACTIVE, null), "registrar");
    assertThat(service.disclosure(SUNSHINE_CODE)).get()
        .extracting(SupplierViews.Disclosure::evaluationGrade).isEqualTo(EvaluationGrade.NONE);
  }

  // ---- members -------------------------------------------------------------------------------

  @Test
  void aUserBelongsToOneOrganization() {
    long sunshine = register(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", EvaluationGrade.NONE);
    long rainbow = register(RAINBOW_CODE, "深圳市彩虹长者服务社", EvaluationGrade.NONE);

    assertThat(service.addMember(sunshine, "supplier1", "registrar")).containsExactly("supplier1");
    assertThat(service.addMember(sunshine, "supplier1", "registrar")).as("twice: no change").containsExactly("supplier1");
    assertThat(service.organizationOf("supplier1")).contains(sunshine);
    assertThat(service.organizationOf("supplier2")).isEmpty();
    assertThat(service.organizationOf(null)).isEmpty();

    assertThatThrownBy(() -> service.addMember(rainbow, "supplier1", "registrar"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("用户「supplier1」已属于承接主体「深圳市阳光社会工作服务中心」，一个用户只能属于一个承接主体");
    assertThatThrownBy(() -> service.addMember(rainbow, "bad user!", "registrar"))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(members.count()).isEqualTo(1);
    assertThat(service.one(sunshine).history()).extracting(HistoryView::event)
        .containsOnlyOnce(SupplierEvent.MEMBER_ADDED);
  }
}
