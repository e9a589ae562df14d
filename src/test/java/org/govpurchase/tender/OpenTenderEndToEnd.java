package org.govpurchase.tender;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govpurchase.testing.Api.value;
import static org.govpurchase.testing.EngineTasks.WAIT;
import static org.govpurchase.testing.EngineTasks.awaitTask;
import static org.govpurchase.testing.EngineTasks.formVariables;
import static org.govpurchase.testing.EngineTasks.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govpurchase.award.AwardProcess;
import org.govpurchase.evaluation.EvaluationProcess;
import org.govpurchase.plan.ProcurementProcess;
import org.govpurchase.testing.TestDates;
import org.govpurchase.testing.Api;
import org.govpurchase.testing.PurchaseDriver;
import org.govpurchase.testing.EndToEndContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.govpurchase.calendar.BeijingTime;

/**
 * A whole open tender from plan to published award, driven through the engine REST API as the demo
 * users drive it in Tasklist and through the supplier API, with the all-in-one workers doing every
 * automated step: agency starts the purchase, finance approves the plan (4.5 million yuan: open
 * tender by the decision table), agency issues the tender documents, four organizations bid (启明
 * has no tax record and is disqualified), the committee is drawn with 林涛 recused for his tie to 阳光,
 * one expert declines and a standby takes the seat, the experts score, agency confirms the award
 * and the award notice names the experts. A bidder's challenge is answered. Subclasses choose the
 * database.
 *
 * <p>The bid deadline lies a minute or two ahead and the documents are dated 20 days back, so the
 * 20-day rule holds and the test waits for the real timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@DirtiesContext
abstract class OpenTenderEndToEnd {

  static String base;
  static final String WORKER_PASSWORD = "e2e-tender-worker-secret";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dataDir;

  static void commonProperties(DynamicPropertyRegistry registry) {
    base = EndToEndContext.register(registry, dataDir, WORKER_PASSWORD);
  }

  @Test
  void openTenderGoesFromPlanToPublishedAward() throws Exception {
    Api agency = Api.as(base, "agency", Api.DEMO_PASSWORD);
    Api registrar = Api.as(base, "registrar", Api.DEMO_PASSWORD);
    Api supervisor = Api.as(base, "supervisor", Api.DEMO_PASSWORD);
    Api anonymous = Api.anonymous(base);
    // ---- the purchase and its plan: 4.5 million yuan within government procurement is an open tender ----
    String procurement = new PurchaseDriver(base).approvedPurchase(4_500_000, true);

    // one Procurement instance per purchase, known by its plan number, now in the tendering stage
    String prepare = awaitTask(agency, TenderingProcess.TASK_PREPARE_TENDER);
    Map<String, Object> instance = supervisor.getObject("/engine-rest/process-instance/{id}", procurement);
    String planNo = (String) instance.get("businessKey");
    assertThat(planNo).matches("SZ-" + TestDates.year() + "-\\d{4}");
    JsonNode activities = JSON.readTree(supervisor.get("/engine-rest/process-instance/{id}/activity-instances",
        procurement).body());
    assertThat(activities.path("childActivityInstances").get(0).path("activityId").asText())
        .isEqualTo(ProcurementProcess.CALL_TENDERING);

    // ---- the tender documents: a deadline a minute or two ahead, documents issued 20 days before ----
    ZonedDateTime deadline = TestDates.now().atZone(BeijingTime.ZONE).plusSeconds(100).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    Map<String, Object> documents = new HashMap<>();
    documents.put("tenderTitle", value("福田区社区居家养老服务项目"));
    documents.put("documentsIssuedOn", value(deadline.toLocalDate().minusDays(20).toString()));
    documents.put("bidDeadlineDate", value(deadline.toLocalDate().toString()));
    documents.put("bidDeadlineTime", value(deadline.format(DateTimeFormatter.ofPattern("HH:mm"))));
    documents.put("committeeSpecialties", Api.json("[]"));
    assertThat(submit(agency, prepare, documents).status()).isEqualTo(204);

    // ---- bids through the supplier API ----
    Api sunshine = Api.as(base, "supplier1", Api.DEMO_PASSWORD);
    long tenderId = await().atMost(WAIT).until(() -> openTender(sunshine, planNo), id -> id != null);
    Map<String, Api> bidders = Map.of("supplier1", sunshine, "supplier2", Api.as(base, "supplier2", Api.DEMO_PASSWORD),
        "supplier3", Api.as(base, "supplier3", Api.DEMO_PASSWORD), "supplier4", Api.as(base, "supplier4", Api.DEMO_PASSWORD));
    int price = 4_200_000;
    for (var bidder : bidders.entrySet()) {
      var bid = bidder.getValue().post("/api/tenders/{id}/bids",
          Map.of("price", price, "proposalSummary", bidder.getKey() + "：上门照护、助餐、助浴一体化方案"), tenderId);
      assertThat(bid.status()).as(bidder.getKey() + " " + bid.body()).isEqualTo(201);
      price -= 100_000;
    }
    // a second bid of the same organization is refused and changes nothing
    assertThat(sunshine.post("/api/tenders/{id}/bids", Map.of("price", 1, "proposalSummary", "再投一次"), tenderId)
        .status()).isEqualTo(409);

    // ---- after the deadline: no bid, and the registration authority reviews each of the four ----
    await().atMost(Duration.ofMinutes(4)).until(
        () -> !registrar.getList("/engine-rest/task?taskDefinitionKey={key}", TenderingProcess.TASK_CONFIRM_QUALIFICATION)
            .isEmpty());
    var late = bidders.get("supplier2").send("PUT", "/api/tenders/{id}/bids/mine",
        Map.of("price", 1000, "proposalSummary", "截止后修改"), tenderId);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body()).contains("不能修改投标");
    List<Map<String, Object>> reviews = await().atMost(WAIT).until(
        () -> registrar.getList("/engine-rest/task?taskDefinitionKey={key}", TenderingProcess.TASK_CONFIRM_QUALIFICATION),
        list -> list.size() == 4);
    int disqualified = 0;
    for (Map<String, Object> task : reviews) {
      String id = (String) task.get("id");
      JsonNode form = formVariables(registrar, id);
      if (!form.path("autoQualified").path("value").asBoolean()) {
        disqualified++;
        assertThat(form.path("bidSummary").path("value").asText()).contains("启明");
        assertThat(form.path("unmetReasons").path("value").asText()).isNotBlank();
      }
      claim(registrar, "registrar", id);
      assertThat(submit(registrar, id, Map.of("qualificationDecision", value("CONFIRM"))).status()).isEqualTo(204);
    }
    assertThat(disqualified).isEqualTo(1);

    // ---- the committee: 林涛 is recused; the first expert declines and a standby takes the seat ----
    List<Map<String, Object>> attendance = await().atMost(WAIT).until(
        () -> agency.getList("/engine-rest/history/task?taskDefinitionKey={key}", EvaluationProcess.TASK_CONFIRM_ATTENDANCE),
        list -> list.size() == 4);
    List<String> drawn = attendance.stream().map(t -> (String) t.get("assignee")).toList();
    String decliner = drawn.get(0);
    Api declining = Api.as(base, decliner, Api.DEMO_PASSWORD);
    String declinedTask = (String) attendance.get(0).get("id");
    assertThat(formVariables(declining, declinedTask).path("bidderNames").path("value").asText()).contains("阳光");
    assertThat(submit(declining, declinedTask, Map.of("attendanceDecision", value("DECLINE"),
        "declineReason", value("当日另有评审任务"))).status()).isEqualTo(204);
    List<String> serving = new ArrayList<>(drawn.subList(1, drawn.size()));
    for (String expert : serving) {
      Api e = Api.as(base, expert, Api.DEMO_PASSWORD);
      String task = awaitAssigned(e, expert, EvaluationProcess.TASK_CONFIRM_ATTENDANCE);
      assertThat(submit(e, task, Map.of("attendanceDecision", value("ACCEPT"))).status()).isEqualTo(204);
    }
    String standby = await().atMost(WAIT).until(() -> supervisor.getList(
            "/engine-rest/task?taskDefinitionKey={key}", EvaluationProcess.TASK_CONFIRM_ATTENDANCE),
        list -> list.size() == 1).get(0).get("assignee").toString();
    assertThat(standby).isNotIn(drawn);
    Api standbyExpert = Api.as(base, standby, Api.DEMO_PASSWORD);
    assertThat(submit(standbyExpert, awaitAssigned(standbyExpert, standby, EvaluationProcess.TASK_CONFIRM_ATTENDANCE),
        Map.of("attendanceDecision", value("ACCEPT"))).status()).isEqualTo(204);
    serving.add(standby);

    // ---- scoring: each serving expert scores each of the three qualified bids ----
    for (String expert : serving) {
      Api e = Api.as(base, expert, Api.DEMO_PASSWORD);
      List<Map<String, Object>> sheets = await().atMost(WAIT).until(() -> e.getList(
          "/engine-rest/task?taskDefinitionKey={key}&assignee={user}", EvaluationProcess.TASK_SCORE_BID, expert),
          list -> list.size() == 3);
      for (Map<String, Object> sheet : sheets) {
        String id = (String) sheet.get("id");
        boolean sunshineBid = formVariables(e, id).path("bidSummary").path("value").asText().contains("阳光");
        var scored = submit(e, id, Map.of("scoreProposal", value(sunshineBid ? 92 : 80),
            "scoreCapacity", value(sunshineBid ? 90 : 78), "scorePrice", value(85)));
        assertThat(scored.status()).as(scored.body()).isEqualTo(204);
      }
    }

    // ---- award: confirmed by the buyer, announced with the experts' names ----
    String confirm = awaitTask(agency, AwardProcess.TASK_CONFIRM_AWARD);
    assertThat(formVariables(agency, confirm).path("awardSummary").path("value").asText()).contains("阳光");
    assertThat(submit(agency, confirm, Map.of("awardConfirmed", value(true), "awardComment", value("同意评标委员会推荐")))
        .status()).isEqualTo(204);
    JsonNode award = JSON.readTree(await().atMost(WAIT).until(
        () -> anonymous.get("/api/public/awards/{no}", planNo), answer -> answer.status() == 200).body());
    assertThat(award.path("supplierName").asText()).isEqualTo("深圳市阳光社会工作服务中心");
    assertThat(award.path("committee").path("sealed").asBoolean()).isFalse();
    for (String expert : serving) {
      assertThat(award.toString()).as("the award notice names " + expert).contains(expertName(expert));
    }
    assertThat(award.toString()).doesNotContain("林涛");
    // the supervisor's record of the draw: its seed, and 林涛 recused for his tie to 阳光
    JsonNode draw = JSON.readTree(supervisor.get("/api/committees/{no}", planNo).body());
    assertThat(draw.path("seed").isNumber()).isTrue();
    assertThat(draw.path("recusals").toString()).contains("林涛", "52440300MJL0000012");
    assertThat(draw.path("declined").toString()).contains(expertName(decliner));
    assertThat(agency.get("/api/committees/{no}", planNo).status()).isEqualTo(403);

    // ---- a bidder challenges; the buyer answers; the award stands ----
    Api rainbow = bidders.get("supplier2");
    var challenge = rainbow.post("/api/awards/{no}/challenges", Map.of("text", "第一名的服务方案评分过高"), planNo);
    assertThat(challenge.status()).as(challenge.body()).isEqualTo(201);
    String answer = awaitTask(agency, AwardProcess.TASK_ANSWER_CHALLENGE);
    assertThat(formVariables(agency, answer).path("challengeSummary").path("value").asText()).contains("评分过高");
    assertThat(submit(agency, answer, Map.of("challengeDecision", value("DISMISSED"),
        "challengeAnswer", value("评分符合评分标准，质疑不成立"))).status()).isEqualTo(204);
    await().atMost(WAIT).until(() -> agency.getList("/engine-rest/task?taskDefinitionKey={key}",
        AwardProcess.TASK_ANSWER_CHALLENGE).isEmpty() && agency.getList(
        "/engine-rest/external-task?topicName={topic}", AwardProcess.TOPIC_ANSWER_CHALLENGE).isEmpty());
    // the challenge period runs on: the purchase waits in its tendering stage
    assertThat(supervisor.getObject("/engine-rest/process-instance/{id}", procurement).get("ended")).isEqualTo(false);
  }

  // ---- helpers ----

  private static Long openTender(Api supplier, String planNo) {
    return supplier.getList("/api/tenders").stream()
        .filter(t -> planNo.equals(t.get("procurementNo")))
        .map(t -> ((Number) t.get("id")).longValue())
        .findFirst().orElse(null);
  }

  private String expertName(String userId) {
    return (String) Api.as(base, "admin", Api.DEMO_PASSWORD).getObject("/engine-rest/user/{id}/profile", userId)
        .get("firstName");
  }


  private String awaitAssigned(Api user, String userId, String taskKey) {
    return (String) await().atMost(WAIT).until(() -> user.getList(
            "/engine-rest/task?taskDefinitionKey={key}&assignee={user}", taskKey, userId), list -> !list.isEmpty())
        .get(0).get("id");
  }

  private static void claim(Api user, String userId, String taskId) {
    assertThat(user.post("/engine-rest/task/{id}/claim", Map.of("userId", userId), taskId).status()).isEqualTo(204);
  }



}
