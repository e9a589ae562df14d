package org.govpurchase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11: multi-tenancy (T) against per-instance authorizations (A) for agency scoping, measured
 * on a bare engine with N open tasks over 10 agencies. Not a test (surefire's patterns skip the
 * name); run it on purpose:
 *
 * <pre>
 * mvn -o test -Dtest=AgencyScopingMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmeasure.db=h2|mariadb -Dmeasure.tasks=3000 [-Dmeasure.runs=30 -Dmeasure.warmup=5 -Dmeasure.order=T,A,TG]
 * </pre>
 *
 * MariaDB: 127.0.0.1:3306, root, empty password (MYSQL_HOST/MYSQL_PORT/MYSQL_USER/MYSQL_PASSWORD
 * override); it creates and drops only the database {@code scoping_measure}. Timings are printed
 * and appended to target/agency-scoping-measurement.txt; nothing asserts on time. What it does
 * assert: each user sees exactly the tasks and instances its scoping allows, in both scenarios.
 */
class AgencyScopingMeasurement {

  static final String DB = System.getProperty("measure.db", "h2");
  static final int TASKS = Integer.getInteger("measure.tasks", 3000);
  static final int RUNS = Integer.getInteger("measure.runs", 30);
  static final int WARMUP = Integer.getInteger("measure.warmup", 5);
  static final int AGENCIES = 10;
  static final int PAGE = 15;
  static final String DATABASE = "scoping_measure";
  static final String PURCHASING = "purchasing-agency";
  static final String FINANCE = "finance-bureau";
  static final String FINANCE_USER = "fin1";
  static final String KEY = "scoping";
  /** ids of DOMAIN.md are kebab-case; the engine's default whitelists allow no hyphen */
  static final String IDS = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

  /**
   * T: multi-tenancy, tenant per agency, the shared candidate group purchasing-agency.
   * A: per-instance authorizations, candidate group per agency, instance and history grants.
   * TG: T with a candidate group per agency instead of purchasing-agency, the platform's design
   * (README, "Each agency sees its own"): the engine's own per-task grants go to the agency's
   * group, as in A, and the tenant does the rest.
   */
  enum Scenario {
    T, A, TG;

    boolean tenants() {
      return this != A;
    }

    boolean agencyCandidateGroup() {
      return this != T;
    }

    boolean instanceGrants() {
      return this == A;
    }
  }

  /** the officer measured: first officer of the first agency */
  static final String OFFICER = officer(0, 0);

  static String agency(int a) {
    return String.format("SZFT-%02d", a + 1);
  }

  static String officer(int a, int which) {
    return String.format("o%02d%s", a + 1, which == 0 ? "a" : "b");
  }

  static String agencyGroup(int a) {
    return "agency-" + agency(a);
  }

  /** the data shape, the same in both scenarios: instance i belongs to agency i % 10 */
  static int agencyOf(int i) {
    return i % AGENCIES;
  }

  /** about a third assigned, alternately to the agency's two officers */
  static String assigneeOf(int i) {
    return (i / AGENCIES) % 3 == 0 ? officer(agencyOf(i), (i / (AGENCIES * 3)) % 2) : null;
  }

  @Test
  void measure() throws Exception {
    // without Spring, logback would log every SQL statement at DEBUG and time the console instead
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    var results = new LinkedHashMap<Scenario, Map<String, String[]>>();
    // -Dmeasure.order=A,T runs A first (the first scenario pays for a cold JVM and database); TG on request
    for (String name : System.getProperty("measure.order", "T,A").split(",")) {
      Scenario scenario = Scenario.valueOf(name.trim());
      results.put(scenario, run(scenario));
    }
    report(results);
  }

  // ---------------------------------------------------------------- one scenario on a fresh database

  Map<String, String[]> run(Scenario scenario) throws Exception {
    if (DB.equals("mariadb")) {
      mariaDb("DROP DATABASE IF EXISTS " + DATABASE);
      mariaDb("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
    }
    ProcessEngine engine = engine(scenario).buildProcessEngine();
    try {
      return measure(scenario, engine);
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.close();
      if (DB.equals("mariadb")) {
        mariaDb("DROP DATABASE IF EXISTS " + DATABASE);
      }
    }
  }

  StandaloneProcessEngineConfiguration engine(Scenario scenario) {
    var config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("scoping-" + scenario);
    if (DB.equals("mariadb")) {
      // as application-mysql.yaml: Connector/J, read committed, utf8mb4
      var dataSource = new PooledDataSource("com.mysql.cj.jdbc.Driver", mariaDbUrl(DATABASE), user(), password());
      dataSource.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
      config.setDataSource(dataSource);
      config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    } else {
      config.setJdbcUrl("jdbc:h2:mem:scoping-" + scenario + ";DB_CLOSE_DELAY=-1");
      config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    }
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setAuthorizationEnabled(true);
    config.setIdGenerator(new StrongUuidGenerator()); // as the Spring Boot starter
    config.setJobExecutorActivate(false);
    config.setDbMetricsReporterActivate(false);
    config.setGroupResourceWhitelistPattern(IDS);
    config.setTenantResourceWhitelistPattern(IDS);
    if (scenario.tenants()) {
      config.setTenantIdProvider(new AgencyTenant());
    }
    if (scenario.instanceGrants()) {
      config.setEnableHistoricInstancePermissions(true);
      config.setBeans(Map.of("grantAgency", new GrantAgency()));
    }
    return config;
  }

  /** T: the procurement's agency is its tenant (the real provider also takes a called process's from its caller) */
  static class AgencyTenant implements TenantIdProvider {
    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      return (String) ctx.getVariables().get("agency");
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return null;
    }
  }

  /** A: when an instance starts, its agency's group may read it and its history (same transaction) */
  static class GrantAgency implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      var authorizations = execution.getProcessEngineServices().getAuthorizationService();
      String group = "agency-" + execution.getVariable("agency");
      grant(authorizations, group, Resources.PROCESS_INSTANCE, execution.getProcessInstanceId(), Permissions.READ);
      grant(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, execution.getProcessInstanceId(),
          HistoricProcessInstancePermissions.READ);
    }
  }

  /** one process, one user task; the candidate group comes from the start variables */
  static BpmnModelInstance model(Scenario scenario) {
    StartEventBuilder start = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180).startEvent();
    if (scenario.instanceGrants()) {
      start = start.camundaExecutionListenerDelegateExpression(ExecutionListener.EVENTNAME_START, "${grantAgency}");
    }
    return start.userTask("work")
        .name("${agency}") // lets the checks see a task's agency without another query
        .camundaCandidateGroups("${candidateGroup}")
        .camundaAssignee("${assignee}")
        .endEvent().done();
  }

  Map<String, String[]> measure(Scenario scenario, ProcessEngine engine) {
    var identity = engine.getIdentityService();
    var authorizations = engine.getAuthorizationService();
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    var history = engine.getHistoryService();

    // people, groups, tenants: 2 officers per agency, one finance user
    for (String group : List.of(PURCHASING, FINANCE)) {
      identity.saveGroup(identity.newGroup(group));
    }
    var fin = identity.newUser(FINANCE_USER);
    identity.saveUser(fin);
    identity.createMembership(FINANCE_USER, FINANCE);
    for (int a = 0; a < AGENCIES; a++) {
      if (scenario.tenants()) {
        identity.saveTenant(identity.newTenant(agency(a)));
        identity.createTenantGroupMembership(agency(a), FINANCE);
      }
      if (scenario.agencyCandidateGroup()) {
        identity.saveGroup(identity.newGroup(agencyGroup(a)));
      }
      for (int o = 0; o < 2; o++) {
        identity.saveUser(identity.newUser(officer(a, o)));
        identity.createMembership(officer(a, o), PURCHASING);
        if (scenario.tenants()) {
          identity.createTenantUserMembership(agency(a), officer(a, o));
        }
        if (scenario.agencyCandidateGroup()) {
          identity.createMembership(officer(a, o), agencyGroup(a));
        }
      }
    }

    // group-wide grants: finance reads everything in both; in T the agencies read the definition's
    // instances and history (the tenant check narrows them), in A only the per-instance grants do
    grant(authorizations, FINANCE, Resources.PROCESS_DEFINITION, KEY, Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    if (scenario.tenants()) {
      grant(authorizations, PURCHASING, Resources.PROCESS_DEFINITION, KEY, Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    }

    engine.getRepositoryService().createDeployment().name(KEY)
        .addModelInstance(KEY + ".bpmn", model(scenario)).deploy();

    // start N instances (unauthenticated, as a seeding job would; the grants/tenant come from the engine)
    var expected = new Expected();
    long start = System.nanoTime();
    for (int i = 0; i < TASKS; i++) {
      int a = agencyOf(i);
      String assignee = assigneeOf(i);
      Map<String, Object> variables = new HashMap<>();
      variables.put("agency", agency(a));
      variables.put("candidateGroup", scenario.agencyCandidateGroup() ? agencyGroup(a) : PURCHASING);
      variables.put("assignee", assignee);
      runtime.startProcessInstanceByKey(KEY, agency(a) + "-" + i, variables);
      expected.count(a, assignee);
    }
    double setupMs = (System.nanoTime() - start) / 1e6;
    long authorizationRows = engine.getManagementService().getTableCount().get("ACT_RU_AUTHORIZATION");

    var rows = new LinkedHashMap<String, String[]>();
    rows.put("setup: start " + TASKS + " instances, total s", both(String.format(Locale.ROOT, "%.1f", setupMs / 1000)));
    rows.put("setup: ms per instance", both(String.format(Locale.ROOT, "%.2f", setupMs / TASKS)));
    rows.put("setup: rows in ACT_RU_AUTHORIZATION", both(Long.toString(authorizationRows)));

    // the officer of agency 0
    List<String> officerGroups = scenario.agencyCandidateGroup() ? List.of(PURCHASING, agencyGroup(0)) : List.of(PURCHASING);
    List<String> officerTenants = scenario.tenants() ? List.of(agency(0)) : null;
    identity.setAuthentication(OFFICER, officerGroups, officerTenants);
    checkOfficer(engine, officerGroups, expected);

    Supplier<TaskQuery> groupTasks = () -> tasks.createTaskQuery()
        .taskCandidateGroupIn(officerGroups).includeAssignedTasks().orderByTaskCreateTime().desc();
    time(rows, "officer: 本组任务 (group tasks) first page of 15", () -> groupTasks.get().listPage(0, PAGE));
    time(rows, "officer: 本组任务 count", () -> groupTasks.get().count());
    time(rows, "officer: my tasks (assignee) first page", () -> tasks.createTaskQuery().taskAssignee(OFFICER)
        .orderByTaskCreateTime().desc().listPage(0, PAGE));
    time(rows, "officer: process instances first page", () -> runtime.createProcessInstanceQuery()
        .orderByProcessInstanceId().asc().listPage(0, PAGE));
    time(rows, "officer: process instances count", () -> runtime.createProcessInstanceQuery().count());
    time(rows, "officer: historic instances first page", () -> history.createHistoricProcessInstanceQuery()
        .orderByProcessInstanceStartTime().desc().listPage(0, PAGE));
    time(rows, "officer: historic instances count", () -> history.createHistoricProcessInstanceQuery().count());

    // finance: every agency's work (tenant group member of every tenant in T, group-wide grant in both)
    List<String> allTenants = new ArrayList<>();
    for (int a = 0; a < AGENCIES; a++) {
      allTenants.add(agency(a));
    }
    identity.setAuthentication(FINANCE_USER, List.of(FINANCE), scenario.tenants() ? allTenants : null);
    checkFinance(engine);
    time(rows, "finance: all open tasks first page", () -> tasks.createTaskQuery()
        .orderByTaskCreateTime().desc().listPage(0, PAGE));
    time(rows, "finance: all open tasks count", () -> tasks.createTaskQuery().count());
    time(rows, "finance: process instances first page", () -> runtime.createProcessInstanceQuery()
        .orderByProcessInstanceId().asc().listPage(0, PAGE));
    time(rows, "finance: historic instances first page", () -> history.createHistoricProcessInstanceQuery()
        .orderByProcessInstanceStartTime().desc().listPage(0, PAGE));
    identity.clearAuthentication();
    return rows;
  }

  static String[] both(String value) {
    return new String[] {value, ""};
  }

  /** what agency 0's officer must see */
  static class Expected {
    final int[] perAgency = new int[AGENCIES];
    int officerAssigned;

    void count(int a, String assignee) {
      perAgency[a]++;
      if (OFFICER.equals(assignee)) {
        officerAssigned++;
      }
    }
  }

  /** correctness, not timed: the officer sees exactly agency 0's tasks and instances, nothing else */
  static void checkOfficer(ProcessEngine engine, List<String> groups, Expected expected) {
    int own = expected.perAgency[0];
    List<Task> groupTasks = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups)
        .includeAssignedTasks().listPage(0, TASKS);
    assertThat(groupTasks).as("本组任务 of %s", OFFICER).hasSize(own)
        .allSatisfy(t -> assertThat(t.getName()).isEqualTo(agency(0)));
    assertThat(engine.getTaskService().createTaskQuery().count()).as("all tasks %s may read", OFFICER)
        .isEqualTo(own);
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee(OFFICER).list())
        .hasSize(expected.officerAssigned)
        .allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(OFFICER));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().listPage(0, TASKS))
        .as("instances %s may read", OFFICER).hasSize(own)
        .extracting(ProcessInstance::getBusinessKey).allMatch(k -> k.startsWith(agency(0) + "-"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().listPage(0, TASKS))
        .as("historic instances %s may read", OFFICER).hasSize(own)
        .extracting(HistoricProcessInstance::getBusinessKey).allMatch(k -> k.startsWith(agency(0) + "-"));
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().count())
        .as("historic tasks %s may read", OFFICER).isEqualTo(own);
  }

  static void checkFinance(ProcessEngine engine) {
    assertThat(engine.getTaskService().createTaskQuery().count()).as("finance: tasks").isEqualTo(TASKS);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("finance: instances").isEqualTo(TASKS);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .as("finance: historic instances").isEqualTo(TASKS);
  }

  static void grant(AuthorizationService authorizations, String group, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    Arrays.stream(permissions).forEach(grant::addPermission);
    authorizations.saveAuthorization(grant);
  }

  /** warm up, then RUNS timed runs: median and p95 in ms */
  static void time(Map<String, String[]> rows, String name, Runnable query) {
    for (int i = 0; i < WARMUP; i++) {
      query.run();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    double median = RUNS % 2 == 1 ? ms[RUNS / 2] : (ms[RUNS / 2 - 1] + ms[RUNS / 2]) / 2;
    double p95 = ms[(int) Math.ceil(0.95 * RUNS) - 1];
    rows.put(name, new String[] {fmt(median), fmt(p95)});
  }

  static String fmt(double ms) {
    return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
  }

  // ---------------------------------------------------------------- report

  void report(Map<Scenario, Map<String, String[]>> results) throws IOException {
    var out = new StringBuilder();
    out.append("\n### Agency scoping on ").append(DB.equals("mariadb") ? "MariaDB " + mariaDbVersion() : "H2 (in-memory)")
        .append(": ").append(TASKS).append(" open tasks, ").append(AGENCIES).append(" agencies, ")
        .append(RUNS).append(" runs after ").append(WARMUP).append(" warm-up, order ")
        .append(String.join(",", results.keySet().stream().map(Enum::name).toList())).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append("\n\n");
    out.append("T = multi-tenancy (tenant per agency, candidate group purchasing-agency); ")
        .append("A = per-instance authorizations (candidate group per agency, instance and history grants); ")
        .append("TG = T with a candidate group per agency.\n")
        .append("Times in ms: median / p95.\n\n");
    out.append("| measured |");
    results.keySet().forEach(sc -> out.append(" ").append(sc).append(" median | ").append(sc).append(" p95 |"));
    out.append("\n|---|").append("---:|---:|".repeat(results.size())).append("\n");
    for (String name : results.values().iterator().next().keySet()) {
      out.append("| ").append(name).append(" |");
      for (Map<String, String[]> values : results.values()) {
        out.append(" ").append(values.get(name)[0]).append(" | ").append(values.get(name)[1]).append(" |");
      }
      out.append("\n");
    }
    System.out.println(out);
    Path file = Path.of("target", "agency-scoping-measurement.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  // ---------------------------------------------------------------- MariaDB

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static String user() {
    return env("MYSQL_USER", "root");
  }

  static String password() {
    return env("MYSQL_PASSWORD", "");
  }

  /** the URL options of application-mysql.yaml */
  static String mariaDbUrl(String database) {
    return "jdbc:mysql://" + env("MYSQL_HOST", "127.0.0.1") + ":" + env("MYSQL_PORT", "3306") + "/" + database
        + "?sendFractionalSeconds=false&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
        + "&characterEncoding=UTF-8&nullDatabaseMeansCurrent=true";
  }

  static void mariaDb(String sql) throws SQLException {
    try (var connection = DriverManager.getConnection(mariaDbUrl(""), user(), password());
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static String mariaDbVersion() {
    try (var connection = DriverManager.getConnection(mariaDbUrl(""), user(), password());
        var statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT VERSION()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      return "?";
    }
  }
}
