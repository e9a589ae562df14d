package org.govpurchase.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Public views name organizations and roles, never a person's login (issue 11): no text of a
 * /api/public/** answer is, or quotes, a user id the engine knows.
 */
public final class PublicViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PublicViews() {
  }

  /** every user id of the engine: the demo users, the administrator, the workers' technical user */
  public static List<String> userIds(IdentityService identityService) {
    return identityService.createUserQuery().list().stream().map(User::getId).toList();
  }

  /** asserts that no text in the public answer {@code body} of {@code path} is or quotes a user id */
  public static void assertNoLoginIds(String path, String body, Collection<String> userIds) {
    List<String> texts = new ArrayList<>();
    texts(read(body), texts);
    for (String text : texts) {
      for (String user : userIds) {
        assertThat(text).as("%s shows the login %s", path, user)
            .isNotEqualTo(user).doesNotContain("「" + user + "」");
      }
    }
  }

  private static void texts(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
    node.forEach(child -> texts(child, into));
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
