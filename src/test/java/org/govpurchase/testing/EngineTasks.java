package org.govpurchase.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;

/** Tasklist's calls, for end-to-end tests: find a task, read its form variables, submit its form. */
public final class EngineTasks {

  public static final Duration WAIT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineTasks() {
  }

  /** the id of the first task of this definition key the user may see, once there is one */
  public static String awaitTask(Api user, String taskKey) {
    return (String) await().atMost(WAIT).until(
        () -> user.getList("/engine-rest/task?taskDefinitionKey={key}", taskKey), list -> !list.isEmpty())
        .get(0).get("id");
  }

  /** the form's variables, serialized as Tasklist reads them */
  public static JsonNode formVariables(Api user, String taskId) {
    try {
      return JSON.readTree(user.get("/engine-rest/task/{id}/form-variables?deserializeValues=false", taskId).body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** completes the task as Tasklist's Complete button does */
  public static Api.Answer submit(Api user, String taskId, Map<String, Object> variables) {
    return user.post("/engine-rest/task/{id}/submit-form", Map.of("variables", variables), taskId);
  }
}
