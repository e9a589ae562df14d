package org.govpurchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.govpurchase.identity.Groups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The contract between models, workers and forms, checked over every model in processes/: what a
 * designer changes in Modeler must still find its worker, its form and its readers.
 */
class ModelContractTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final ObjectMapper JSON = new ObjectMapper();

  /** topic -> the variables its worker fetches (empty set: all of them) */
  static Map<String, Set<String>> workers;
  /** form id -> the variables its fields write */
  static Map<String, Set<String>> forms;

  @BeforeAll
  static void scanWorkersAndForms() throws Exception {
    workers = new HashMap<>();
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ExternalTaskSubscription.class));
    for (var candidate : scanner.findCandidateComponents("org.govpurchase")) {
      var subscription = Class.forName(candidate.getBeanClassName())
          .getAnnotation(ExternalTaskSubscription.class);
      assertThat(workers).as("one worker per topic").doesNotContainKey(subscription.topicName());
      workers.put(subscription.topicName(), Set.of(subscription.variableNames()));
    }
    forms = new HashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        Set<String> keys = new HashSet<>();
        collectKeys(form.path("components"), keys);
        assertThat(forms).as("form ids are unique").doesNotContainKey(form.path("id").asText());
        forms.put(form.path("id").asText(), keys);
      }
    }
  }

  static Stream<Path> models() throws IOException {
    return Files.list(PROCESSES).filter(f -> f.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyModelParsesAndKeepsHistoryForFifteenYears(Path model) {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
    Bpmn.validateModel(bpmn);
    for (Process process : bpmn.getModelElementsByType(Process.class)) {
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " history time-to-live")
          .isNotBlank();
      assertThat(Integer.parseInt(process.getCamundaHistoryTimeToLiveString()))
          .as("records are kept at least 15 years").isGreaterThanOrEqualTo(15 * 365);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyExternalTaskTopicHasAWorker(Path model) {
    for (ServiceTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaType()).as(task.getId() + " is an external task").isEqualTo("external");
      assertThat(workers).as(task.getId() + " topic").containsKey(task.getCamundaTopic());
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyHumanStepHasAFormAndACandidateGroup(Path model) throws IOException {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
    String xml = Files.readString(model);
    for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
      assertFormRef(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
      if (isPersonalTaskOfADrawnExpert(task)) {
        continue;
      }
      assertThat(task.getCamundaCandidateGroupsList()).as(task.getId() + " candidate groups")
          .isNotEmpty()
          .allSatisfy(group -> assertThat(groupsOf(group, xml)).as(task.getId() + " candidate group " + group)
              .isNotEmpty().allMatch(ModelContractTest::isDomainGroup));
    }
    for (StartEvent start : bpmn.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        assertFormRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFormFieldIsAVariableTheProcessReads(Path model) throws IOException {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
    String xml = Files.readString(model);
    Set<String> fetchedByWorkers = new HashSet<>();
    boolean someWorkerFetchesAll = false;
    for (ServiceTask task : bpmn.getModelElementsByType(ServiceTask.class)) {
      Set<String> names = workers.getOrDefault(task.getCamundaTopic(), Set.of());
      someWorkerFetchesAll |= names.isEmpty();
      fetchedByWorkers.addAll(names);
    }
    for (String formId : formRefs(bpmn)) {
      for (String key : forms.get(formId)) {
        boolean read = someWorkerFetchesAll || fetchedByWorkers.contains(key) || xml.contains(key);
        assertThat(read).as("form %s field %s is read by the process or its workers", formId, key).isTrue();
      }
    }
  }

  private static List<String> formRefs(BpmnModelInstance bpmn) {
    return Stream.concat(
            bpmn.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
            bpmn.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  private static void assertFormRef(String elementId, String formRef, String binding) {
    assertThat(formRef).as(elementId + " camunda:formRef").isNotBlank();
    assertThat(forms).as(elementId + " form in forms/").containsKey(formRef);
    assertThat(binding).as(elementId + " camunda:formRefBinding").isEqualTo("deployment");
  }

  /**
   * A drawn expert's own task (attendance, scoring) has the expert as assignee and deliberately no
   * candidate group: with the group "expert" any expert could open and complete a colleague's
   * score sheet.
   */
  private static boolean isPersonalTaskOfADrawnExpert(UserTask task) {
    return "${expertUserId}".equals(task.getCamundaAssignee()) && task.getCamundaCandidateGroupsList().isEmpty();
  }

  static final Pattern GROUP_VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

  /**
   * The groups a candidate group stands for: itself, or for an expression {@code ${buyerGroup}} the
   * quoted literals of the expression that sets that variable in the same model.
   */
  private static List<String> groupsOf(String group, String xml) {
    Matcher variable = GROUP_VARIABLE.matcher(group);
    if (!variable.matches()) {
      return List.of(group);
    }
    Matcher setter = Pattern.compile("setVariable\\('" + variable.group(1) + "',([^}]*)}")
        .matcher(xml.replace("&#39;", "'"));
    List<String> literals = new ArrayList<>();
    while (setter.find()) {
      Matcher literal = Pattern.compile("'([^']+)'").matcher(setter.group(1));
      while (literal.find()) {
        literals.add(literal.group(1));
      }
    }
    return literals;
  }

  private static boolean isDomainGroup(String group) {
    return Stream.of(Groups.class.getFields()).anyMatch(field -> {
      try {
        return group.equals(field.get(null)) && !group.equals(Groups.WORKERS);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** field keys; a dynamic list writes one variable (its path), its inner keys are its items' */
  private static void collectKeys(JsonNode components, Collection<String> keys) {
    for (JsonNode component : components) {
      if (component.has("path") && "dynamiclist".equals(component.path("type").asText())) {
        keys.add(component.path("path").asText());
      } else if (component.has("key")) {
        keys.add(component.path("key").asText());
      } else if (component.has("components")) {
        collectKeys(component.path("components"), keys);
      }
    }
  }
}
