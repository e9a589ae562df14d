package org.govpurchase.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plans on the Flyway schema (H2 by default), with ddl-auto=validate. */
@DataJpaTest
@Import({PlanService.class, CatalogLookup.class})
class PlanServiceTest {

  @Autowired PlanService plans;
  @Autowired PurchasePlanRepository repository;
  @Autowired TestEntityManager entityManager;
  @Autowired JdbcTemplate jdbc;

  long elderlyCare;
  long legalAid;
  long draftOnly;

  @BeforeEach
  void catalog() {
    CatalogFixture catalog = new CatalogFixture(jdbc);
    catalog.agency("SZFT-MZJ", "福田区民政局");
    catalog.agency("SZFT-SFJ", "福田区司法局");
    catalog.member("agency", "SZFT-MZJ");
    catalog.member("lawyer", "SZFT-SFJ");
    elderlyCare = catalog.activeItem(2026, "社区居家养老服务", "SZFT-MZJ");
    legalAid = catalog.activeItem(2026, "法律援助服务", "SZFT-SFJ");
    draftOnly = catalog.draftItem(2026, "草稿中的事项", "SZFT-MZJ");
  }

  @Test
  void theDraftFormOffersTheItemsThatCoverTheOfficersAgency() {
    DraftStart start = plans.prepareDraft(2026, "agency");

    assertThat(start.agencyCode()).isEqualTo("SZFT-MZJ");
    assertThat(start.agencyName()).isEqualTo("福田区民政局");
    assertThat(start.itemOptions()).containsExactly(new DraftStart.Option("社区居家养老服务", Long.toString(elderlyCare)));
    assertThat(plans.startProblems(2026, "agency")).isEmpty();
    assertThat(plans.startProblems(2027, "agency")).singleElement().asString().contains("2027年度");
    assertThat(plans.startProblems(2026, "stranger")).singleElement().asString().contains("未关联购买主体");
  }

  @Test
  void registeringTwiceKeepsOnePlanWithItsNumber() {
    RegisteredPlan first = plans.register("pi-1", draft(elderlyCare, Map.of()), "agency");
    RegisteredPlan second = plans.register("pi-1", draft(elderlyCare, Map.of("serviceName", "长者助餐服务（修改）")), "agency");
    RegisteredPlan other = plans.register("pi-2", draft(elderlyCare, Map.of()), "agency");
    entityManager.clear();

    assertThat(second).isEqualTo(first);
    assertThat(first.planNo()).isEqualTo("SZ-2026-0001");
    assertThat(other.planNo()).isEqualTo("SZ-2026-0002");
    PurchasePlan plan = repository.findById(first.id()).orElseThrow();
    assertThat(plan.getServiceName()).isEqualTo("长者助餐服务（修改）");
    assertThat(plan.getBudget()).isEqualByComparingTo("360000.50");
    assertThat(plan.getStatus()).isEqualTo(PurchasePlan.Status.DRAFT);
    assertThat(plan.getAgencyCode()).isEqualTo("SZFT-MZJ");
  }

  @Test
  void refusesItemsOutsideTheActiveCatalogOrTheAgencyAndWritesNothing() {
    assertThatThrownBy(() -> plans.register("pi-1", draft(draftOnly, Map.of()), "agency"))
        .isInstanceOf(PlanRefusedException.class)
        .hasMessage("目录事项「草稿中的事项」不在2026年度现行政府购买服务目录中");
    assertThatThrownBy(() -> plans.register("pi-1", draft(legalAid, Map.of()), "agency"))
        .isInstanceOf(PlanRefusedException.class)
        .hasMessage("目录事项「法律援助服务」不适用于购买主体「福田区民政局」");
    assertThatThrownBy(() -> plans.register("pi-1", draft(elderlyCare, Map.of("planYear", 2027)), "agency"))
        .hasMessageContaining("不在2027年度现行政府购买服务目录中");
    assertThatThrownBy(() -> plans.register("pi-1", draft(999_999L, Map.of()), "agency"))
        .hasMessageContaining("不存在");
    assertThatThrownBy(() -> plans.register("pi-1", draft(elderlyCare, Map.of()), "stranger"))
        .hasMessageContaining("未关联购买主体");
    assertThat(repository.count()).isZero();
  }

  @Test
  void anApprovedPlanIsPublicAndARejectedOneIsNot() {
    RegisteredPlan approved = plans.register("pi-1", draft(elderlyCare, Map.of()), "agency");
    RegisteredPlan rejected = plans.register("pi-2", draft(elderlyCare, Map.of()), "agency");
    assertThatThrownBy(() -> plans.publicPlan(approved.planNo())).isInstanceOf(NoSuchElementException.class);

    plans.publish(approved.id(), "finance", "同意", ProcurementMethod.REQUEST_FOR_QUOTATION, false);
    plans.publish(approved.id(), "finance", "同意", ProcurementMethod.REQUEST_FOR_QUOTATION, false); // twice: changes nothing
    plans.reject(rejected.id(), "finance", "预算已用尽");
    entityManager.clear();

    PublicPlan plan = plans.publicPlan(approved.planNo());
    assertThat(plan.budget()).isEqualByComparingTo(new BigDecimal("360000.50"));
    assertThat(plan.serviceStandard()).isEqualTo("每日午餐一次");
    assertThat(plan.evaluationMethodLabel()).isEqualTo("综合评分法");
    assertThat(plan.requirements()).isEqualTo("辖区独居老人");
    assertThat(plan.catalogItemName()).isEqualTo("社区居家养老服务");
    assertThat(plan.agencyName()).isEqualTo("福田区民政局");
    assertThat(plan.approvedAt()).isNotNull();
    assertThat(plans.publicPlans(2026)).extracting(PublicPlan::planNo).containsExactly(approved.planNo());
    assertThatThrownBy(() -> plans.publicPlan(rejected.planNo())).isInstanceOf(NoSuchElementException.class);
    PurchasePlan stored = repository.findById(rejected.id()).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(PurchasePlan.Status.REJECTED);
    assertThat(stored.getRejectionReason()).isEqualTo("预算已用尽");
    assertThatThrownBy(() -> plans.publish(rejected.id(), "finance", null, ProcurementMethod.OPEN_TENDER, false)).isInstanceOf(IllegalStateException.class);
  }

  private static PlanDraft.Reading draft(long itemId, Map<String, Object> overrides) {
    Map<String, Object> v = new HashMap<>(PlanDraftTest.valid());
    v.put("catalogItemId", itemId);
    v.put("serviceName", "长者助餐服务");
    v.put("budget", 360000.5);
    v.put("evaluationMethod", "COMPREHENSIVE_SCORING");
    v.put("fundingSource", "AGENCY_BUDGET");
    v.put("majorProject", false);
    v.putAll(overrides);
    return PlanDraft.read(v::get);
  }
}
