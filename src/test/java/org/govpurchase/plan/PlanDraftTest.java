package org.govpurchase.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.plan.PurchasePlanProcess.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draft's field rules, shared by the completion check and the registering worker. */
class PlanDraftTest {

  static Map<String, Object> valid() {
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_YEAR, 2026);
    v.put(VAR_CATALOG_ITEM_ID, "17");
    v.put(VAR_SERVICE_NAME, "𠮷祥社区长者助餐服务");
    v.put(VAR_SERVICE_STANDARD, "每日午餐一次");
    v.put(VAR_BUDGET, 360000L);
    v.put(VAR_TERM_START, "2026-03-01");
    v.put(VAR_TERM_END, "2027-02-28");
    v.put(VAR_EVALUATION_METHOD, "LOWEST_PRICE");
    v.put(VAR_REQUIREMENTS, "辖区独居老人");
    v.put(VAR_FUNDING_SOURCE, "MAJOR_PROJECT_CONFIRMED");
    v.put(VAR_MAJOR_PROJECT, true);
    v.put(VAR_WITHIN_GOVERNMENT_PROCUREMENT, false);
    return v;
  }

  @Test
  void readsWhatTasklistSends() {
    PlanDraft.Reading reading = PlanDraft.read(valid()::get);

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.draft().budget()).isEqualTo(new BigDecimal("360000.00"));
    assertThat(reading.draft().evaluationMethod()).isEqualTo(EvaluationMethod.LOWEST_PRICE);
    assertThat(reading.draft().majorProject()).isTrue();
  }

  @Test
  void listsEveryProblem() {
    Map<String, Object> v = valid();
    v.put(VAR_BUDGET, 0);
    v.put(VAR_TERM_START, "2026-13-01");
    v.put(VAR_SERVICE_NAME, "𠮷".repeat(51)); // 102 UTF-16 units: too long for H2's VARCHAR(100)
    v.put(VAR_EVALUATION_METHOD, "CHEAPEST");
    v.put(VAR_FUNDING_SOURCE, "AGENCY_BUDGET");
    v.remove(VAR_CATALOG_ITEM_ID);

    assertThat(PlanDraft.read(v::get).problems()).containsExactlyInAnyOrder(
        "请选择目录事项",
        "服务名称须为2至100字",
        "预算金额须大于0且不超过9999999999999.99元",
        "服务期限开始日期须为 yyyy-MM-dd 格式的日期：2026-13-01",
        "评标方法须为综合评分法（COMPREHENSIVE_SCORING）或最低评标价法（LOWEST_PRICE）",
        "重大项目须事前报财政部门确定资金来源和金额（资金来源选 MAJOR_PROJECT_CONFIRMED）");
  }

  @Test
  void budgetHasAtMostTwoDecimalsAndEndComesAfterStart() {
    Map<String, Object> v = valid();
    v.put(VAR_BUDGET, "100.001");
    v.put(VAR_TERM_END, "2026-03-01");

    assertThat(PlanDraft.read(v::get).problems()).containsExactly(
        "预算金额最多保留两位小数（元、角、分）", "服务期限结束日期须晚于开始日期");
  }
}
