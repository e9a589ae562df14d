package org.govpurchase.catalog;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govpurchase.testing.Api.json;
import static org.govpurchase.testing.Api.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govpurchase.testing.Api;
import org.govpurchase.testing.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The catalog from draft to the public endpoint, driven through the REST API as the demo users
 * would drive it in Tasklist, with the all-in-one workers doing the automated steps.
 * Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@DirtiesContext // the engine registers itself JVM-wide as "default": one engine context at a time
abstract class CatalogEndToEnd {

  static final int PORT = FreePort.find();
  static final String BASE = "http://localhost:" + PORT;
  static final String WORKER_PASSWORD = "e2e-worker-secret";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String RARE_NAME = "𠮷祥社区长者饭堂服务";

  @TempDir
  static Path dataDir;

  final Api finance = Api.as(BASE, "finance", Api.DEMO_PASSWORD);
  final Api govoffice = Api.as(BASE, "govoffice", Api.DEMO_PASSWORD);
  final Api supervisor = Api.as(BASE, "supervisor", Api.DEMO_PASSWORD);
  final Api worker = Api.as(BASE, "worker", WORKER_PASSWORD);
  final Api anonymous = Api.anonymous(BASE);

  static void commonProperties(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("platform.data-dir", () -> dataDir.toString());
    registry.add("platform.workers.password", () -> WORKER_PASSWORD);
  }

  @Test
  void catalogGoesFromDraftToPublicEndpointAndIsAdjustedLater() throws Exception {
    assertSecurity();
    assertCalendarIsEditableByTheFinanceBureauOnly();

    var badStart = finance.post("/engine-rest/process-definition/key/CatalogApproval/submit-form",
        Map.of("variables", Map.of("catalogYear", value(1800), "catalogTitle", value("福田区目录"))));
    assertThat(badStart.status()).isEqualTo(400);
    assertThat(badStart.body()).contains("目录年度");
    assertThat(finance.getList("/engine-rest/history/process-instance?processDefinitionKey=CatalogApproval")).isEmpty();

    String first = startCatalog(2026, "福田区2026年度政府购买服务目录");
    String draft = awaitTask(finance, first, CatalogApprovalProcess.TASK_DRAFT_CATALOG);
    assertThat(formVariables(finance, draft).path("agencyOptions").path("value").asText()).contains("SZFT-MZJ");

    // bad input: a 400 that says what is wrong, and the task is still there, unchanged
    var refused = submit(finance, draft, Map.of("catalogTitle", value("目录"),
        "catalogItems", json(items(item("", "SOCIAL_ELDERLY_DISABILITY_CARE", "说明", "SZFT-MZJ")))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("事项名称");
    assertThat(formVariables(finance, draft).has("catalogItems")).isFalse();

    // an out-of-scope item sends the draft back with the reason
    submit(finance, draft, draftVariables(item("行政许可证核发", CatalogApprovalProcessTest.ELDERLY,
        "代为核发行政许可证", "SZFT-MZJ")));
    draft = awaitTask(finance, first, CatalogApprovalProcess.TASK_DRAFT_CATALOG);
    assertThat(formVariables(finance, draft).path("scopeRejection").path("value").asText()).contains("行政许可");

    // in scope: to the government office, which returns it once with comments
    submit(finance, draft, draftVariables(elderlyCare()));
    String approval = awaitTask(govoffice, first, CatalogApprovalProcess.TASK_APPROVE_CATALOG);
    assertThat(formVariables(govoffice, approval).path("catalogReviewItems").path("value").asText())
        .contains("社会事务服务·养老助残", "福田区民政局");
    // the finance bureau oversees: it reads the government office's task but cannot work on it
    assertThat(finance.getList("/engine-rest/task?processInstanceId={id}", first)).hasSize(1);
    assertThat(finance.post("/engine-rest/task/{id}/claim", Map.of("userId", "finance"), approval).status())
        .isEqualTo(403);
    submit(govoffice, approval, Map.of("approvalDecision", value("RETURN"), "returnReason", value("请补充说明服务对象")));
    draft = awaitTask(finance, first, CatalogApprovalProcess.TASK_DRAFT_CATALOG);
    assertThat(formVariables(finance, draft).path("returnReason").path("value").asText()).isEqualTo("请补充说明服务对象");
    submit(finance, draft, draftVariables(elderlyCare()));
    approval = awaitTask(govoffice, first, CatalogApprovalProcess.TASK_APPROVE_CATALOG);
    submit(govoffice, approval, Map.of("approvalDecision", value("APPROVE"), "approvalComment", value("同意发布")));
    awaitEnded(first);

    JsonNode published = JSON.readTree(anonymous.get("/api/public/catalogs/2026").body());
    assertThat(published.path("versionNo").asInt()).isEqualTo(1);
    assertThat(published.path("items").get(0).path("name").asText()).isEqualTo(RARE_NAME);

    // an adjustment during the year: a new version through the same approval, the old one stays
    String second = startCatalog(2026, "福田区2026年度政府购买服务目录（调整）");
    draft = awaitTask(finance, second, CatalogApprovalProcess.TASK_DRAFT_CATALOG);
    JsonNode adjustment = formVariables(finance, draft);
    assertThat(adjustment.path("catalogItems").path("value").asText()).contains(RARE_NAME);
    submit(finance, draft, draftVariables(elderlyCare(),
        item("法律援助服务", "SOCIAL_LEGAL_AID", "为困难群众提供法律咨询和代理", "SZFT-SFJ", "SZFT-MZJ")));
    approval = awaitTask(govoffice, second, CatalogApprovalProcess.TASK_APPROVE_CATALOG);
    submit(govoffice, approval, Map.of("approvalDecision", value("APPROVE")));
    awaitEnded(second);

    JsonNode active = JSON.readTree(anonymous.get("/api/public/catalogs/2026").body());
    assertThat(active.path("versionNo").asInt()).isEqualTo(2);
    assertThat(active.path("items")).hasSize(2);
    JsonNode old = JSON.readTree(anonymous.get("/api/public/catalogs/2026/versions/1").body());
    assertThat(old.path("items")).hasSize(1);
    assertThat(JSON.readTree(anonymous.get("/api/public/catalogs/2026/versions").body())).hasSize(2);

    // supervisors see every instance; the technical user sees none and starts none
    assertThat(supervisor.getList("/engine-rest/history/process-instance?processDefinitionKey=CatalogApproval"))
        .hasSize(2);
    assertThat(worker.getList("/engine-rest/history/process-instance")).isEmpty();
    // (404: without READ on the definition the technical user cannot even see it)
    assertThat(worker.post("/engine-rest/process-definition/key/CatalogApproval/start", Map.of()).status())
        .isEqualTo(404);
    assertThat(worker.getList("/engine-rest/task")).isEmpty();
  }

  /** the calendar is data the finance bureau changes through the API, nobody else */
  private void assertCalendarIsEditableByTheFinanceBureauOnly() {
    assertThat(govoffice.get("/api/calendar/2026").body()).contains("2026-10-10", "CONFIRMED");
    Map<String, Object> newYear = Map.of("working", false, "name", "元旦");
    assertThat(govoffice.send("PUT", "/api/calendar/2027/days/2027-01-01", newYear).status()).isEqualTo(403);
    assertThat(finance.send("PUT", "/api/calendar/2027/days/2026-12-31", newYear).status()).isEqualTo(400);
    assertThat(finance.send("PUT", "/api/calendar/2027/days/2027-01-01", newYear).status()).isEqualTo(200);
    assertThat(anonymous.get("/api/calendar/2027").status()).isEqualTo(401);
    assertThat(finance.get("/api/calendar/2027").body()).contains("2027-01-01", "元旦");
  }

  private void assertSecurity() {
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/calendar/2026").status()).isEqualTo(401);
    // (a failed login delays that user's next attempts: the engine's brute-force protection)
    assertThat(Api.as(BASE, "finance2", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/public/catalogs/2099").status()).isEqualTo(404);
    // government office may not start a catalog
    assertThat(govoffice.post("/engine-rest/process-definition/key/CatalogApproval/start", Map.of()).status())
        .isEqualTo(403);
  }

  private String startCatalog(int year, String title) throws Exception {
    var started = finance.post("/engine-rest/process-definition/key/CatalogApproval/submit-form",
        Map.of("variables", Map.of("catalogYear", value(year), "catalogTitle", value(title))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).path("id").asText();
  }

  private String awaitTask(Api user, String instance, String taskKey) {
    List<Map<String, Object>> tasks = await().atMost(60, SECONDS).until(
        () -> user.getList("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}", instance, taskKey),
        list -> !list.isEmpty());
    String taskId = (String) tasks.get(0).get("id");
    String userId = user == finance ? "finance" : "govoffice";
    assertThat(user.post("/engine-rest/task/{id}/claim", Map.of("userId", userId), taskId).status()).isEqualTo(204);
    return taskId;
  }

  private void awaitEnded(String instance) {
    await().atMost(60, SECONDS).until(
        () -> finance.getObject("/engine-rest/history/process-instance/{id}", instance).get("state"),
        "COMPLETED"::equals);
  }

  private JsonNode formVariables(Api user, String taskId) throws Exception {
    return JSON.readTree(user.get("/engine-rest/task/{id}/form-variables?deserializeValues=false", taskId).body());
  }

  private Api.Answer submit(Api user, String taskId, Map<String, Object> variables) {
    return user.post("/engine-rest/task/{id}/submit-form", Map.of("variables", variables), taskId);
  }

  private static Map<String, Object> draftVariables(Map<String, Object>... items) throws Exception {
    return Map.of("catalogTitle", value("福田区2026年度政府购买服务目录"), "catalogItems", json(items(items)));
  }

  private static Map<String, Object> elderlyCare() {
    return item(RARE_NAME, CatalogApprovalProcessTest.ELDERLY, "为辖区高龄独居老人提供助餐服务", "SZFT-MZJ");
  }

  private static Map<String, Object> item(String name, String category, String description, String... agencies) {
    return Map.of("itemName", name, "category", category, "description", description, "agencies", List.of(agencies));
  }

  @SafeVarargs
  private static String items(Map<String, Object>... items) throws Exception {
    return JSON.writeValueAsString(List.of(items));
  }
}
