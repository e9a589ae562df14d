package org.govpurchase.testing;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govpurchase.testing.Api.json;
import static org.govpurchase.testing.Api.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * Publishes a year's catalog through the CatalogApproval process over REST, as the demo users
 * finance (drafts) and govoffice (approves) would in Tasklist, with the workers running: what
 * end-to-end tests of later stages need first.
 */
public final class CatalogDriver {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Api finance;
  private final Api govoffice;

  public CatalogDriver(String baseUrl) {
    this.finance = Api.as(baseUrl, "finance", Api.DEMO_PASSWORD);
    this.govoffice = Api.as(baseUrl, "govoffice", Api.DEMO_PASSWORD);
  }

  /** {@code {"itemName":..,"category":..,"description":..,"agencies":[..]}} */
  public static Map<String, Object> item(String name, String category, String description, String... agencies) {
    return Map.of("itemName", name, "category", category, "description", description, "agencies", List.of(agencies));
  }

  /** drafts, approves and publishes the catalog; returns when its instance has ended */
  public void publish(int year, String title, List<Map<String, Object>> items) throws JsonProcessingException {
    var started = finance.post("/engine-rest/process-definition/key/CatalogApproval/submit-form",
        Map.of("variables", Map.of("catalogYear", value(year), "catalogTitle", value(title))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).path("id").asText();

    String draft = claim(finance, "finance", instance, "Task_DraftCatalog");
    var drafted = finance.post("/engine-rest/task/{id}/submit-form", Map.of("variables",
        Map.of("catalogTitle", value(title), "catalogItems", json(JSON.writeValueAsString(items)))), draft);
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(204);

    String approval = claim(govoffice, "govoffice", instance, "Task_ApproveCatalog");
    var approved = govoffice.post("/engine-rest/task/{id}/submit-form",
        Map.of("variables", Map.of("approvalDecision", value("APPROVE"))), approval);
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);

    await().atMost(60, SECONDS).until(
        () -> finance.getObject("/engine-rest/history/process-instance/{id}", instance).get("state"),
        "COMPLETED"::equals);
  }

  private static String claim(Api user, String userId, String instance, String taskKey) {
    List<Map<String, Object>> tasks = await().atMost(60, SECONDS).until(
        () -> user.getList("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}", instance, taskKey),
        list -> !list.isEmpty());
    String taskId = (String) tasks.get(0).get("id");
    assertThat(user.post("/engine-rest/task/{id}/claim", Map.of("userId", userId), taskId).status()).isEqualTo(204);
    return taskId;
  }
}
