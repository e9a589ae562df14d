package org.govpurchase.payment;

import org.govpurchase.contract.Contracts;
import org.govpurchase.calendar.StatutoryPeriods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.award.AwardService;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.contract.ContractService;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.evaluation.CommitteeDraw;
import org.govpurchase.evaluation.EvaluationReports;
import org.govpurchase.payment.PaymentViews.AgencyLateness;
import org.govpurchase.payment.PaymentViews.ContractPayments;
import org.govpurchase.payment.PaymentViews.InstalmentRequest;
import org.govpurchase.payment.PaymentViews.Payment;
import org.govpurchase.payment.PaymentViews.PaymentPlan;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderService;
import org.govpurchase.testing.ContractFixture;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.SupplierFixture;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Payment on the Flyway schema (H2 by default), from a real filed contract (direct purchase of
 * 480000.00 in two instalments due 2026-12-01 and 2027-06-01). Each service call commits on its own.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StatutoryPeriods.class, Contracts.class, PaymentService.class, PaymentForms.class, ContractService.class, AwardService.class, SupplierService.class,
    TenderService.class, EvaluationReports.class, WorkingDays.class, ApprovedPlans.class, PaymentServiceTest.Scans.class})
class PaymentServiceTest {

  @ComponentScan(basePackages = {"org.govpurchase.calendar", "org.govpurchase.plan"}, useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
          pattern = {".*JpaCalendarSource", ".*CatalogLookup"}))
  static class Scans {
  }

  static final String NO = "SZ-2026-0001";
  static final String SUNSHINE_CODE = "52440300MJL0000012";
  static final String RAINBOW_CODE = "52440300MJL0000025";

  @Autowired PaymentService service;
  @Autowired PaymentForms forms;
  @Autowired ContractService contracts;
  @Autowired AwardService awards;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean CommitteeDraw committees;

  PlanFixture plans;
  ContractFixture contractFixture;
  long planId;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void fixture() {
    plans = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026);
    contractFixture = new ContractFixture(awards, contracts);
    planId = plans.approvedPlan(NO, ProcurementMethod.DIRECT_PURCHASE, new BigDecimal("500000.00"),
        LocalDate.of(2026, 11, 1));
    supplier(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", "sunshine1");
    supplier(RAINBOW_CODE, "深圳市彩虹长者服务社", "rainbow1");
  }

  @AfterEach
  void cleanUp() {
    for (String table : new String[] {"payment", "instalment_request", "funds_confirmation", "contract_filing",
        "contract_instalment", "contract", "award_challenge", "award"}) {
      jdbc.update("delete from " + table);
    }
    plans.cleanUp();
    for (String table : new String[] {"supplier_condition_evidence", "supplier_member", "supplier_history",
        "supplier"}) {
      jdbc.update("delete from " + table);
    }
  }

  long supplier(String code, String name, String user) {
    return SupplierFixture.qualified(jdbc, code, name, user);
  }

  /** a contract of sunshine, signed and published; filed unless {@code file} is false */
  long contract(boolean file) {
    Instant announced = beijing("2026-10-16T10:00");
    long awardId = contractFixture.announcedAward(planId, NO, SUNSHINE_CODE, new BigDecimal("480000.00"),
        announced);
    long contractId = contractFixture.draftedContract("pi-1", awardId,
        List.of(new Instalment(new BigDecimal("200000.00"), LocalDate.of(2026, 12, 1)),
            new Instalment(new BigDecimal("280000.00"), LocalDate.of(2027, 6, 1))), announced);
    contractFixture.signedAndPublished(contractId, "sunshine1", beijing("2026-10-20T09:00"), "agency1",
        beijing("2026-10-20T10:00"));
    if (file) {
      contractFixture.filed(contractId, beijing("2026-10-21T10:00"), "finance1", beijing("2026-10-22T10:00"));
    }
    return contractId;
  }

  int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  @Test
  void anInstalmentIsOverdueWhenUnpaidAfterTheEndOfItsDueDateInBeijing() {
    long contractId = contract(true);
    InstalmentRequest request = service.requestInstalment(contractId, 1, "sunshine1", "第一期服务已完成",
        beijing("2026-11-30T09:00"));
    long id = request.instalmentId();
    assertThat(forms.dueAt(id)).isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-01T15:59:59Z")));
    assertThat(service.overdue(id, beijing("2026-12-01T23:59:59"))).isFalse();
    assertThat(forms.overdue(id, java.util.Date.from(beijing("2026-12-02T00:00:01")))).isTrue();
    assertThat(service.overdue(987654L, beijing("2027-12-02T00:00"))).isFalse();
    assertThatThrownBy(() -> forms.dueAt(987654L)).isInstanceOf(java.util.NoSuchElementException.class);

    service.recordDecision(id, "APPROVE", null, "agency1", beijing("2026-12-03T09:00"));
    service.pay(id, "instalment-" + id, null, beijing("2026-12-03T10:00"));
    assertThat(service.overdue(id, beijing("2026-12-04T00:00"))).isFalse();
  }

  @Test
  void thePlanListsTheInstalmentsOfAFiledContractWithItsRoute() {
    long contractId = contract(false);
    assertThatThrownBy(() -> service.planPayments(contractId)).isInstanceOf(PaymentConflictException.class);
    contracts.submitFiling(contractId, null, null, null, beijing("2026-10-21T10:00"));
    contracts.recordFiling(contractId, "finance1", beijing("2026-10-22T10:00"));

    PaymentPlan plan = service.planPayments(contractId);

    List<Long> ids = jdbc.queryForList("select id from contract_instalment where contract_id = ? order by seq",
        Long.class, contractId);
    assertThat(plan.instalmentIds()).hasSize(2).containsExactlyElementsOf(ids);
    assertThat(plan.paymentRoute()).isEqualTo("AGENCY_BUDGET");
    assertThatThrownBy(() -> service.planPayments(987654)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aMajorProjectHasNoRouteUntilTheFinanceBureauConfirmsTheFundsOnce() {
    long contractId = contract(true);
    jdbc.update("update contract set payment_route = 'MAJOR_PROJECT_CONFIRMED' where id = ?", contractId);
    assertThat(service.planPayments(contractId).paymentRoute()).isNull();
    assertThatThrownBy(() -> service.confirmFunds(contractId, "MAJOR_PROJECT_CONFIRMED", null, "finance1",
        beijing("2026-10-23T10:00"))).isInstanceOf(InvalidRequestException.class);

    service.confirmFunds(contractId, "FINANCE_DIRECT", "已列入年度预算", "finance1", beijing("2026-10-23T10:00"));
    assertThat(service.confirmFunds(contractId, "AGENCY_BUDGET", "again", "finance2", beijing("2026-10-24T10:00"))
        .route()).isEqualTo("FINANCE_DIRECT");

    assertThat(count("funds_confirmation")).isEqualTo(1);
    assertThat(service.planPayments(contractId).paymentRoute()).isEqualTo("FINANCE_DIRECT");
  }

  @Test
  void onlyTheContractsSupplierRequestsAndOnlyOneRequestIsPending() {
    long contractId = contract(true);
    assertThatThrownBy(() -> service.requestInstalment(contractId, 1, "rainbow1", null, beijing("2026-12-01T09:00")))
        .isInstanceOf(PaymentDeniedException.class);
    assertThatThrownBy(() -> service.requestInstalment(contractId, 1, "nobody", null, beijing("2026-12-01T09:00")))
        .isInstanceOf(PaymentDeniedException.class);
    assertThatThrownBy(() -> service.requestInstalment(contractId, 3, "sunshine1", null, beijing("2026-12-01T09:00")))
        .isInstanceOf(NoSuchElementException.class);

    InstalmentRequest first = service.requestInstalment(contractId, 1, "sunshine1", "第一期服务已完成",
        beijing("2026-12-01T09:00"));
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(first.decision()).isNull();
    assertThat(first.requestedAt()).isEqualTo(beijing("2026-12-01T09:00"));
    assertThatThrownBy(() -> service.requestInstalment(contractId, 1, "sunshine1", "再次", beijing("2026-12-01T10:00")))
        .isInstanceOf(PaymentConflictException.class);
    assertThat(count("instalment_request")).isEqualTo(1);

    assertThat(forms.instalmentSummary(first.instalmentId())).contains("第1期", "200000.00元", "2026-12-01",
        "第一期服务已完成", "2026-12-01 09:00:00");
    assertThat(forms.instalmentSummary(987654L)).isEqualTo("（分期987654不存在）");
    assertThat(forms.instalmentSummary(null)).isEqualTo("（分期编号缺失）");

    // returned: the supplier asks again as attempt 2
    service.recordDecision(first.instalmentId(), "RETURN", "缺少服务记录", "agency1", beijing("2026-12-02T09:00"));
    assertThat(service.recordDecision(first.instalmentId(), "RETURN", "缺少服务记录", "agency1",
        beijing("2026-12-02T09:05")).decision()).isEqualTo("RETURNED");
    assertThatThrownBy(() -> service.recordDecision(first.instalmentId(), "APPROVE", null, "agency1",
        beijing("2026-12-02T09:05"))).isInstanceOf(PaymentConflictException.class);
    assertThatThrownBy(() -> service.pay(first.instalmentId(), "instalment-x", null, beijing("2026-12-02T10:00")))
        .isInstanceOf(PaymentConflictException.class);
    InstalmentRequest second = service.requestInstalment(contractId, 1, "sunshine1", "已补服务记录",
        beijing("2026-12-03T09:00"));
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(service.recordDecision(first.instalmentId(), "APPROVE", null, "agency1", beijing("2026-12-03T10:00"))
        .decision()).isEqualTo("APPROVED");
    assertThat(jdbc.queryForObject("select count(*) from instalment_request where decided_by is not null",
        Integer.class)).isEqualTo(2);
  }

  @Test
  void aRetriedPaymentPaysOnceAndCountsBeijingDaysLate() {
    long contractId = contract(true);
    long first = service.requestInstalment(contractId, 1, "sunshine1", null, beijing("2026-12-01T09:00"))
        .instalmentId();
    service.recordDecision(first, "APPROVE", null, "agency1", beijing("2026-12-02T09:00"));

    // 2026-12-04 00:30 Beijing is still 12-03 in UTC: 3 days after the due date 12-01
    Payment paid = service.pay(first, "instalment-" + first, null, Instant.parse("2026-12-03T16:30:00Z"));
    Payment again = service.pay(first, "instalment-" + first, null, Instant.parse("2026-12-05T16:30:00Z"));

    assertThat(paid.daysLate()).isEqualTo(3);
    assertThat(paid.amount()).isEqualByComparingTo("200000.00");
    assertThat(paid.route()).isEqualTo("AGENCY_BUDGET");
    assertThat(paid.approvedBy()).isEqualTo("agency1");
    assertThat(again).isEqualTo(paid);
    assertThat(count("payment")).isEqualTo(1);
    assertThatThrownBy(() -> service.pay(first, "another-key", null, Instant.parse("2026-12-05T16:30:00Z")))
        .isInstanceOf(PaymentConflictException.class);
    assertThatThrownBy(() -> service.requestInstalment(contractId, 1, "sunshine1", null, beijing("2026-12-06T09:00")))
        .isInstanceOf(PaymentConflictException.class);
    assertThat(count("payment")).isEqualTo(1);
  }

  @Test
  void paidOnTimeIsNotLateAndTheReadsShowPaidAndOverdueInstalments() {
    long contractId = contract(true);
    long first = service.requestInstalment(contractId, 1, "sunshine1", null, beijing("2026-11-20T09:00"))
        .instalmentId();
    service.recordDecision(first, "APPROVE", null, "agency1", beijing("2026-11-21T09:00"));
    assertThat(service.pay(first, "instalment-" + first, "FINANCE_DIRECT", beijing("2026-12-01T23:59")).daysLate())
        .isZero();

    // as of 2027-06-11 Beijing the second instalment (due 06-01) is 10 days overdue
    ContractPayments payments = service.payments(contractId, beijing("2027-06-11T08:00"));
    assertThat(payments.paymentRoute()).isEqualTo("AGENCY_BUDGET");
    assertThat(payments.instalments()).extracting(i -> i.requestState()).containsExactly("PAID", "NONE");
    assertThat(payments.instalments().get(0).daysLate()).isZero();
    assertThat(payments.instalments().get(0).daysOverdue()).isNull();
    assertThat(payments.instalments().get(1).daysOverdue()).isEqualTo(10);
    assertThat(service.payments(contractId, beijing("2027-05-01T08:00")).instalments().get(1).daysOverdue()).isZero();
  }

  @Test
  void latenessIsCountedPerAgency() {
    long contractId = contract(true);
    long first = service.requestInstalment(contractId, 1, "sunshine1", null, beijing("2026-12-01T09:00"))
        .instalmentId();
    service.recordDecision(first, "APPROVE", null, "agency1", beijing("2026-12-02T09:00"));
    service.pay(first, "instalment-" + first, null, beijing("2026-12-11T10:00"));

    List<AgencyLateness> before = service.lateness(beijing("2027-06-01T10:00"));
    assertThat(before).singleElement().satisfies(a -> {
      assertThat(a.agencyCode()).isEqualTo("SZ-MZ");
      assertThat(a.paid()).isEqualTo(1);
      assertThat(a.paidLate()).isEqualTo(1);
      assertThat(a.totalDaysLate()).isEqualTo(10);
      assertThat(a.averageDaysLate()).isEqualByComparingTo("10.00");
      assertThat(a.unpaidOverdue()).isZero();
    });
    assertThat(service.lateness(beijing("2027-06-02T10:00")).get(0).unpaidOverdue()).isEqualTo(1);
  }

  @Test
  void daysLateUsesTheBeijingDate() {
    assertThat(PaymentService.daysLate(LocalDate.of(2026, 12, 31), Instant.parse("2027-01-01T15:59:59Z"))).isEqualTo(1);
    assertThat(PaymentService.daysLate(LocalDate.of(2026, 12, 31), Instant.parse("2026-12-31T15:59:59Z"))).isZero();
    assertThat(PaymentService.daysLate(LocalDate.of(2027, 3, 1), Instant.parse("2027-02-27T02:00:00Z"))).isZero();
    assertThat(PaymentService.daysLate(LocalDate.of(2027, 2, 27), Instant.parse("2027-03-01T02:00:00Z"))).isEqualTo(2);
  }
}
