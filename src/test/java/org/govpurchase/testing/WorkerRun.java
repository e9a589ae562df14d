package org.govpurchase.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;

/**
 * Runs a real worker against the engine inside a process test, without the external-task client:
 * the engine locks the topic's one task and the handler gets it through the client's interfaces,
 * whose calls go straight to the engine. A worker's {@code handleFailure} fails the test with the
 * worker's message, because a process test expects every step to succeed or end in a BPMN error.
 */
public final class WorkerRun {

  static final String WORKER_ID = "process-test-worker";

  private WorkerRun() {
  }

  /** locks the one open task of {@code topic} and hands it to {@code handler} */
  public static void run(ProcessEngine engine, String topic, ExternalTaskHandler handler) {
    List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(1, WORKER_ID)
        .topic(topic, 60_000).execute();
    assertThat(locked).as("an open task of topic %s", topic).hasSize(1);
    handler.execute(task(locked.get(0)), service(engine.getExternalTaskService()));
  }

  private static ExternalTask task(LockedExternalTask locked) {
    Map<String, Object> variables = new HashMap<>(locked.getVariables());
    InvocationHandler answer = (proxy, method, args) -> switch (method.getName()) {
      case "getId" -> locked.getId();
      case "getTopicName" -> locked.getTopicName();
      case "getProcessInstanceId" -> locked.getProcessInstanceId();
      case "getActivityId" -> locked.getActivityId();
      case "getActivityInstanceId" -> locked.getActivityInstanceId();
      case "getProcessDefinitionId" -> locked.getProcessDefinitionId();
      case "getProcessDefinitionKey" -> locked.getProcessDefinitionKey();
      case "getBusinessKey" -> locked.getBusinessKey();
      case "getRetries" -> locked.getRetries();
      case "getWorkerId" -> WORKER_ID;
      case "getVariable" -> variables.get((String) args[0]);
      case "getAllVariables" -> variables;
      case "toString" -> "ExternalTask " + locked.getId() + " (" + locked.getTopicName() + ")";
      default -> defaultValue(method);
    };
    return (ExternalTask) Proxy.newProxyInstance(WorkerRun.class.getClassLoader(),
        new Class<?>[] {ExternalTask.class}, answer);
  }

  @SuppressWarnings("unchecked")
  private static ExternalTaskService service(org.camunda.bpm.engine.ExternalTaskService engine) {
    InvocationHandler answer = (proxy, method, args) -> {
      String id = ((ExternalTask) args[0]).getId();
      switch (method.getName()) {
        case "complete" -> engine.complete(id, WORKER_ID,
            args.length > 1 ? asOverRest((Map<String, Object>) args[1]) : null,
            args.length > 2 ? asOverRest((Map<String, Object>) args[2]) : null);
        case "handleBpmnError" -> engine.handleBpmnError(id, WORKER_ID, (String) args[1],
            args.length > 2 ? (String) args[2] : null, args.length > 3 ? (Map<String, Object>) args[3] : null);
        case "handleFailure" -> throw new AssertionError("worker failed on " + id + ": " + args[1]);
        default -> throw new UnsupportedOperationException(method.getName());
      }
      return null;
    };
    return (ExternalTaskService) Proxy.newProxyInstance(WorkerRun.class.getClassLoader(),
        new Class<?>[] {ExternalTaskService.class}, answer);
  }

  /**
   * The client's JSON values (ClientValues.jsonValue) as the engine receives them over REST: Spin
   * JSON. Other values pass unchanged.
   */
  private static Map<String, Object> asOverRest(Map<String, Object> variables) {
    if (variables == null) {
      return null;
    }
    Map<String, Object> converted = new HashMap<>(variables);
    converted.replaceAll((name, value) -> value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed
        && typed.getType() != null && "json".equals(typed.getType().getName())
        ? org.camunda.spin.plugin.variable.SpinValues.jsonValue((String) typed.getValue()).create() : value);
    return converted;
  }

  private static Object defaultValue(Method method) {
    Class<?> type = method.getReturnType();
    if (type == boolean.class) {
      return false;
    }
    return type.isPrimitive() && type != void.class ? 0 : null;
  }
}
