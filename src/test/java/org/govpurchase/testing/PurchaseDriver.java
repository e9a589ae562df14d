package org.govpurchase.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.testing.Api.value;
import static org.govpurchase.testing.CatalogDriver.item;
import static org.govpurchase.testing.EngineTasks.awaitTask;
import static org.govpurchase.testing.EngineTasks.formVariables;
import static org.govpurchase.testing.EngineTasks.submit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govpurchase.plan.PurchasePlanProcess;

/**
 * Takes a purchase through its plan over REST, as the demo users agency and finance would in
 * Tasklist, with the workers running: what end-to-end tests of tendering and contracts need first.
 */
public final class PurchaseDriver {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final Api agency;
  private final Api finance;

  public PurchaseDriver(String base) {
    this.base = base;
    this.agency = Api.as(base, "agency", Api.DEMO_PASSWORD);
    this.finance = Api.as(base, "finance", Api.DEMO_PASSWORD);
  }

  /**
   * Publishes this year's catalog (the test clock's year, {@link TestDates#year()}) with an
   * elderly-care item for 福田区民政局, starts a purchase of this year as agency, drafts the plan
   * (the term {@link #termStart()} to {@link #termEnd()}) and has finance approve it; the decision table then chooses the
   * method. The plan number is SZ-&lt;this year&gt;-nnnn.
   *
   * @return the Procurement instance's id
   */
  public String approvedPurchase(long budget, boolean withinGovernmentProcurement) throws JsonProcessingException {
    int year = TestDates.year();
    new CatalogDriver(base).publish(year, "福田区" + year + "年度政府购买服务目录", List.of(
        item("社区居家养老服务", "SOCIAL_ELDERLY_DISABILITY_CARE", "为辖区高龄独居老人提供上门照护", "SZFT-MZJ")));
    return anotherApprovedPurchase(budget, withinGovernmentProcurement);
  }

  /**
   * As {@link #approvedPurchase} once this year's catalog is published: a further purchase of
   * 福田区民政局 in the same catalog (its plan number the next SZ-&lt;this year&gt;-nnnn).
   *
   * @return the Procurement instance's id
   */
  public String anotherApprovedPurchase(long budget, boolean withinGovernmentProcurement)
      throws JsonProcessingException {
    int year = TestDates.year();
    var started = agency.post("/engine-rest/process-definition/key/Procurement/submit-form",
        Map.of("variables", Map.of("planYear", value(year))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String procurement = JSON.readTree(started.body()).path("id").asText();
    String draft = awaitTask(agency, PurchasePlanProcess.TASK_DRAFT_PLAN);
    String itemId = JSON.readTree(formVariables(agency, draft).path("catalogItemOptions").path("value").asText())
        .get(0).path("value").asText();
    assertThat(submit(agency, draft, plan(itemId, budget, withinGovernmentProcurement)).status()).isEqualTo(204);
    assertThat(submit(finance, awaitTask(finance, PurchasePlanProcess.TASK_REVIEW_PLAN), Map.of("reviewDecision", value("APPROVE")))
        .status()).isEqualTo(204);
    return procurement;
  }

  /**
   * The plan's service term starts on 1 March of this year and ends with February next year
   * (2027-03-01 to 2028-02-29 on the 2027 clock): the term the scenarios were written for.
   */
  public static LocalDate termStart() {
    return LocalDate.of(TestDates.year(), 3, 1);
  }

  /** the last day of the plan's one-year term */
  public static LocalDate termEnd() {
    return termStart().plusYears(1).minusDays(1);
  }

  private static Map<String, Object> plan(String itemId, long budget, boolean withinGovernmentProcurement) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("catalogItemId", value(itemId));
    variables.put("serviceName", value("社区居家养老服务"));
    variables.put("serviceStandard", value("每周上门照护两次，每次不少于2小时"));
    variables.put("budget", value(budget));
    variables.put("termStart", value(termStart().toString()));
    variables.put("termEnd", value(termEnd().toString()));
    variables.put("evaluationMethod", value("COMPREHENSIVE_SCORING"));
    variables.put("requirements", value("辖区80岁以上独居老人"));
    variables.put("fundingSource", value("AGENCY_BUDGET"));
    variables.put("majorProject", value(false));
    variables.put("withinGovernmentProcurement", value(withinGovernmentProcurement));
    return variables;
  }
}
