package org.govpurchase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.govpurchase.testing.Api.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.govpurchase.testing.Api;
import org.govpurchase.testing.Api.Answer;
import org.govpurchase.testing.EndToEndContext;
import org.govpurchase.testing.PurchaseDriver;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.testing.TestDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Agency scoping as the engine enforces it, through the real /engine-rest with HTTP Basic as the
 * demo users: agency and agency3 work for 福田区民政局 (SZFT-MZJ), agency2 and agency4 for 区卫生健康局
 * (SZFT-WJJ); finance, govoffice, supervisor and auditor oversee all agencies. Every buyer task of
 * every model (found in processes/*.bpmn, not listed here) is put in SZFT-MZJ's tenant, and agency2
 * may neither see nor touch it; the auditor reads everything and changes nothing; a called process is
 * in its caller's tenant; no row is without a tenant. Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@DirtiesContext // the engine registers itself JVM-wide as "default": one engine context at a time
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AgencyScopingEndToEnd {

  static final String WORKER_PASSWORD = "e2e-scoping-worker-secret";
  static final String MZJ = "SZFT-MZJ";
  static final String WJJ = "SZFT-WJJ";
  static final Duration WAIT = Duration.ofSeconds(90);
  static final Path PROCESSES = Path.of("processes");
  static final Set<Integer> REFUSED = Set.of(403, 404);
  static final String COMMENT = "POST /task/{id}/comment/create";
  static final List<String> OVERSEER_USERS = List.of("finance", "govoffice", "supervisor", "auditor");
  private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
  /** names the engine itself resolves in an expression, besides beans and functions such as now() */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");

  static String base;

  @TempDir
  static Path dataDir;

  /** the buyer tasks positioned in SZFT-MZJ's tenant, made once for all tests of the class */
  private static List<Positioned> buyerTasks;

  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  ExternalTaskService externalTasks;
  @Autowired
  RepositoryService repository;
  @Autowired
  ManagementService management;

  Api agency;
  Api agency2;
  Api auditor;
  Api admin;
  Api worker;

  static void commonProperties(DynamicPropertyRegistry registry) {
    base = EndToEndContext.register(registry, dataDir, WORKER_PASSWORD);
  }

  @BeforeEach
  void users() {
    agency = Api.as(base, "agency", Api.DEMO_PASSWORD);
    agency2 = Api.as(base, "agency2", Api.DEMO_PASSWORD);
    auditor = Api.as(base, "auditor", Api.DEMO_PASSWORD);
    admin = Api.as(base, "admin", Api.DEMO_PASSWORD);
    worker = Api.as(base, "worker", WORKER_PASSWORD);
  }

  /** A user task of a model whose candidate groups make it the buyer's. */
  record BuyerTask(String model, String processKey, String taskId, Set<String> readAtStart) {
    @Override
    public String toString() {
      return model + " " + processKey + "/" + taskId;
    }
  }

  /** A buyer task started in an agency's tenant, with what it was when it was made. */
  record Positioned(BuyerTask buyer, String processInstanceId, String taskId, String assignee,
      Map<String, Object> variables) {
  }

  // ---- 3. a called process is in its caller's tenant --------------------------------------------

  @Test
  @Order(1) // first: the driver takes the first plan draft agency sees
  void aProcurementAndEverythingItCallsIsInTheAgencysTenant() throws Exception {
    String root = new PurchaseDriver(base).approvedPurchase(150_000, false);
    // bought directly: Procurement has called PurchasePlan (done) and now Award, at the buyer's task
    await().atMost(WAIT).until(() -> tasks.createTaskQuery().taskDefinitionKey("Task_RecordDirectPurchase").list().stream()
        .anyMatch(task -> root.equals(rootOf(task.getProcessInstanceId()))));

    List<HistoricProcessInstance> hierarchy = history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(root).list();
    List<String> ids = hierarchy.stream().map(HistoricProcessInstance::getId).toList();
    System.out.println("Procurement hierarchy: " + hierarchy.stream()
        .map(p -> p.getProcessDefinitionKey() + "@" + p.getTenantId()).toList());
    assertThat(hierarchy).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .contains("Procurement", "PurchasePlan", "Award");
    assertThat(hierarchy).extracting(HistoricProcessInstance::getTenantId).containsOnly(MZJ);
    String[] idArray = ids.toArray(String[]::new);
    assertThat(runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list())
        .isNotEmpty().allSatisfy(p -> assertThat(p.getTenantId()).isEqualTo(MZJ));
    assertThat(tasks.createTaskQuery().processInstanceIdIn(idArray).list())
        .isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(MZJ));
    assertThat(history.createHistoricTaskInstanceQuery().rootProcessInstanceId(root).list())
        .isNotEmpty().allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(MZJ));
    // the plan's automated steps ran as external tasks of the called PurchasePlan
    for (String id : ids) {
      assertThat(externalTasks.createExternalTaskQuery().processInstanceId(id).list())
          .allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo(MZJ));
      assertThat(management.createJobQuery().processInstanceId(id).list())
          .allSatisfy(j -> assertThat(j.getTenantId()).isEqualTo(MZJ));
    }
    assertThat(ids.stream().flatMap(id -> history.createHistoricExternalTaskLogQuery().processInstanceId(id).list().stream()))
        .isNotEmpty().allSatisfy(l -> assertThat(l.getTenantId()).isEqualTo(MZJ));

    // the other agency sees none of it
    for (String id : ids) {
      assertThat(agency2.get("/engine-rest/history/process-instance/{id}", id).status()).isEqualTo(404);
      assertThat(agency2.getList("/engine-rest/task?processInstanceId={id}", id)).isEmpty();
    }
    assertThat(agency2.get("/engine-rest/process-instance/{id}", root).status()).isEqualTo(404);
    assertThat(agency.get("/engine-rest/process-instance/{id}", root).status()).isEqualTo(200);
  }

  // ---- 1. every buyer task: another agency's officer neither sees nor touches it ------------------

  @Test
  @Order(2)
  void anotherAgencysOfficerNeitherSeesNorTouchesAnyBuyerTask() {
    List<Positioned> positioned = buyerTasks();
    Api finance = Api.as(base, "finance", Api.DEMO_PASSWORD);
    SoftAssertions softly = new SoftAssertions();
    // what Tasklist's 本组待办 asks: the tasks of one's groups, the agency's officers' group among them
    List<String> ofAgency = ids(agency.getList("/engine-rest/task?candidateGroup={g}&includeAssignedTasks=true",
        AgencyTenants.officersGroup("SZFT-MZJ")));
    List<String> ofAgency2 = ids(agency2.getList("/engine-rest/task?candidateGroup={g}&includeAssignedTasks=true",
        AgencyTenants.officersGroup("SZFT-MZJ")));
    for (Positioned p : positioned) {
      String task = p.taskId();
      String pid = p.processInstanceId();
      String what = p.buyer().toString();

      // positive control: its own agency sees it and reads all the same things
      softly.assertThat(ofAgency).as("agency's task list has " + what).contains(task);
      readsAs(agency, task, pid).forEach((call, answer) ->
          softly.assertThat(answer.get().status()).as("agency: " + call + " of " + what).isEqualTo(200));
      // ... this with agency2's credentials
      softly.assertThat(ofAgency2).as("agency2's task list has " + what).doesNotContain(task);
      softly.assertThat(ids(agency2.getList("/engine-rest/task?processInstanceId={pid}", pid)))
          .as("agency2's tasks of the instance of " + what).isEmpty();
      Map<String, Supplier<Answer>> calls = new LinkedHashMap<>(readsAs(agency2, task, pid));
      calls.putAll(writesAs(agency2, "agency2", task, pid));
      calls.forEach((call, answer) -> {
        Answer a = answer.get();
        // the REST API answers a comment on a task it cannot find with 400, as for an id that does not exist
        Set<Integer> refused = call.equals(COMMENT) ? Set.of(400) : REFUSED;
        softly.assertThat(a.status()).as("agency2: " + call + " of " + what + " answered " + a.body()).isIn(refused);
      });
      softly.assertThat(agency2.get("/engine-rest/history/process-instance/{pid}", pid).status())
          .as("agency2: the history of " + what).isEqualTo(404);
      for (String list : List.of("task", "variable-instance", "activity-instance", "detail")) {
        softly.assertThat(agency2.getList("/engine-rest/history/" + list + "?processInstanceId={pid}", pid))
            .as("agency2: history/" + list + " of " + what).isEmpty();
      }
      softly.assertThat(agency2.getList("/engine-rest/history/identity-link-log?taskId={id}", task))
          .as("agency2: history/identity-link-log of " + what).isEmpty();
      softly.assertThat(agency2.getList("/engine-rest/variable-instance?processInstanceIdIn={pid}", pid))
          .as("agency2: variable instances of " + what).isEmpty();
      softly.assertThat(agency2.getList("/engine-rest/execution?processInstanceId={pid}", pid))
          .as("agency2: executions of " + what).isEmpty();

      // the overseers read it, and cannot act on it
      for (Api overseer : List.of(finance, auditor)) {
        softly.assertThat(overseer.get("/engine-rest/task/{id}", task).status()).as("overseer reads " + what).isEqualTo(200);
        softly.assertThat(ids(overseer.getList("/engine-rest/task?processInstanceId={pid}", pid)))
            .as("overseer lists " + what).contains(task);
        for (var call : List.of(
            (Supplier<Answer>) () -> overseer.post("/engine-rest/task/{id}/claim", Map.of("userId", "finance"), task),
            () -> overseer.post("/engine-rest/task/{id}/complete", Map.of("variables", Map.of()), task),
            () -> overseer.send("PUT", "/engine-rest/task/{id}/variables/x", value("overseer"), task))) {
          Answer a = call.get();
          softly.assertThat(a.status()).as("an overseer acts on " + what + ": " + a.body()).isIn(REFUSED);
        }
      }

      // 4. the Java API, signed in as agency2 as Tasklist would sign them in
      SignedIn.as(identity, "agency2", List.of(Groups.PURCHASING_AGENCY, AgencyTenants.officersGroup("SZFT-WJJ")));
      try {
        softly.assertThat(tasks.createTaskQuery().taskId(task).list()).as("agency2's TaskQuery by id of " + what).isEmpty();
        softly.assertThat(tasks.createTaskQuery().taskCandidateGroup(AgencyTenants.officersGroup("SZFT-MZJ")).includeAssignedTasks()
            .list()).as("agency2's TaskQuery of its group").extracting(Task::getId).doesNotContain(task);
        softly.assertThatThrownBy(() -> tasks.claim(task, "agency2")).as("agency2 claims " + what)
            .isInstanceOf(ProcessEngineException.class);
        softly.assertThatThrownBy(() -> tasks.complete(task)).as("agency2 completes " + what)
            .isInstanceOf(ProcessEngineException.class);
        softly.assertThatThrownBy(() -> tasks.setVariable(task, "x", "agency2")).as("agency2 sets a variable of " + what)
            .isInstanceOf(ProcessEngineException.class);
        softly.assertThatThrownBy(() -> tasks.createComment(task, null, "看过了")).as("agency2 comments on " + what)
            .isInstanceOf(ProcessEngineException.class);
      } finally {
        identity.clearAuthentication();
      }
      SignedIn.as(identity, "auditor", List.of(Groups.AUDIT));
      try {
        softly.assertThatThrownBy(() -> tasks.createComment(task, null, "看过了")).as("auditor comments on " + what)
            .isInstanceOf(ProcessEngineException.class);
      } finally {
        identity.clearAuthentication();
      }

      // nothing changed
      Task now = tasks.createTaskQuery().taskId(task).singleResult();
      softly.assertThat(now).as(what + " still open").isNotNull();
      if (now != null) {
        softly.assertThat(now.getAssignee()).as("assignee of " + what).isEqualTo(p.assignee());
      }
      softly.assertThat(tasks.getTaskComments(task)).as("comments on " + what).isEmpty();
      softly.assertThat(runtime.getVariables(pid)).as("variables of " + what).isEqualTo(p.variables());
    }
    softly.assertAll();
  }

  // ---- 2. the auditor reads everything and changes nothing -----------------------------------------

  @Test
  @Order(3)
  void theAuditorReadsEverythingAndChangesNothing() {
    List<Positioned> positioned = buyerTasks();
    // one of the other agency's too: the auditor oversees both
    Positioned ofWjj = position(buyerTask("Task_DraftPlan"), WJJ, "agency2");
    SoftAssertions softly = new SoftAssertions();
    for (String path : List.of("/engine-rest/process-instance", "/engine-rest/task", "/engine-rest/history/process-instance",
        "/engine-rest/history/task", "/engine-rest/history/activity-instance", "/engine-rest/deployment",
        "/engine-rest/process-definition", "/engine-rest/decision-definition", "/engine-rest/history/variable-instance")) {
      Answer a = auditor.get(path);
      softly.assertThat(a.status()).as("auditor reads " + path).isEqualTo(200);
      softly.assertThat(a.body()).as("auditor reads " + path).isNotEqualTo("[]");
    }
    for (Positioned p : concat(positioned, ofWjj)) {
      readsAs(auditor, p.taskId(), p.processInstanceId()).forEach((call, answer) ->
          softly.assertThat(answer.get().status()).as("auditor: " + call + " of " + p.buyer()).isEqualTo(200));
      softly.assertThat(auditor.get("/engine-rest/history/process-instance/{pid}", p.processInstanceId()).status())
          .as("auditor reads the history of " + p.buyer()).isEqualTo(200);
    }
    // the other agency cannot see agency2's either: the scoping holds both ways
    softly.assertThat(agency.get("/engine-rest/task/{id}", ofWjj.taskId()).status()).isEqualTo(404);

    // every write: start any process, act on any task, change any instance, deployment or identity
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      String key = definition.getKey();
      Map<String, Object> body = Map.of("variables", Map.of(AgencyTenants.VAR_AGENCY_CODE, value(MZJ)));
      softly.assertThat(auditor.post("/engine-rest/process-definition/key/{key}/start", body, key).status())
          .as("auditor starts " + key).isEqualTo(403);
      softly.assertThat(auditor.post("/engine-rest/process-definition/key/{key}/submit-form", body, key).status())
          .as("auditor submits the start form of " + key).isEqualTo(403);
      softly.assertThat(auditor.send("PUT", "/engine-rest/process-definition/key/{key}/suspended",
          Map.of("suspended", true), key).status()).as("auditor suspends " + key).isEqualTo(403);
    }
    String[] auditorsTenants = identity.createTenantQuery().userMember("auditor").includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toArray(String[]::new);
    List<Task> open = tasks.createTaskQuery().tenantIdIn(auditorsTenants).list();
    for (Task task : open) {
      writesAs(auditor, "auditor", task.getId(), task.getProcessInstanceId()).forEach((call, answer) -> {
        Answer a = answer.get();
        softly.assertThat(a.status()).as("auditor: " + call + " of " + task.getTaskDefinitionKey() + ": " + a.body())
            .isEqualTo(403);
      });
    }
    Positioned one = positioned.get(0);
    String pid = one.processInstanceId();
    Map<String, Supplier<Answer>> writes = new LinkedHashMap<>();
    writes.put("DELETE /process-instance", () -> auditor.send("DELETE", "/engine-rest/process-instance/{pid}", null, pid));
    writes.put("suspend the instance", () -> auditor.send("PUT", "/engine-rest/process-instance/{pid}/suspended",
        Map.of("suspended", true), pid));
    writes.put("modify the instance", () -> auditor.post("/engine-rest/process-instance/{pid}/modification",
        Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", one.buyer().taskId()))), pid));
    writes.put("POST instance variables", () -> auditor.post("/engine-rest/process-instance/{pid}/variables",
        Map.of("modifications", Map.of("x", value("auditor"))), pid));
    writes.put("PUT an instance variable", () -> auditor.send("PUT", "/engine-rest/process-instance/{pid}/variables/x",
        value("auditor"), pid));
    writes.put("DELETE an instance variable", () -> auditor.send("DELETE",
        "/engine-rest/process-instance/{pid}/variables/" + AgencyTenants.VAR_AGENCY_CODE, null, pid));
    String deployment = repository.createDeploymentQuery().list().get(0).getId();
    writes.put("DELETE a deployment", () -> auditor.send("DELETE", "/engine-rest/deployment/{id}", null, deployment));
    writes.put("create a user", () -> auditor.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "auditmade", "firstName", "审", "lastName", "计"), "credentials", Map.of("password", "x"))));
    writes.put("create a group", () -> auditor.post("/engine-rest/group/create",
        Map.of("id", "auditmade", "name", "审计", "type", "WORKFLOW")));
    writes.put("join a group", () -> auditor.send("PUT", "/engine-rest/group/finance-bureau/members/auditor", null));
    writes.put("create a tenant", () -> auditor.post("/engine-rest/tenant/create", Map.of("id", "auditmade", "name", "审计")));
    writes.put("join a tenant", () -> auditor.send("PUT", "/engine-rest/tenant/SZFT-MZJ/user-members/auditor", null));
    writes.put("create an authorization", () -> auditor.post("/engine-rest/authorization/create", Map.of(
        "type", 1, "permissions", List.of("ALL"), "userId", "auditor", "resourceType", 0, "resourceId", "*")));
    writes.put("create a filter", () -> auditor.post("/engine-rest/filter/create", Map.of(
        "resourceType", "Task", "name", "审计", "query", Map.of())));
    writes.put("create a standalone task", () -> auditor.post("/engine-rest/task/create", Map.of("id", "auditmade", "name", "审计")));
    writes.forEach((call, answer) -> {
      Answer a = answer.get();
      softly.assertThat(a.status()).as("auditor: " + call + ": " + a.body()).isEqualTo(403);
    });
    // fetching external tasks locks them: the auditor gets none
    Answer fetched = auditor.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "auditor", "maxTasks", 100,
        "topics", List.of(Map.of("topicName", "plan.registerDraft", "lockDuration", 1000))));
    softly.assertThat(fetched.status() == 403 || "[]".equals(fetched.body())).as("auditor fetches: " + fetched.body()).isTrue();

    // nothing changed
    softly.assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).active().count()).isEqualTo(1);
    softly.assertThat(runtime.getVariables(pid)).isEqualTo(one.variables());
    softly.assertThat(tasks.createTaskQuery().tenantIdIn(auditorsTenants).list()).extracting(Task::getId)
        .containsExactlyInAnyOrderElementsOf(open.stream().map(Task::getId).toList());
    softly.assertThat(identity.createUserQuery().userId("auditmade").count()).isZero();
    softly.assertThat(identity.createGroupQuery().groupMember("auditor").list()).extracting(Group::getId)
        .containsExactly(Groups.AUDIT);
    softly.assertThat(identity.createTenantQuery().userMember("auditor").count()).isZero();
    softly.assertThat(identity.createTenantQuery().tenantId("auditmade").count()).isZero();
    softly.assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isEqualTo(1);
    softly.assertAll();
  }

  // ---- 3. no admins among the overseers and workers; the tenant check applies to them -------------

  @Test
  @Order(4)
  void overseersAndWorkersAreNoAdminsAndSeeOnlyTheirTenants() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> adminGroups = config.getAdminGroups() == null ? List.of() : config.getAdminGroups();
    List<String> adminUsers = config.getAdminUsers() == null ? List.of() : config.getAdminUsers();
    assertThat(adminGroups).containsExactly("camunda-admin");
    for (String user : concat(OVERSEER_USERS, "worker")) {
      assertThat(adminUsers).as(user).doesNotContain(user);
      assertThat(identity.createGroupQuery().groupMember(user).list()).as(user + "'s groups").isNotEmpty()
          .extracting(Group::getId).doesNotContainAnyElementsOf(adminGroups);
    }

    // a tenant none of them belongs to: what they see of it is what the tenant check leaves them
    String foreign = "SZFT-SCOPETEST";
    identity.saveTenant(identity.newTenant(foreign));
    Positioned userTask = position(buyerTask("Task_DraftPlan"), foreign, "nobody");
    String external = runtime.createProcessInstanceByKey("PurchasePlan")
        .setVariable(AgencyTenants.VAR_AGENCY_CODE, foreign).startBeforeActivity("Task_RegisterDraft").execute().getId();
    for (String user : OVERSEER_USERS) {
      Api overseer = Api.as(base, user, Api.DEMO_PASSWORD);
      assertThat(overseer.getList("/engine-rest/task?processInstanceId={pid}", userTask.processInstanceId())).as(user).isEmpty();
      assertThat(overseer.get("/engine-rest/task/{id}", userTask.taskId()).status()).as(user).isEqualTo(404);
      assertThat(overseer.get("/engine-rest/process-instance/{pid}", userTask.processInstanceId()).status()).as(user)
          .isEqualTo(404);
      assertThat(overseer.get("/engine-rest/history/process-instance/{pid}", userTask.processInstanceId()).status())
          .as(user).isEqualTo(404);
    }
    assertThat(worker.getList("/engine-rest/external-task?processInstanceId={pid}", external)).isEmpty();
    Answer fetched = worker.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "scoping-test",
        "maxTasks", 100, "topics", List.of(Map.of("topicName", "plan.registerDraft", "lockDuration", 1000))));
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.body()).doesNotContain(external);
    // the admin, for whom the engine skips the tenant check, does see them: the check is what hides them
    assertThat(admin.get("/engine-rest/process-instance/{pid}", userTask.processInstanceId()).status()).isEqualTo(200);
    assertThat(admin.getList("/engine-rest/external-task?processInstanceId={pid}", external)).hasSize(1);
  }

  // ---- 3. standalone tasks are off ------------------------------------------------------------------

  @Test
  @Order(5)
  void nobodyCreatesAStandaloneTask() {
    SoftAssertions softly = new SoftAssertions();
    List<String> users = new ArrayList<>(DemoUsers.USERS.stream().map(DemoUsers.DemoUser::id).toList());
    users.add("admin");
    users.add("worker");
    for (String user : users) {
      Api api = Api.as(base, user, "worker".equals(user) ? WORKER_PASSWORD : Api.DEMO_PASSWORD);
      Answer a = api.post("/engine-rest/task/create", Map.of("id", "standalone" + user, "name", "独立任务"));
      softly.assertThat(a.status()).as(user + " creates a standalone task: " + a.body()).isBetween(400, 499);
    }
    softly.assertThat(tasks.createTaskQuery().taskNameLike("独立任务").count()).isZero();
    softly.assertAll();
  }

  // ---- 3. after all of it: nothing without a tenant ----------------------------------------------

  @Test
  @Order(99)
  void nothingIsWithoutATenant() {
    assertThat(runtime.createProcessInstanceQuery().withoutTenantId().list()).isEmpty();
    assertThat(tasks.createTaskQuery().withoutTenantId().list()).isEmpty();
    assertThat(externalTasks.createExternalTaskQuery().list()).allSatisfy(t -> assertThat(t.getTenantId()).isNotNull());
    assertThat(history.createHistoricProcessInstanceQuery().withoutTenantId().list()).isEmpty();
    assertThat(history.createHistoricTaskInstanceQuery().withoutTenantId().list()).isEmpty();
    assertThat(management.createJobQuery().list()).filteredOn(job -> job.getProcessInstanceId() != null)
        .allSatisfy(j -> assertThat(j.getTenantId()).isNotNull());
    // and the test did make some: every buyer task, and the procurement of the first test
    assertThat(history.createHistoricProcessInstanceQuery().tenantIdIn(MZJ).count()).isGreaterThan(buyerTasks().size());
  }

  // ---- the buyer tasks, from the models ------------------------------------------------------------

  /** every buyer task of every model, each started once in SZFT-MZJ's tenant at that task */
  synchronized List<Positioned> buyerTasks() {
    if (buyerTasks == null) {
      List<BuyerTask> found = buyerTasksOfTheModels();
      System.out.println("Buyer tasks found in " + PROCESSES + ": " + found.size() + " " + found);
      assertThat(found).as("buyer tasks in the models").isNotEmpty();
      buyerTasks = found.stream().map(task -> position(task, MZJ, "agency")).toList();
    }
    return buyerTasks;
  }

  static BuyerTask buyerTask(String taskId) {
    return buyerTasksOfTheModels().stream().filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow();
  }

  /**
   * The user tasks whose candidate groups are {@code ${buyerGroup}} or the agency's officers, with
   * the variables their start reads: the expressions of the task itself, of the timers and other
   * events attached to it, and of the subprocesses around it (their input mappings and listeners).
   */
  static List<BuyerTask> buyerTasksOfTheModels() {
    List<BuyerTask> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Map<String, Element> byId = byId(file);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          String groups = task.getCamundaCandidateGroups();
          if (groups == null || Arrays.stream(groups.split(",")).map(String::trim)
              .noneMatch(g -> g.equals("${buyerGroup}") || g.equals(AgencyOfficers.EXPRESSION))) {
            continue;
          }
          Set<String> read = new TreeSet<>();
          collect(byId.get(task.getId()), true, read);
          List<ModelElementInstance> scopes = new ArrayList<>(List.of(task));
          for (ModelElementInstance up = task.getParentElement(); up instanceof SubProcess sub; up = up.getParentElement()) {
            scopes.add(sub);
            Element scope = byId.get(sub.getId());
            collect(scope, false, read);
            for (Node child = scope.getFirstChild(); child != null; child = child.getNextSibling()) {
              if (child instanceof Element inner && "extensionElements".equals(inner.getLocalName())) {
                collect(inner, true, read);
              }
            }
          }
          for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            if (scopes.contains(event.getAttachedTo())) {
              collect(byId.get(event.getId()), true, read);
            }
          }
          found.add(new BuyerTask(file.getFileName().toString(), processOf(task), task.getId(), read));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance up = element;
    while (!(up instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
      up = up.getParentElement();
    }
    return ((org.camunda.bpm.model.bpmn.instance.Process) up).getId();
  }

  /** the model's XML elements by id: where its expressions are, as text */
  private static Map<String, Element> byId(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList all = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*", "*");
      Map<String, Element> byId = new HashMap<>();
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        if (element.hasAttribute("id")) {
          byId.put(element.getAttribute("id"), element);
        }
      }
      return byId;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  /** the names the expressions in an element's attributes (and, when deep, its content) read */
  private static void collect(Element element, boolean deep, Set<String> names) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      names.addAll(identifiers(attributes.item(i).getNodeValue()));
    }
    if (!deep) {
      return;
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        names.addAll(identifiers(child.getNodeValue()));
      } else if (child instanceof Element inner) {
        collect(inner, true, names);
      }
    }
  }

  private static Set<String> identifiers(String text) {
    Set<String> names = new TreeSet<>();
    if (text.contains("${") || text.contains("#{")) {
      for (IdentifierNode node : JUEL.build(text).getIdentifierNodes()) {
        names.add(node.getName());
      }
    }
    return names;
  }

  /**
   * Starts the task's process in the agency's tenant directly at the task, as our own code starts an
   * instance (no engine user, the agency named by {@code agencyCode}), with the variables its start
   * reads. The sample values are per variable name; a model that reads a new name fails here until it
   * is given one: this is the one place the test knows anything about a model.
   */
  Positioned position(BuyerTask buyer, String agencyCode, String initiator) {
    Date now = Date.from(TestDates.now());
    Map<String, Object> samples = new HashMap<>();
    samples.put("planInitiator", initiator); // the plan's draft is assigned to the officer who started it
    samples.put("signDeadline", Date.from(TestDates.now().plus(Duration.ofDays(30))));
    samples.put("signedAt", now);
    // ids of domain rows: the forms' texts say "不存在" for an unknown one, which is all a start needs
    samples.put("challengeId", 999_999_999L);
    samples.put("clarificationId", 999_999_999L);
    samples.put("instalmentId", 999_999_999L);

    Map<String, Object> variables = new HashMap<>();
    variables.put(AgencyTenants.VAR_AGENCY_CODE, agencyCode);
    variables.put("buyerGroup", AgencyTenants.officersGroup(agencyCode));
    for (String name : buyer.readAtStart()) {
      if (ENGINE_NAMES.contains(name) || context.containsBean(name) || variables.containsKey(name)) {
        continue;
      }
      assertThat(samples).as(buyer + " reads the variable '" + name + "' when it starts: give it a sample value in "
          + "AgencyScopingEndToEnd.position").containsKey(name);
      variables.put(name, samples.get(name));
    }
    // the variables before the instruction: set after it, they would be the task scope's, and the
    // tenant id provider would not see agencyCode
    String pid = runtime.createProcessInstanceByKey(buyer.processKey()).setVariables(variables)
        .startBeforeActivity(buyer.taskId()).execute().getId();
    Task task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(buyer.taskId()).singleResult();
    assertThat(task).as(buyer + " started").isNotNull();
    assertThat(task.getTenantId()).as(buyer + " in the agency's tenant").isEqualTo(agencyCode);
    return new Positioned(buyer, pid, task.getId(), task.getAssignee(), runtime.getVariables(pid));
  }

  // ---- the calls ---------------------------------------------------------------------------------------

  /** everything a user may read of a task and its instance, by id */
  static Map<String, Supplier<Answer>> readsAs(Api user, String task, String pid) {
    Map<String, Supplier<Answer>> calls = new LinkedHashMap<>();
    calls.put("GET /task/{id}", () -> user.get("/engine-rest/task/{id}", task));
    calls.put("GET /task/{id}/variables", () -> user.get("/engine-rest/task/{id}/variables", task));
    calls.put("GET /task/{id}/variables/agencyCode", () -> user.get("/engine-rest/task/{id}/variables/agencyCode", task));
    calls.put("GET /task/{id}/form-variables", () -> user.get("/engine-rest/task/{id}/form-variables", task));
    calls.put("GET /task/{id}/form", () -> user.get("/engine-rest/task/{id}/form", task));
    calls.put("GET /task/{id}/deployed-form", () -> user.get("/engine-rest/task/{id}/deployed-form", task));
    calls.put("GET /task/{id}/identity-links", () -> user.get("/engine-rest/task/{id}/identity-links", task));
    calls.put("GET /process-instance/{pid}", () -> user.get("/engine-rest/process-instance/{pid}", pid));
    calls.put("GET /process-instance/{pid}/variables", () -> user.get("/engine-rest/process-instance/{pid}/variables", pid));
    calls.put("GET /process-instance/{pid}/activity-instances",
        () -> user.get("/engine-rest/process-instance/{pid}/activity-instances", pid));
    return calls;
  }

  /** everything a user might do to a task, by id */
  static Map<String, Supplier<Answer>> writesAs(Api user, String userId, String task, String pid) {
    Map<String, Supplier<Answer>> calls = new LinkedHashMap<>();
    calls.put("POST /task/{id}/claim", () -> user.post("/engine-rest/task/{id}/claim", Map.of("userId", userId), task));
    calls.put("POST /task/{id}/unclaim", () -> user.post("/engine-rest/task/{id}/unclaim", null, task));
    calls.put("POST /task/{id}/assignee", () -> user.post("/engine-rest/task/{id}/assignee", Map.of("userId", userId), task));
    calls.put("POST /task/{id}/delegate", () -> user.post("/engine-rest/task/{id}/delegate", Map.of("userId", userId), task));
    calls.put("POST /task/{id}/complete", () -> user.post("/engine-rest/task/{id}/complete", Map.of("variables", Map.of()), task));
    calls.put("POST /task/{id}/submit-form", () -> user.post("/engine-rest/task/{id}/submit-form",
        Map.of("variables", Map.of()), task));
    calls.put("PUT /task/{id}/variables/x", () -> user.send("PUT", "/engine-rest/task/{id}/variables/x", value(userId), task));
    calls.put("POST /task/{id}/variables", () -> user.post("/engine-rest/task/{id}/variables",
        Map.of("modifications", Map.of("x", value(userId))), task));
    calls.put("POST /task/{id}/identity-links", () -> user.post("/engine-rest/task/{id}/identity-links",
        Map.of("userId", userId, "type", "candidate"), task));
    calls.put(COMMENT, () -> user.post("/engine-rest/task/{id}/comment/create",
        Map.of("message", "看过了"), task));
    calls.put("PUT /process-instance/{pid}/variables/x", () -> user.send("PUT",
        "/engine-rest/process-instance/{pid}/variables/x", value(userId), pid));
    return calls;
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  private String rootOf(String processInstanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getRootProcessInstanceId();
  }

  private static List<String> ids(List<Map<String, Object>> rows) {
    return rows.stream().map(row -> (String) row.get("id")).toList();
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T> list, T... more) {
    List<T> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return all;
  }
}
