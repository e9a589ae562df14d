package org.govpurchase.engine;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govpurchase.testing.Api.json;
import static org.govpurchase.testing.Api.value;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govpurchase.PlatformApplication;
import org.govpurchase.testing.Api;
import org.govpurchase.testing.FreePort;
import org.govpurchase.testing.TestClock;
import org.govpurchase.testing.TestDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The roles apart: the packaged jar runs as {@code engine} in its own JVM, and a {@code workers}
 * instance here completes that engine's external tasks over HTTP as the technical user.
 */
class WorkersRoleIT {

  static final String WORKER_PASSWORD = "roles-it-secret";
  static final String WORKER_ID = "workers-role-it";

  @TempDir
  Path dataDir;

  Process engine;
  ConfigurableApplicationContext workers;

  @AfterEach
  void stop() {
    if (workers != null) {
      workers.close();
    }
    if (engine != null) {
      engine.destroy();
    }
  }

  @Test
  void workersRoleCompletesTheExternalTasksOfAnEngineRoleInstance() throws Exception {
    int enginePort = FreePort.find();
    String base = "http://localhost:" + enginePort;
    engine = startEngineRole(enginePort);
    Api anonymous = Api.anonymous(base);
    await().atMost(180, SECONDS).ignoreExceptions()
        .until(() -> anonymous.get("/actuator/health").body(), body -> body.contains("UP"));

    Api finance = Api.as(base, "finance", Api.DEMO_PASSWORD);
    Api admin = Api.as(base, "admin", Api.DEMO_PASSWORD);
    int year = TestDates.year() + 1;
    String title = year + "年度目录";
    var started = finance.post("/engine-rest/process-definition/key/CatalogApproval/submit-form",
        Map.of("variables", Map.of("catalogYear", value(year), "catalogTitle", value(title))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    // the engine role runs no workers: the first external task stays unlocked
    await().during(3, SECONDS).atMost(6, SECONDS).until(
        () -> admin.getList("/engine-rest/external-task?processInstanceId={id}&locked=true", instance),
        List::isEmpty);

    workers = new SpringApplicationBuilder(PlatformApplication.class)
        .profiles("workers")
        .run( // as command-line arguments: they outrank application-workers.yaml
            "--server.port=0",
            "--platform.data-dir=" + dataDir,
            "--platform.engine-rest-url=" + base + "/engine-rest",
            "--platform.workers.password=" + WORKER_PASSWORD,
            "--platform.worker-id=" + WORKER_ID);

    String draft = awaitTask(finance, instance, "Task_DraftCatalog");
    finance.post("/engine-rest/task/{id}/submit-form", Map.of("variables", Map.of(
        "catalogTitle", value(title),
        "catalogItems", json("[{\"itemName\":\"社区矫正社会工作服务\",\"category\":\"SOCIAL_COMMUNITY_CORRECTION\","
            + "\"description\":\"协助开展社区矫正对象教育帮扶\",\"agencies\":[\"SZFT-SFJ\"]}]"))), draft);
    Api govoffice = Api.as(base, "govoffice", Api.DEMO_PASSWORD);
    String approval = awaitTask(govoffice, instance, "Task_ApproveCatalog");
    govoffice.post("/engine-rest/task/{id}/submit-form",
        Map.of("variables", Map.of("approvalDecision", value("APPROVE"))), approval);

    await().atMost(60, SECONDS).until(
        () -> admin.getObject("/engine-rest/history/process-instance/{id}", instance).get("state"),
        "COMPLETED"::equals);
    assertThat(admin.getList("/engine-rest/history/external-task-log?processInstanceId={id}&successLog=true", instance))
        .hasSize(4)
        .allSatisfy(log -> assertThat(log.get("workerId")).isEqualTo(WORKER_ID));
    assertThat(anonymous.get("/api/public/catalogs/" + year).body()).contains("社区矫正社会工作服务");
  }

  private Process startEngineRole(int port) throws Exception {
    String jar = System.getProperty("platform.jar");
    assertThat(new File(jar)).as("the packaged platform jar").exists();
    File log = new File(new File(jar).getParentFile(), "engine-role-it.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
    String clockStart = TestClock.continuedStart();
    if (clockStart == null) {
      command.addAll(List.of("-jar", jar));
    } else {
      // the engine's clock goes on from this JVM's test clock: the jar's own launcher with TestClock,
      // copied alone (the other test classes would be component-scanned), as the main class
      command.addAll(List.of("-D" + TestClock.PROPERTY + "=" + clockStart,
          "-Dloader.path=" + testClockClasses(), "-Dloader.main=" + TestClock.class.getName(),
          "-cp", jar, "org.springframework.boot.loader.launch.PropertiesLauncher"));
    }
    command.addAll(List.of(
        "--spring.profiles.active=engine,demo",
        "--server.port=" + port,
        "--platform.data-dir=" + dataDir));
    var builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log);
    builder.environment().put("WORKER_PASSWORD", WORKER_PASSWORD);
    return builder.start();
  }

  /** a class directory holding TestClock alone */
  private Path testClockClasses() throws IOException {
    Path root = dataDir.resolve("test-clock-classes");
    String file = TestClock.class.getName().replace('.', '/') + ".class";
    Path target = root.resolve(file);
    Files.createDirectories(target.getParent());
    try (InputStream in = TestClock.class.getClassLoader().getResourceAsStream(file)) {
      Files.copy(in, target);
    }
    return root;
  }

  private static String awaitTask(Api user, String instance, String taskKey) {
    List<Map<String, Object>> tasks = await().atMost(60, SECONDS).until(
        () -> user.getList("/engine-rest/task?processInstanceId={id}&taskDefinitionKey={key}", instance, taskKey),
        list -> !list.isEmpty());
    return (String) tasks.get(0).get("id");
  }
}
