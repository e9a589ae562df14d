package org.govpurchase.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.acceptance.AcceptanceService.PublicAcceptance;
import org.govpurchase.acceptance.AcceptanceService.Recorded;
import org.govpurchase.award.AwardService;
import org.govpurchase.calendar.BeijingTime;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.contract.ContractService;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.contract.Contracts;
import org.govpurchase.evaluation.CommitteeDraw;
import org.govpurchase.evaluation.EvaluationReports;
import org.govpurchase.payment.PaymentForms;
import org.govpurchase.payment.PaymentService;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderService;
import org.govpurchase.testing.ContractFixture;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.SupplierFixture;
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

/**
 * Acceptance reports on the Flyway schema (H2 by default), from a real filed contract whose service
 * requirements hold two standards: prepared per standard, recorded once per round, published with
 * organizations only once passed; and the contract's last instalment is the one paid after acceptance.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StatutoryPeriods.class, Contracts.class, AcceptanceService.class, AcceptanceForms.class, PaymentService.class,
    PaymentForms.class, ContractService.class, AwardService.class, SupplierService.class, TenderService.class,
    EvaluationReports.class, WorkingDays.class, ApprovedPlans.class, AcceptanceServiceTest.Scans.class})
class AcceptanceServiceTest {

  @ComponentScan(basePackages = {"org.govpurchase.calendar", "org.govpurchase.plan"}, useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
          pattern = {".*JpaCalendarSource", ".*CatalogLookup"}))
  static class Scans {
  }

  static final String NO = "SZ-2026-0002";
  static final String SUNSHINE_CODE = "52440300MJL0000012";

  @Autowired AcceptanceService service;
  @Autowired AcceptanceForms forms;
  @Autowired PaymentForms paymentForms;
  @Autowired Contracts contracts;
  @Autowired ContractService contractService;
  @Autowired AwardService awards;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean CommitteeDraw committees;

  PlanFixture plans;
  long contractId;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void fixture() {
    plans = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026);
    ContractFixture fixture = new ContractFixture(awards, contractService);
    long planId = plans.approvedPlan(NO, ProcurementMethod.DIRECT_PURCHASE, new BigDecimal("500000.00"),
        LocalDate.of(2026, 11, 1));
    SupplierFixture.qualified(jdbc, SUNSHINE_CODE, "深圳市阳光社会工作服务中心", "sunshine1");
    Instant announced = beijing("2026-10-16T10:00");
    long awardId = fixture.announcedAward(planId, NO, SUNSHINE_CODE, new BigDecimal("480000.00"), announced);
    contractId = fixture.draftedContract("pi-2", awardId,
        List.of(new Instalment(new BigDecimal("200000.00"), LocalDate.of(2026, 12, 1)),
            new Instalment(new BigDecimal("280000.00"), LocalDate.of(2027, 6, 1))), announced);
    fixture.signedAndPublished(contractId, "sunshine1", beijing("2026-10-20T09:00"), "agency1",
        beijing("2026-10-20T10:00"));
    fixture.filed(contractId, beijing("2026-10-21T10:00"), "finance1", beijing("2026-10-22T10:00"));
  }

  @AfterEach
  void cleanUp() {
    for (String table : new String[] {"acceptance_report", "contract_filing", "contract_instalment", "contract",
        "award_challenge", "award"}) {
      jdbc.update("delete from " + table);
    }
    plans.cleanUp();
    for (String table : new String[] {"supplier_condition_evidence", "supplier_member", "supplier_history",
        "supplier"}) {
      jdbc.update("delete from " + table);
    }
  }

  @Test
  void theFormListsEveryServiceStandardAndTheTimerIsTheEndOfTheTerm() throws Exception {
    List<String> standards = contracts.acceptanceTerms(contractId).serviceStandards();
    assertThat(standards).isNotEmpty();
    var rows = new ObjectMapper().readTree(service.prepare(contractId, 1).verdictsJson());
    assertThat(rows).hasSize(standards.size());
    assertThat(rows.get(0).path("standard").asText()).isEqualTo(standards.get(0));
    assertThat(rows.get(0).path("verdict").isNull()).isTrue();
    assertThat(service.prepare(contractId, 1).summary()).contains(NO, "第1次验收");
    LocalDate termEnd = contracts.acceptanceTerms(contractId).termEnd();
    assertThat(forms.termEndsAt(contractId).toInstant()).isEqualTo(BeijingTime.endOf(termEnd));
  }

  @Test
  void aContractsLastInstalmentIsPaidAfterAcceptance() {
    var instalments = contracts.terms(contractId).instalments();
    assertThat(paymentForms.afterAcceptance(instalments.get(0).id())).isFalse();
    assertThat(paymentForms.afterAcceptance(instalments.get(1).id())).isTrue();
    assertThat(paymentForms.afterAcceptance(987654L)).isFalse();
  }

  @Test
  void aFailedRoundGetsARectificationDeadlineAndAPassedOneIsPublishedWithoutLogins() throws Exception {
    assertThatThrownBy(() -> service.publicAcceptance(NO)).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("尚未验收合格");

    // a report that breaks a rule writes nothing
    assertThatThrownBy(() -> service.record(contractId, 1, report("FAILED", "FAILED", "PASSED"), "agency1",
        beijing("2026-09-21T10:00"))).hasMessageContaining("acceptanceResult");
    assertThat(count()).isZero();

    // Monday Sep 21 2026 + 15 working days: Sep 22-24, 28-30, Oct 8, 9, the make-up Saturday Oct 10, 12-16, 19
    Recorded failed = service.record(contractId, 1, report("PASSED", "FAILED", "FAILED"), "agency1",
        beijing("2026-09-21T10:00"));
    assertThat(failed.result()).isEqualTo("FAILED");
    assertThat(failed.rectificationDeadline()).isEqualTo(beijing("2026-10-19T23:59:59"));
    // a second run of the worker writes nothing and returns the first
    assertThat(service.record(contractId, 1, report("PASSED", "PASSED", "PASSED"), "agency1",
        beijing("2026-09-22T10:00"))).isEqualTo(failed);
    assertThat(service.passed(contractId)).isFalse();
    assertThatThrownBy(() -> service.publicAcceptance(NO)).isInstanceOf(NoSuchElementException.class);

    Recorded passed = service.record(contractId, 2, report("PASSED", "PASSED", "PASSED"), "agency1",
        beijing("2026-10-20T10:00"));
    assertThat(passed.rectificationDeadline()).isNull();
    assertThat(service.passed(contractId)).isTrue();
    PublicAcceptance published = service.publicAcceptance(" " + NO + " ");
    assertThat(published.result()).isEqualTo("PASSED");
    assertThat(published.supplierName()).isEqualTo("深圳市阳光社会工作服务中心");
    assertThat(published.organizedBy()).endsWith("（购买主体）");
    assertThat(published.rounds()).extracting(r -> r.result()).containsExactly("FAILED", "PASSED");
    assertThat(published.rounds().get(1).peopleServedOpinions()).isEqualTo("服务对象代表：上门服务准时𠮷");
    assertThat(published.rounds().get(0).standards().get(1).note()).isEqualTo("记录不全");
    String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(published);
    assertThat(json).doesNotContain("agency1", "sunshine1", "finance1");
  }

  private static AcceptanceReport report(String first, String second, String result) {
    return new AcceptanceReport(List.of(
        new AcceptanceReport.StandardVerdict("每周上门两次", first, "FAILED".equals(first) ? "缺少上门记录" : null),
        new AcceptanceReport.StandardVerdict("每次不少于2小时", second, "FAILED".equals(second) ? "记录不全" : null)),
        true, true, "服务对象代表：上门服务准时𠮷", result, "验收组逐项核查并走访服务对象");
  }

  private int count() {
    return jdbc.queryForObject("select count(*) from acceptance_report", Integer.class);
  }
}
