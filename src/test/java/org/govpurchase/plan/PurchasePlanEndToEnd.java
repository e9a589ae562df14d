package org.govpurchase.plan;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govpurchase.testing.Api.value;
import static org.govpurchase.testing.CatalogDriver.item;
import static org.govpurchase.testing.EngineTasks.formVariables;
import static org.govpurchase.testing.EngineTasks.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govpurchase.testing.Api;
import org.govpurchase.testing.CatalogDriver;
import org.govpurchase.testing.FreePort;
import org.govpurchase.testing.LongPollingReset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A purchase plan from draft to the public endpoint, driven through the REST API as the demo
 * users would drive it in Tasklist, with the all-in-one workers doing the automated steps: the
 * catalog is published first through CatalogApproval, then agency (张伟, 福田区民政局) drafts a plan
 * against one of its items and finance reviews it. Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@DirtiesContext // the engine registers itself JVM-wide as "default": one engine context at a time
abstract class PurchasePlanEndToEnd {

  /**
   * A port of each context's own, chosen when the context starts: when both subclasses run in one
   * JVM, the external-task client of the first, closed context may still poll its old port.
   */
  static int port;
  static String base;
  static final String WORKER_PASSWORD = "e2e-plan-worker-secret";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ELDERLY_CARE = "𠮷祥社区居家养老服务";

  @TempDir
  static Path dataDir;

  Api agency;
  Api finance;
  Api anonymous;

  static void commonProperties(DynamicPropertyRegistry registry) {
    // the H2 and MariaDB subclasses may run in one JVM (-Dtest=org.govpurchase.plan.**)
    LongPollingReset.forNextContext();
    port = FreePort.find();
    base = "http://localhost:" + port;
    registry.add("server.port", () -> port);
    registry.add("platform.data-dir", () -> dataDir.toString());
    registry.add("platform.workers.password", () -> WORKER_PASSWORD);
  }

  @Test
  void planGoesFromDraftAgainstTheCatalogToThePublicEndpoint() throws Exception {
    agency = Api.as(base, "agency", Api.DEMO_PASSWORD);
    finance = Api.as(base, "finance", Api.DEMO_PASSWORD);
    anonymous = Api.anonymous(base);
    new CatalogDriver(base).publish(2026, "福田区2026年度政府购买服务目录", List.of(
        item(ELDERLY_CARE, "SOCIAL_ELDERLY_DISABILITY_CARE", "为辖区高龄独居老人提供上门照护", "SZFT-MZJ"),
        item("法律援助服务", "SOCIAL_LEGAL_AID", "为困难群众提供法律咨询和代理", "SZFT-SFJ")));

    // only purchasing agencies start plans, and only for a year whose catalog covers them
    assertThat(anonymous.post("/engine-rest/process-definition/key/PurchasePlan/submit-form", Map.of()).status())
        .isEqualTo(401);
    assertThat(finance.post("/engine-rest/process-definition/key/PurchasePlan/submit-form",
        Map.of("variables", Map.of("planYear", value(2026)))).status()).isEqualTo(403);
    var noCatalog = agency.post("/engine-rest/process-definition/key/PurchasePlan/submit-form",
        Map.of("variables", Map.of("planYear", value(2030))));
    assertThat(noCatalog.status()).isEqualTo(400);
    assertThat(noCatalog.body()).contains("2030年度现行政府购买服务目录中没有适用于「福田区民政局」的目录事项");

    var started = agency.post("/engine-rest/process-definition/key/PurchasePlan/submit-form",
        Map.of("variables", Map.of("planYear", value(2026))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).path("id").asText();

    // the draft is the starter's, and offers only the items that cover their agency
    String draft = awaitTask(agency, instance, PurchasePlanProcess.TASK_DRAFT_PLAN);
    JsonNode form = formVariables(agency, draft);
    assertThat(form.path("agencyName").path("value").asText()).isEqualTo("福田区民政局");
    JsonNode options = JSON.readTree(form.path("catalogItemOptions").path("value").asText());
    assertThat(options).hasSize(1);
    assertThat(options.get(0).path("label").asText()).isEqualTo(ELDERLY_CARE);
    String itemId = options.get(0).path("value").asText();

    // bad fields: 400 that says what is wrong, nothing changes
    var bad = submit(agency, draft, draft(itemId, Map.of("budget", value(100.005), "termEnd", value("2026-01-01"))));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("两位小数", "结束日期须晚于开始日期");
    assertThat(formVariables(agency, draft).has("serviceName")).isFalse();

    // an item that is not in the catalog: refused by the registration, back to the draft with the reason
    assertThat(submit(agency, draft, draft("999999", Map.of())).status()).isEqualTo(204);
    draft = awaitTask(agency, instance, PurchasePlanProcess.TASK_DRAFT_PLAN);
    assertThat(formVariables(agency, draft).path("planRefusal").path("value").asText()).contains("999999", "不存在");

    // a good plan: to the finance bureau, which returns it once with comments
    assertThat(submit(agency, draft, draft(itemId, Map.of())).status()).isEqualTo(204);
    String review = awaitTask(finance, instance, PurchasePlanProcess.TASK_REVIEW_PLAN);
    JsonNode reviewForm = formVariables(finance, review);
    String planNo = reviewForm.path("planNo").path("value").asText();
    assertThat(planNo).matches("SZ-2026-\\d{4}");
    assertThat(reviewForm.path("planRefusal").path("value").isNull()).isTrue();
    assertThat(submit(finance, review, Map.of("reviewDecision", value("RETURN"))).status()).isEqualTo(400);
    assertThat(submit(finance, review, Map.of("reviewDecision", value("RETURN"),
        "returnReason", value("请明确每餐标准"))).status()).isEqualTo(204);

    draft = awaitTask(agency, instance, PurchasePlanProcess.TASK_DRAFT_PLAN);
    assertThat(formVariables(agency, draft).path("returnReason").path("value").asText()).isEqualTo("请明确每餐标准");
    assertThat(submit(agency, draft, draft(itemId, Map.of("serviceStandard", value("每日午餐一次，一荤两素一汤")))).status())
        .isEqualTo(204);
    review = awaitTask(finance, instance, PurchasePlanProcess.TASK_REVIEW_PLAN);
    assertThat(formVariables(finance, review).path("planNo").path("value").asText()).isEqualTo(planNo);
    assertThat(submit(finance, review, Map.of("reviewDecision", value("APPROVE"), "reviewComment", value("同意")))
        .status()).isEqualTo(204);
    await().atMost(60, SECONDS).until(
        () -> agency.getObject("/engine-rest/history/process-instance/{id}", instance).get("state"),
        "COMPLETED"::equals);
    assertThat(agency.getObject("/engine-rest/history/process-instance/{id}", instance).get("businessKey"))
        .isEqualTo(planNo);

    // public: standard, budget, evaluation method, requirements; no personal names
    var published = anonymous.get("/api/public/plans/{planNo}", planNo);
    assertThat(published.status()).isEqualTo(200);
    JsonNode plan = JSON.readTree(published.body());
    assertThat(plan.path("serviceStandard").asText()).isEqualTo("每日午餐一次，一荤两素一汤");
    assertThat(plan.path("budget").decimalValue()).isEqualByComparingTo("360000.50");
    assertThat(plan.path("evaluationMethod").asText()).isEqualTo("COMPREHENSIVE_SCORING");
    assertThat(plan.path("evaluationMethodLabel").asText()).isEqualTo("综合评分法");
    assertThat(plan.path("requirements").asText()).isEqualTo("辖区60岁以上独居老人，约300人");
    assertThat(plan.path("catalogItemName").asText()).isEqualTo(ELDERLY_CARE);
    assertThat(plan.path("agencyName").asText()).isEqualTo("福田区民政局");
    assertThat(plan.path("termStart").asText()).isEqualTo("2026-03-01");
    // chosen by procurement-method.dmn: within government procurement, under 1,000,000 yuan
    assertThat(plan.path("procurementMethod").asText()).isEqualTo("REQUEST_FOR_QUOTATION");
    assertThat(plan.path("procurementMethodLabel").asText()).isEqualTo("询价");
    assertThat(plan.path("runByProcurementAgency").asBoolean()).isFalse();
    assertThat(published.body()).doesNotContain("agency\"", "finance", "张伟", "王静");
    JsonNode year = JSON.readTree(anonymous.get("/api/public/plans?year=2026").body());
    assertThat(year).hasSize(1);
    assertThat(year.get(0).path("planNo").asText()).isEqualTo(planNo);
    assertThat(anonymous.get("/api/public/plans?year=2027").body()).isEqualTo("[]");
    assertThat(anonymous.get("/api/public/plans").status()).isEqualTo(400);
    assertThat(anonymous.get("/api/public/plans/SZ-2026-9999").status()).isEqualTo(404);
  }

  private String awaitTask(Api user, String instance, String taskKey) {
    List<Map<String, Object>> tasks = await().atMost(60, SECONDS).until(
        () -> user.getList("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}", instance, taskKey),
        list -> !list.isEmpty());
    String taskId = (String) tasks.get(0).get("id");
    if (tasks.get(0).get("assignee") == null) {
      assertThat(user.post("/engine-rest/task/{id}/claim", Map.of("userId", "finance"), taskId).status()).isEqualTo(204);
    }
    return taskId;
  }



  private static Map<String, Object> draft(String itemId, Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("catalogItemId", value(itemId));
    variables.put("serviceName", value("长者助餐服务"));
    variables.put("serviceStandard", value("每日午餐一次"));
    variables.put("budget", value(360000.5));
    variables.put("termStart", value("2026-03-01"));
    variables.put("termEnd", value("2027-02-28"));
    variables.put("evaluationMethod", value("COMPREHENSIVE_SCORING"));
    variables.put("requirements", value("辖区60岁以上独居老人，约300人"));
    variables.put("fundingSource", value("AGENCY_BUDGET"));
    variables.put("majorProject", value(false));
    variables.put("withinGovernmentProcurement", value(true));
    variables.putAll(overrides);
    return variables;
  }
}
