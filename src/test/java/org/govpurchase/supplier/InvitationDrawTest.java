package org.govpurchase.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

/** The invited tender's supplier draw on the Flyway schema (H2 by default), with ddl-auto=validate. */
@DataJpaTest
@Import({SupplierService.class, InvitationDraw.class})
class InvitationDrawTest {

  static final String AUTHORITY = "深圳市民政局";
  static final LocalDate BID_DATE = LocalDate.of(2026, 3, 2);
  static final LocalDate GRADE_UNTIL = LocalDate.of(2029, 12, 31);
  static final String PROCUREMENT_NO = "SZ-2026-0001";

  @Autowired InvitationDraw invitations;
  @Autowired SupplierService service;
  @Autowired DrawnInvitationRepository draws;
  @Autowired TestEntityManager entityManager;

  private int serial;

  /** a well-formed code with its check character, and a name, both new on each call */
  SupplierRequest request(EvaluationGrade grade, LocalDate gradeUntil) {
    serial++;
    String first17 = "52440300MJL" + String.format("%06d", serial);
    String code = first17 + CreditCode.checkCharacter(first17);
    return new SupplierRequest(code, "深圳市第" + serial + "社会工作服务中心", OrganizationType.SOCIAL_SERVICE_ORGANIZATION,
        AUTHORITY, grade, grade == EvaluationGrade.NONE ? null : gradeUntil, null, null);
  }

  long register(EvaluationGrade grade, LocalDate gradeUntil) {
    return service.register(request(grade, gradeUntil), "registrar").id();
  }

  /** all seven conditions verified, none expiring */
  long qualified(EvaluationGrade grade) {
    return qualified(grade, GRADE_UNTIL);
  }

  long qualified(EvaluationGrade grade, LocalDate gradeUntil) {
    long id = register(grade, gradeUntil);
    for (SupplierCondition condition : SupplierCondition.values()) {
      verify(id, condition, null);
    }
    return id;
  }

  void verify(long id, SupplierCondition condition, LocalDate validUntil) {
    service.recordEvidence(id, condition, new EvidenceRequest("证明材料：" + condition.description(), "DOC-1",
        validUntil, true), "registrar", true);
  }

  /** six qualified suppliers */
  List<Long> sixQualified() {
    return List.of(qualified(EvaluationGrade.NONE), qualified(EvaluationGrade.A3), qualified(EvaluationGrade.NONE),
        qualified(EvaluationGrade.A5), qualified(EvaluationGrade.NONE), qualified(EvaluationGrade.A4));
  }

  /** suppliers that fail the qualification on BID_DATE, one way each */
  List<Long> unqualified() {
    // one condition's evidence submitted by the supplier, never verified
    long unverified = register(EvaluationGrade.NONE, null);
    for (SupplierCondition condition : SupplierCondition.values()) {
      if (condition == SupplierCondition.TAX_AND_SOCIAL_SECURITY) {
        service.recordEvidence(unverified, condition, new EvidenceRequest("完税证明", null, null, null),
            "supplier1", false);
      } else {
        verify(unverified, condition, null);
      }
    }
    // one condition's evidence expired the day before the bid date
    long expired = qualified(EvaluationGrade.A5);
    verify(expired, SupplierCondition.NO_MAJOR_VIOLATION_3Y, BID_DATE.minusDays(1));
    // all seven met, but suspended
    SupplierRequest suspendedRequest = request(EvaluationGrade.A5, GRADE_UNTIL);
    long suspended = service.register(suspendedRequest, "registrar").id();
    for (SupplierCondition condition : SupplierCondition.values()) {
      verify(suspended, condition, null);
    }
    service.update(suspended, new SupplierRequest(suspendedRequest.creditCode(), suspendedRequest.name(),
        suspendedRequest.organizationType(), suspendedRequest.registrationAuthority(),
        suspendedRequest.evaluationGrade(), suspendedRequest.gradeValidUntil(), SupplierStatus.SUSPENDED,
        "抽查发现服务质量问题，整改期间暂停"), "registrar");
    // one condition missing altogether
    long missing = register(EvaluationGrade.NONE, null);
    for (SupplierCondition condition : SupplierCondition.values()) {
      if (condition != SupplierCondition.PROFESSIONAL_CAPACITY) {
        verify(missing, condition, null);
      }
    }
    List<Long> ids = List.of(unverified, expired, suspended, missing);
    assertThat(ids).allSatisfy(id -> assertThat(service.qualification(id, BID_DATE).qualified()).isFalse());
    return ids;
  }

  @Test
  void theSameSeedDrawsTheSameInviteesInTheSameOrder() {
    List<Long> qualified = sixQualified();
    unqualified();

    InvitationDrawView first = invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 3, null, 42L);
    InvitationDrawView second = invitations.draw("draw-b", "SZ-2026-0002", BID_DATE, 3, null, 42L);

    assertThat(first.drawId()).isNotEqualTo(second.drawId());
    assertThat(first.supplierIds()).hasSize(3).doesNotHaveDuplicates().isEqualTo(second.supplierIds());
    assertThat(qualified).containsAll(first.supplierIds());
    // the documented algorithm, over the qualified suppliers only
    assertThat(first.supplierIds()).isEqualTo(InvitationDraw.select(qualified, 42L, 3));
    assertThat(first.invitees()).extracting(InvitationDrawView.Invitee::position).containsExactly(1, 2, 3);
    assertThat(first.seed()).isEqualTo(42L);
    assertThat(first.requestedCount()).isEqualTo(3);
    assertThat(first.minimumGrade()).isNull();
    assertThat(first.bidDate()).isEqualTo(BID_DATE);
    assertThat(first.drawnAt()).isNotNull();

    // stored with its order
    entityManager.clear();
    InvitationDrawView read = invitations.findByDrawKey("draw-a").orElseThrow();
    assertThat(read).isEqualTo(first);
    assertThat(read.invitees()).allSatisfy(i -> assertThat(i.creditCode()).isNotBlank());
  }

  @Test
  void selectionShufflesTheCandidatesSortedById() {
    List<Long> ids = List.of(5L, 3L, 9L, 1L, 7L);
    assertThat(InvitationDraw.select(ids, 7L, 3)).isEqualTo(InvitationDraw.select(List.of(1L, 3L, 5L, 7L, 9L), 7L, 3));
    assertThat(InvitationDraw.select(ids, 7L, 5)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(InvitationDraw.select(ids, 7L, 5).subList(0, 3)).isEqualTo(InvitationDraw.select(ids, 7L, 3));
  }

  @Test
  void onlyQualifiedSuppliersAreEverDrawnAndDifferentSeedsDiffer() {
    List<Long> qualified = sixQualified();
    List<Long> unqualified = unqualified();

    Set<List<Long>> outcomes = new HashSet<>();
    Set<Long> everDrawn = new HashSet<>();
    for (long seed = 1; seed <= 30; seed++) {
      InvitationDrawView draw = invitations.draw("draw-" + seed, "SZ-2026-" + seed, BID_DATE, 3, null, seed);
      assertThat(draw.supplierIds()).hasSize(3).doesNotHaveDuplicates();
      outcomes.add(draw.supplierIds());
      everDrawn.addAll(draw.supplierIds());
    }
    assertThat(everDrawn).doesNotContainAnyElementsOf(unqualified);
    // the draw really varies with the seed, and reaches every qualified supplier
    assertThat(outcomes).hasSizeGreaterThan(1);
    assertThat(everDrawn).containsExactlyInAnyOrderElementsOf(qualified);
    assertThat(draws.count()).isEqualTo(30);
  }

  @Test
  void fewerThanThreeInviteesAreRefusedAndNothingIsWritten() {
    sixQualified();

    assertThatThrownBy(() -> invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 2, null, 1L))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("邀请招标应邀请不少于3家供应商：2");
    assertThatThrownBy(() -> invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 0, null, 1L))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(draws.count()).isZero();
    // three is enough
    assertThat(invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 3, null, 1L).supplierIds()).hasSize(3);
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> invitations.draw("draw-a", " ", BID_DATE, 3, null, 1L))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("采购编号必填");
    assertThatThrownBy(() -> invitations.draw("draw-a", PROCUREMENT_NO, null, 3, null, 1L))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("投标日期必填");
    assertThatThrownBy(() -> invitations.draw("k".repeat(101), PROCUREMENT_NO, BID_DATE, 3, null, 1L))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("抽取键不超过100个字符");
    assertThat(draws.count()).isZero();
  }

  @Test
  void tooFewQualifiedSuppliersIsATypedOutcomeAndNothingIsWritten() {
    qualified(EvaluationGrade.NONE);
    qualified(EvaluationGrade.A3);
    qualified(EvaluationGrade.NONE);
    unqualified();

    // seven registered, three qualified: four cannot be invited
    assertThatThrownBy(() -> invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 4, null, 1L))
        .isInstanceOfSatisfying(InvitationDrawException.class, e -> {
          assertThat(e.reason()).isEqualTo(InvitationDrawException.Reason.TOO_FEW_QUALIFIED_SUPPLIERS);
          assertThat(e.errorCode()).isEqualTo("Error_TooFewQualifiedSuppliers");
          assertThat(e.qualified()).isEqualTo(3);
          assertThat(e.requested()).isEqualTo(4);
          assertThat(e.getMessage()).contains("符合条件的承接主体3家", "不足邀请的4家");
        });
    assertThat(draws.count()).isZero();
    assertThat(invitations.findByDrawKey("draw-a")).isEmpty();
    // exactly enough: all three
    assertThat(invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 3, null, 1L).supplierIds()).hasSize(3);
  }

  @Test
  void theSameDrawKeyReturnsTheStoredDraw() {
    sixQualified();

    InvitationDrawView first = invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 3, null, 1L);
    entityManager.clear();
    // a retry, even with another seed or count, returns the first draw
    InvitationDrawView again = invitations.draw(" draw-a ", PROCUREMENT_NO, BID_DATE, 5, null, 99L);
    InvitationDrawView random = invitations.draw("draw-a", PROCUREMENT_NO, BID_DATE, 3, null, null);

    assertThat(again).isEqualTo(first);
    assertThat(random).isEqualTo(first);
    assertThat(draws.count()).isEqualTo(1);
    // the key belongs to its procurement
    assertThatThrownBy(() -> invitations.draw("draw-a", "SZ-2026-0009", BID_DATE, 3, null, 1L))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("抽取键「draw-a」已用于采购项目" + PROCUREMENT_NO);
    assertThat(draws.count()).isEqualTo(1);
  }

  @Test
  void aBlankDrawKeyIsTheProcurementNumberAndAMissingSeedIsStored() {
    sixQualified();

    InvitationDrawView drawn = invitations.draw(null, PROCUREMENT_NO, BID_DATE, 4, EvaluationGrade.NONE, null);

    assertThat(drawn.drawKey()).isEqualTo(PROCUREMENT_NO);
    assertThat(drawn.minimumGrade()).isNull();
    // the stored seed replays the draw
    assertThat(invitations.draw("replay", PROCUREMENT_NO, BID_DATE, 4, null, drawn.seed()).supplierIds())
        .isEqualTo(drawn.supplierIds());
  }

  @Test
  void theMinimumGradeIsRespected() {
    long a5 = qualified(EvaluationGrade.A5);
    long a4 = qualified(EvaluationGrade.A4);
    long otherA4 = qualified(EvaluationGrade.A4);
    qualified(EvaluationGrade.A3);
    qualified(EvaluationGrade.NONE);
    qualified(EvaluationGrade.A2);
    // 5A, but the grade expired before the bid date
    qualified(EvaluationGrade.A5, BID_DATE.minusDays(1));

    for (long seed = 1; seed <= 10; seed++) {
      InvitationDrawView draw = invitations.draw("grade-" + seed, PROCUREMENT_NO, BID_DATE, 3, EvaluationGrade.A4, seed);
      assertThat(draw.supplierIds()).containsExactlyInAnyOrder(a5, a4, otherA4);
      assertThat(draw.minimumGrade()).isEqualTo(EvaluationGrade.A4);
    }
    assertThatThrownBy(() -> invitations.draw("grade-x", PROCUREMENT_NO, BID_DATE, 4, EvaluationGrade.A4, 1L))
        .isInstanceOfSatisfying(InvitationDrawException.class, e -> {
          assertThat(e.qualified()).isEqualTo(3);
          assertThat(e.getMessage()).contains("评估等级4A及以上");
        });
    // without a grade all seven qualify
    assertThat(invitations.draw("no-grade", PROCUREMENT_NO, BID_DATE, 7, null, 1L).supplierIds()).hasSize(7);
    entityManager.clear();
    assertThat(invitations.findByDrawKey("grade-1").orElseThrow().minimumGrade()).isEqualTo(EvaluationGrade.A4);
  }
}
