package org.govpurchase.testing;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The platform's HTTP APIs as a client sees them: /engine-rest and /api, as a given user. */
public final class Api {

  public static final String DEMO_PASSWORD = "demo";
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };

  private final RestClient client;

  private Api(RestClient client) {
    this.client = client;
  }

  public static Api as(String baseUrl, String user, String password) {
    return new Api(RestClient.builder().baseUrl(baseUrl)
        .defaultHeaders(h -> h.setBasicAuth(user, password))
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
        .build());
  }

  public static Api anonymous(String baseUrl) {
    return new Api(RestClient.builder().baseUrl(baseUrl)
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
        .build());
  }

  public record Answer(int status, String body) {
  }

  public Answer get(String path, Object... args) {
    var entity = client.get().uri(path, args).retrieve().toEntity(String.class);
    return new Answer(entity.getStatusCode().value(), entity.getBody());
  }

  public Answer send(String method, String path, Object body, Object... args) {
    var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path, args)
        .contentType(MediaType.APPLICATION_JSON);
    var entity = (body == null ? spec : spec.body(body)).retrieve().toEntity(String.class);
    return new Answer(entity.getStatusCode().value(), entity.getBody());
  }

  public Answer post(String path, Object body, Object... args) {
    return send("POST", path, body, args);
  }

  public List<Map<String, Object>> getList(String path, Object... args) {
    return client.get().uri(path, args).retrieve().body(LIST);
  }

  public Map<String, Object> getObject(String path, Object... args) {
    return client.get().uri(path, args).retrieve().body(OBJECT);
  }

  /** A Camunda REST variables object: {"name": {"value": ..}} or {"type": "Json", "value": ".."}. */
  public static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  public static Map<String, Object> json(String json) {
    return Map.of("type", "Json", "value", json);
  }
}
