package org.govpurchase.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.plan.MethodChanges;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.QualificationReview.Conclusion;
import org.govpurchase.tender.QualificationReview.Result;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.tender.TenderViews.Closing;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * What the Tendering workers call, on the Flyway schema (H2 by default): closing when due, the
 * invited-tender bid check, the qualification review, the form texts and the change of method.
 * Outside a transaction, so each call commits or rolls back on its own.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StatutoryPeriods.class, TenderService.class, SupplierService.class, QualificationReview.class, TenderForms.class,
    MethodChanges.class})
class TenderProcessServicesTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final Instant DEADLINE = beijing("2026-03-23T09:30");
  static final Instant NOW = beijing("2026-03-02T10:00");
  static final BigDecimal PRICE = new BigDecimal("480000.00");

  @Autowired TenderService tenders;
  @Autowired QualificationReview review;
  @Autowired TenderForms forms;
  @Autowired MethodChanges methodChanges;
  @Autowired JdbcTemplate jdbc;

  PlanFixture plans;
  long planId;
  long sunshine;
  long rainbow;
  long harmony;
  long lapsed;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void fixture() {
    plans = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026);
    planId = plans.approvedPlan("SZ-2026-0001", ProcurementMethod.OPEN_TENDER, new BigDecimal("500000.00"),
        LocalDate.of(2026, 5, 1));
    sunshine = supplier("52440300MJL0000012", "阳光社工服务中心", "sunshine1", null);
    rainbow = supplier("52440300MJL0000025", "彩虹长者服务社", "rainbow1", null);
    harmony = supplier("52440300MJL0000033", "和谐家庭服务中心", "harmony1", null);
    // its registration certificate lapses three days before the bid deadline
    lapsed = supplier("52440300MJL0000041", "晚霞养老服务社", "lapsed1", LocalDate.of(2026, 3, 20));
  }

  @AfterEach
  void cleanUp() {
    for (String table : new String[] {"bid_qualification", "plan_method_change", "invitation_draw_supplier",
        "invitation_draw", "bid", "tender_clarification", "tender"}) {
      jdbc.update("delete from " + table);
    }
    plans.cleanUp();
    for (String table : new String[] {"supplier_condition_evidence", "supplier_member", "supplier_history",
        "supplier"}) {
      jdbc.update("delete from " + table);
    }
  }

  /** an ACTIVE supplier with all seven conditions verified; the first valid until {@code lapsesOn} */
  long supplier(String code, String name, String user, LocalDate lapsesOn) {
    jdbc.update("insert into supplier (credit_code, name, organization_type, registration_authority,"
        + " evaluation_grade, status) values (?, ?, 'SOCIAL_SERVICE_ORGANIZATION', '深圳市民政局', 'NONE', 'ACTIVE')",
        code, name);
    long id = jdbc.queryForObject("select id from supplier where credit_code = ?", Long.class, code);
    jdbc.update("insert into supplier_member (supplier_id, user_id, added_by) values (?, ?, 'registrar')", id, user);
    boolean first = true;
    for (String condition : List.of("LEGALLY_ESTABLISHED", "SOUND_GOVERNANCE", "INDEPENDENT_FINANCE",
        "PROFESSIONAL_CAPACITY", "TAX_AND_SOCIAL_SECURITY", "NO_MAJOR_VIOLATION_3Y", "OTHER_LEGAL_CONDITIONS")) {
      jdbc.update("insert into supplier_condition_evidence (supplier_id, condition_code, evidence, valid_until,"
          + " verified, verified_by, verified_at, recorded_by) values (?, ?, '证明', ?, true, 'registrar',"
          + " CURRENT_TIMESTAMP, 'registrar')", id, condition, first ? lapsesOn : null);
      first = false;
    }
    return id;
  }

  long tender(String no, ProcurementMethod method) {
    return tenders.announce(no, planId, method, "居家养老服务项目", "持证社工不少于5名", ISSUED, DEADLINE, NOW).id();
  }

  long bid(long tender, String user) {
    return tenders.submitBid(tender, user, PRICE, "每周上门两次，配备持证社工6名", NOW).id();
  }

  // ---- closing when due ----------------------------------------------------------------------

  @Test
  void closingWaitsForADeadlineThatAClarificationMoved() {
    long tender = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    long bid = bid(tender, "sunshine1");
    Closing early = tenders.closeIfDue(tender, beijing("2026-03-23T09:29"));
    assertThat(early.closed()).isFalse();
    assertThat(early.bidDeadline()).isEqualTo(DEADLINE);
    assertThat(early.bidIds()).isEmpty();

    long question = tenders.askClarification(tender, "rainbow1", "是否接受联合体投标？", beijing("2026-03-15T10:00")).id();
    tenders.answerClarification(question, "不接受", "buyer", beijing("2026-03-15T11:00"));
    Instant moved = beijing("2026-03-30T09:30");

    Closing atOldDeadline = tenders.closeIfDue(tender, DEADLINE);
    assertThat(atOldDeadline.closed()).isFalse();
    assertThat(atOldDeadline.bidDeadline()).isEqualTo(moved);
    assertThat(tenders.tender(tender).status()).isEqualTo(TenderStatus.ANNOUNCED);

    Closing due = tenders.closeIfDue(tender, moved);
    assertThat(due.closed()).isTrue();
    assertThat(due.bidIds()).containsExactly(bid);
    assertThat(tenders.closeIfDue(tender, moved.plusSeconds(60)).bidIds()).containsExactly(bid);
    tenders.markFailed(tender, moved);
    assertThatThrownBy(() -> tenders.closeIfDue(tender, moved)).isInstanceOf(InvalidRequestException.class);
  }

  // ---- invited tender ------------------------------------------------------------------------

  @Test
  void anInvitedTenderTakesBidsOnlyFromTheDrawnSuppliers() {
    long tender = tender("SZ-2026-0001-2", ProcurementMethod.INVITED_TENDER);
    // no draw yet: nobody is invited
    assertThatThrownBy(() -> bid(tender, "sunshine1"))
        .isInstanceOf(BidAccessDeniedException.class).hasMessageContaining(TenderService.NOT_INVITED);
    jdbc.update("insert into invitation_draw (draw_key, procurement_no, seed, bid_date, requested_count, drawn_at)"
        + " values ('SZ-2026-0001-2', 'SZ-2026-0001-2', 7, '2026-03-23', 3, CURRENT_TIMESTAMP)");
    long draw = jdbc.queryForObject("select id from invitation_draw", Long.class);
    int position = 1;
    for (long supplier : List.of(sunshine, rainbow, lapsed)) {
      jdbc.update("insert into invitation_draw_supplier (draw_id, supplier_id, position) values (?, ?, ?)",
          draw, supplier, position++);
    }

    assertThatThrownBy(() -> bid(tender, "harmony1"))
        .isInstanceOf(BidAccessDeniedException.class).hasMessageContaining("贵单位未受邀参加本项目邀请招标");
    assertThat(jdbc.queryForObject("select count(*) from bid", Integer.class)).isZero();
    assertThat(tenders.bid(bid(tender, "sunshine1"))).get().extracting(BidView::supplierId).isEqualTo(sunshine);
    // an open tender is open to all
    long open = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    assertThat(bid(open, "harmony1")).isPositive();
  }

  // ---- qualification review ------------------------------------------------------------------

  @Test
  void theCheckIsOnTheBidDeadlineDateAndStoredOnce() {
    long tender = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    long sunshineBid = bid(tender, "sunshine1");
    long lapsedBid = bid(tender, "lapsed1");
    assertThatThrownBy(() -> review.check(sunshineBid, NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("截标后");
    tenders.close(tender, DEADLINE);

    Result qualified = review.check(sunshineBid, DEADLINE);
    assertThat(qualified.autoQualified()).isTrue();
    assertThat(qualified.unmetReasons()).isEmpty();
    assertThat(qualified.qualified()).isNull();
    // qualified on the day it bid, lapsed on the bid deadline
    Result unqualified = review.check(lapsedBid, DEADLINE);
    assertThat(unqualified.autoQualified()).isFalse();
    assertThat(unqualified.unmetReasons()).contains("有效期至2026-03-20").doesNotContain("\n");

    assertThat(review.check(lapsedBid, DEADLINE.plusSeconds(3600))).isEqualTo(unqualified);
    assertThat(jdbc.queryForObject("select count(*) from bid_qualification", Integer.class)).isEqualTo(2);
    assertThatThrownBy(() -> review.check(404_404L, DEADLINE)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void theReviewerConfirmsOrOverridesWithAReasonOnce() {
    long tender = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    long sunshineBid = bid(tender, "sunshine1");
    long lapsedBid = bid(tender, "lapsed1");
    tenders.close(tender, DEADLINE);
    review.check(sunshineBid, DEADLINE);
    review.check(lapsedBid, DEADLINE);

    assertThatThrownBy(() -> review.decide(lapsedBid, "OVERRIDE", " ", "registrar", DEADLINE))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("理由");
    assertThatThrownBy(() -> review.decide(lapsedBid, "MAYBE", null, "registrar", DEADLINE))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> review.decide(lapsedBid, null, null, "registrar", DEADLINE))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> review.decide(lapsedBid, "OVERRIDE", "x".repeat(501), "registrar", DEADLINE))
        .isInstanceOf(InvalidRequestException.class);

    Result overridden = review.decide(lapsedBid, "OVERRIDE", "登记证书已于3月21日换发，见补正材料", "registrar", DEADLINE);
    assertThat(overridden.qualified()).isTrue();
    Result confirmed = review.decide(sunshineBid, "CONFIRM", "ignored", "registrar", DEADLINE);
    assertThat(confirmed.qualified()).isTrue();
    assertThat(confirmed.overrideReason()).isNull();

    assertThat(review.decide(sunshineBid, "CONFIRM", null, "registrar", DEADLINE)).isEqualTo(confirmed);
    assertThatThrownBy(() -> review.decide(sunshineBid, "OVERRIDE", "改判", "registrar", DEADLINE))
        .isInstanceOf(TenderConflictException.class);
    assertThat(review.find(sunshineBid)).contains(confirmed);
  }

  @Test
  void fewerThanThreeQualifiedBidsFailTheTender() {
    long tender = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    long sunshineBid = bid(tender, "sunshine1");
    long rainbowBid = bid(tender, "rainbow1");
    long lapsedBid = bid(tender, "lapsed1");
    tenders.close(tender, DEADLINE);
    for (long bid : List.of(sunshineBid, rainbowBid, lapsedBid)) {
      review.check(bid, DEADLINE);
    }
    review.decide(sunshineBid, "CONFIRM", null, "registrar", DEADLINE);
    review.decide(rainbowBid, "CONFIRM", null, "registrar", DEADLINE);
    assertThatThrownBy(() -> review.conclude(tender, ProcurementMethod.OPEN_TENDER, DEADLINE))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("尚未完成资格审查");
    review.decide(lapsedBid, "CONFIRM", null, "registrar", DEADLINE);

    Conclusion failed = review.conclude(tender, ProcurementMethod.OPEN_TENDER, DEADLINE);
    assertThat(failed.qualifiedBidIds()).containsExactly(sunshineBid, rainbowBid);
    assertThat(failed.qualifiedCount()).isEqualTo(2);
    assertThat(failed.minimumQualified()).isEqualTo(3);
    assertThat(failed.tenderFailed()).isTrue();
    assertThat(tenders.tender(tender).status()).isEqualTo(TenderStatus.FAILED);
    assertThat(review.conclude(tender, ProcurementMethod.OPEN_TENDER, DEADLINE)).isEqualTo(failed);
  }

  @Test
  void threeQualifiedBidsGoOnToEvaluation() {
    long tender = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    long rainbowBid = bid(tender, "rainbow1");
    long sunshineBid = bid(tender, "sunshine1");
    long lapsedBid = bid(tender, "lapsed1");
    tenders.close(tender, DEADLINE);
    for (long bid : List.of(sunshineBid, rainbowBid, lapsedBid)) {
      review.check(bid, DEADLINE);
    }
    review.decide(sunshineBid, "CONFIRM", null, "registrar", DEADLINE);
    review.decide(rainbowBid, "CONFIRM", null, "registrar", DEADLINE);
    review.decide(lapsedBid, "OVERRIDE", "已补正", "registrar", DEADLINE);

    Conclusion conclusion = review.conclude(tender, ProcurementMethod.OPEN_TENDER, DEADLINE);
    assertThat(conclusion.qualifiedBidIds()).containsExactly(rainbowBid, sunshineBid, lapsedBid);
    assertThat(conclusion.tenderFailed()).isFalse();
    assertThat(tenders.tender(tender).status()).isEqualTo(TenderStatus.CLOSED);
    assertThat(QualificationReview.minimumQualified(ProcurementMethod.SINGLE_SOURCE)).isEqualTo(1);
    assertThat(QualificationReview.minimumQualified(ProcurementMethod.REQUEST_FOR_QUOTATION)).isEqualTo(3);
  }

  @Test
  void noBidsAtAllFailTheTender() {
    long tender = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    tenders.close(tender, DEADLINE);
    Conclusion conclusion = review.conclude(tender, null, DEADLINE);
    assertThat(conclusion.qualifiedBidIds()).isEmpty();
    assertThat(conclusion.tenderFailed()).isTrue();
  }

  // ---- form texts ----------------------------------------------------------------------------

  @Test
  void formsShowTheBidTheBiddersAndTheQuestion() {
    long tender = tender("SZ-2026-0001", ProcurementMethod.OPEN_TENDER);
    long sunshineBid = bid(tender, "sunshine1");
    long rainbowBid = bid(tender, "rainbow1");
    long question = tenders.askClarification(tender, "rainbow1", "是否接受联合体投标？", NOW).id();

    assertThat(forms.bidSummary(sunshineBid)).isEqualTo(
        "阳光社工服务中心（统一社会信用代码 52440300MJL0000012）投标报价 480,000.00 元：每周上门两次，配备持证社工6名");
    assertThat(forms.bidSummary(String.valueOf(sunshineBid))).startsWith("阳光社工服务中心");
    assertThat(forms.bidSummary(404_404L)).contains("不存在");
    assertThat(forms.bidderNames(List.of((int) rainbowBid, (int) sunshineBid))).isEqualTo("彩虹长者服务社、阳光社工服务中心");
    // a Spin JSON array prints as its JSON text
    assertThat(forms.bidderNames("[" + sunshineBid + "," + rainbowBid + "]")).isEqualTo("阳光社工服务中心、彩虹长者服务社");
    assertThat(forms.bidderNames(List.of())).isEmpty();
    assertThat(forms.clarificationQuestion(question)).isEqualTo("是否接受联合体投标？");
    assertThat(forms.clarificationQuestion(Long.valueOf(question).doubleValue())).isEqualTo("是否接受联合体投标？");
    assertThatThrownBy(() -> forms.bidSummary("abc")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- change of method ----------------------------------------------------------------------

  @Test
  void theMethodChangesOncePerRoundWithWhoAndWhy() {
    assertThatThrownBy(() -> methodChanges.change(planId, 1, ProcurementMethod.OPEN_TENDER, "理由", "finance", null, NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已是公开招标");
    assertThatThrownBy(() -> methodChanges.change(planId, 1, ProcurementMethod.COMPETITIVE_NEGOTIATION, " ",
        "finance", null, NOW)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("理由");

    MethodChanges.Change change = methodChanges.change(planId, 1, ProcurementMethod.COMPETITIVE_NEGOTIATION,
        "公开招标合格投标人不足三家", "finance", "同意", NOW);
    assertThat(change.fromMethod()).isEqualTo(ProcurementMethod.OPEN_TENDER);
    assertThat(change.approvalComment()).isEqualTo("同意");
    assertThat(jdbc.queryForObject("select procurement_method from purchase_plan where id = ?", String.class, planId))
        .isEqualTo("COMPETITIVE_NEGOTIATION");
    assertThat(methodChanges.change(planId, 1, ProcurementMethod.COMPETITIVE_NEGOTIATION, "公开招标合格投标人不足三家",
        "finance", "同意", NOW.plusSeconds(60))).isEqualTo(change);
    assertThatThrownBy(() -> methodChanges.change(planId, 1, ProcurementMethod.SINGLE_SOURCE, "理由", "finance", null, NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("第1轮已变更");
    assertThatThrownBy(() -> methodChanges.change(404_404L, 1, ProcurementMethod.SINGLE_SOURCE, "理由", "finance", null, NOW))
        .isInstanceOf(NoSuchElementException.class);

    methodChanges.change(planId, 2, ProcurementMethod.SINGLE_SOURCE, "竞争性谈判仍不足三家", "finance", null, NOW);
    assertThat(methodChanges.changesOf(planId)).extracting(MethodChanges.Change::toMethod)
        .containsExactly(ProcurementMethod.COMPETITIVE_NEGOTIATION, ProcurementMethod.SINGLE_SOURCE);
    assertThat(jdbc.queryForObject("select procurement_method from purchase_plan where id = ?", String.class, planId))
        .isEqualTo("SINGLE_SOURCE");
  }
}
