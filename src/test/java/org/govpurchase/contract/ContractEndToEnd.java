package org.govpurchase.contract;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govpurchase.acceptance.AcceptanceProcess;
import org.govpurchase.payment.InstalmentPaymentProcess;
import org.govpurchase.plan.ProcurementProcess;
import org.govpurchase.award.AwardProcess;
import org.govpurchase.testing.Api;
import org.govpurchase.testing.PurchaseDriver;
import org.govpurchase.testing.EndToEndContext;
import org.govpurchase.testing.PublicViews;
import org.govpurchase.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * From an award to a signed, published and filed contract paid to the last instalment, through the engine REST API as the demo
 * users drive Tasklist and through the supplier API, with the all-in-one workers: a small purchase
 * outside government procurement is bought directly from 阳光, agency drafts the contract (a draft
 * whose instalments do not add up is sent back), 阳光 signs through the API (彩虹 may not), agency
 * signs, the contract is public, finance returns the filing once and then accepts it, the receipt
 * number is public, and 阳光 requests both instalments, which agency approves and the worker pays
 * (one request is sent back first); the second, the last, only after the term ended and the agency
 * accepted the service (the acceptance is public). Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@DirtiesContext
abstract class ContractEndToEnd {

  @Autowired IdentityService identityService;

  static String base;
  static final String WORKER_PASSWORD = "e2e-contract-worker-secret";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dataDir;

  static void commonProperties(DynamicPropertyRegistry registry) {
    base = EndToEndContext.register(registry, dataDir, WORKER_PASSWORD);
  }

  @Test
  void anAwardBecomesASignedPublishedAndFiledContract() throws Exception {
    Api agency = Api.as(base, "agency", Api.DEMO_PASSWORD);
    Api finance = Api.as(base, "finance", Api.DEMO_PASSWORD);
    Api sunshine = Api.as(base, "supplier1", Api.DEMO_PASSWORD);
    Api rainbow = Api.as(base, "supplier2", Api.DEMO_PASSWORD);
    Api supervisor = Api.as(base, "supervisor", Api.DEMO_PASSWORD);
    Api anonymous = Api.anonymous(base);
    // ---- a small purchase outside government procurement: bought directly ----
    String procurement = new PurchaseDriver(base).approvedPurchase(150_000, false);
    String direct = awaitTask(agency, AwardProcess.TASK_RECORD_DIRECT_PURCHASE);
    assertThat(submit(agency, direct, Map.of("chosenSupplierCode", value("52440300MJL0000012"),
        "chosenPrice", value(150000), "choiceJustification", value("金额较小，直接向长期服务本社区的机构购买"))).status())
        .isEqualTo(204);
    String planNo = (String) supervisor.getObject("/engine-rest/process-instance/{id}", procurement).get("businessKey");

    // ---- the contract draft: instalments that do not add up are sent back ----
    String contractDraft = awaitTask(agency, ContractProcess.TASK_DRAFT_CONTRACT);
    assertThat(formVariables(agency, contractDraft).path("contractSummary").path("value").asText())
        .contains("阳光", "150");
    assertThat(submit(agency, contractDraft, contractTerms(100_000)).status()).isEqualTo(204);
    contractDraft = await().atMost(WAIT).until(() -> agency.getList("/engine-rest/task?taskDefinitionKey={key}",
        ContractProcess.TASK_DRAFT_CONTRACT), list -> !list.isEmpty()
        && formVariables(agency, (String) list.get(0).get("id")).path("draftRefusal").path("value").isTextual())
        .get(0).get("id").toString();
    assertThat(formVariables(agency, contractDraft).path("draftRefusal").path("value").asText()).isNotBlank();
    assertThat(submit(agency, contractDraft, contractTerms(75_000)).status()).isEqualTo(204);

    // ---- both sign: the supplier through the API, another organization may not ----
    String sign = awaitTask(agency, ContractProcess.TASK_SIGN_CONTRACT);
    long contractId = ((Number) await().atMost(WAIT).until(() -> sunshine.getList("/api/contracts/mine"),
        list -> !list.isEmpty()).get(0).get("id")).longValue();
    assertThat(rainbow.post("/api/contracts/{id}/signature", Map.of(), contractId).status()).isEqualTo(403);
    var signed = sunshine.post("/api/contracts/{id}/signature", Map.of(), contractId);
    assertThat(signed.status()).as(signed.body()).isBetween(200, 201);
    assertThat(anonymous.get("/api/public/contracts/{no}", planNo).status()).isEqualTo(404);
    assertThat(submit(agency, sign, Map.of("agencySigned", value(true))).status()).isEqualTo(204);

    // ---- published, then filed after one correction ----
    JsonNode published = JSON.readTree(await().atMost(WAIT).until(
        () -> anonymous.get("/api/public/contracts/{no}", planNo), answer -> answer.status() == 200).body());
    assertThat(published.toString()).contains("深圳市阳光社会工作服务中心", "每周上门两次", "按日扣减服务费");
    String filing = awaitTask(finance, ContractProcess.TASK_ACCEPT_FILING);
    assertThat(submit(finance, filing, Map.of("filingDecision", value("RETURN"))).status()).isEqualTo(400);
    assertThat(submit(finance, filing, Map.of("filingDecision", value("RETURN"),
        "filingReturnReason", value("请补充服务对象名单"))).status()).isEqualTo(204);
    String correction = awaitTask(agency, ContractProcess.TASK_CORRECT_FILING);
    assertThat(submit(agency, correction, Map.of("filingCorrection", value("已补充服务对象名单"))).status()).isEqualTo(204);
    filing = awaitTask(finance, ContractProcess.TASK_ACCEPT_FILING);
    assertThat(submit(finance, filing, Map.of("filingDecision", value("ACCEPT"))).status()).isEqualTo(204);

    JsonNode filed = JSON.readTree(await().atMost(WAIT).until(() -> anonymous.get("/api/public/contracts/{no}", planNo),
        answer -> answer.body().contains("HTBA-" + TestDates.year() + "-")).body());
    assertThat(filed.path("filingReceiptNo").asText()).startsWith("HTBA-" + TestDates.year() + "-");

    // ---- paid in two instalments: 阳光 requests each, the agency approves (one is sent back first) ----
    await().atMost(WAIT).until(() -> supervisor.getList("/engine-rest/task?taskDefinitionKey={key}",
        ContractProcess.TASK_PLAN_PAYMENTS).isEmpty() && supervisor.getList(
        "/engine-rest/event-subscription?eventType=message").size() == 1 && supervisor.getList(
        "/engine-rest/event-subscription?eventType=signal").size() == 1);
    assertThat(rainbow.post("/api/contracts/{id}/instalments/1/request", Map.of("note", "申请第一期"), contractId).status())
        .isEqualTo(403);
    var requested = sunshine.post("/api/contracts/{id}/instalments/1/request", Map.of("note", "第一期服务已完成"), contractId);
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    assertThat(sunshine.post("/api/contracts/{id}/instalments/1/request", Map.of("note", "再次申请"), contractId).status())
        .isEqualTo(409);
    String approval = awaitTask(agency, InstalmentPaymentProcess.TASK_APPROVE_INSTALMENT);
    assertThat(formVariables(agency, approval).path("instalmentSummary").path("value").asText()).contains("第一期服务已完成");
    assertThat(submit(agency, approval, Map.of("instalmentDecision", value("RETURN"),
        "instalmentReturnReason", value("请附服务记录"))).status()).isEqualTo(204);
    var again = await().atMost(WAIT).until(() -> sunshine.post("/api/contracts/{id}/instalments/1/request",
        Map.of("note", "已附服务记录"), contractId), answer -> answer.status() == 201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(submit(agency, awaitTask(agency, InstalmentPaymentProcess.TASK_APPROVE_INSTALMENT),
        Map.of("instalmentDecision", value("APPROVE"))).status()).isEqualTo(204);

    // ---- amendments: the agency's change to the use of funds is refused by 阳光; 阳光's supplement of
    // exactly 10% is accepted by the agency, takes effect on the unpaid instalment and is filed ----
    var proposed = agency.post("/engine-rest/process-definition/key/{key}/submit-form", Map.of("variables", Map.of(
        "contractNo", value(planNo), "fundsUse", value("结余资金用于增加助餐服务"), "amendmentReason", value("服务对象需求变化"))),
        AmendmentProcess.KEY);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
    long refusedId = ((Number) await().atMost(WAIT).until(() -> sunshine.getList("/api/contracts/{id}/amendments",
        contractId), list -> !list.isEmpty()).get(0).get("id")).longValue();
    var refusal = await().atMost(WAIT).until(() -> sunshine.post("/api/contracts/{id}/amendments/{a}/answer",
        Map.of("accept", false, "reason", "助餐不在本机构服务范围内"), contractId, refusedId), a -> a.status() != 409);
    assertThat(refusal.status()).as(refusal.body()).isEqualTo(200);
    Map<String, Object> supplement = new HashMap<>(Map.of("newAmount", 165000.01, "reason", "服务对象增加10%",
        "instalments", List.of(Map.of("amount", 75000, "dueDate", yearEnd()),
            Map.of("amount", 90000.01, "dueDate", nextFebruary()))));
    var tooMuch = await().atMost(WAIT).until(() -> sunshine.post("/api/contracts/{id}/amendments", supplement,
        contractId), a -> a.status() != 409);
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("165000.00");
    supplement.put("newAmount", 165000);
    supplement.put("instalments", List.of(Map.of("amount", 75000, "dueDate", yearEnd()),
        Map.of("amount", 90000, "dueDate", nextFebruary())));
    var increase = sunshine.post("/api/contracts/{id}/amendments", supplement, contractId);
    assertThat(increase.status()).as(increase.body()).isEqualTo(201);
    String agencyAnswer = awaitTask(agency, AmendmentProcess.TASK_ANSWER);
    assertThat(formVariables(agency, agencyAnswer).path("amendmentSummary").path("value").asText())
        .contains("150000.00元 → 165000.00元");
    assertThat(submit(agency, agencyAnswer, Map.of("amendmentAnswer", value("ACCEPT"))).status()).isEqualTo(204);
    filing = awaitTask(finance, ContractProcess.TASK_ACCEPT_FILING);
    assertThat(submit(finance, filing, Map.of("filingDecision", value("ACCEPT"))).status()).isEqualTo(204);
    JsonNode amended = JSON.readTree(await().atMost(WAIT).until(() -> anonymous.get("/api/public/contracts/{no}",
        planNo), a -> a.body().contains("-B2")).body());
    assertThat(amended.path("amount").decimalValue()).isEqualByComparingTo("165000");
    assertThat(amended.path("amendments").get(0).path("filingReceiptNo").asText()).endsWith("-B2");
    assertThat(JSON.readTree(sunshine.get("/api/contracts/{id}/amendments", contractId).body()).findValuesAsText("status"))
        .containsExactly("REFUSED", "FILED");

    // ---- the last instalment is paid after acceptance: requested before, a clear 409 ----
    var early = await().atMost(WAIT).until(() -> sunshine.post("/api/contracts/{id}/instalments/2/request",
        Map.of("note", "第二期服务已完成"), contractId), answer -> answer.body().contains("验收合格"));
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(anonymous.get("/api/public/acceptances/{no}", planNo).status()).isEqualTo(404);

    // ---- the term ends (the test clock jumps to the day after; it returns after the test): the agency
    // accepts every service standard with the people served, the report is public ----
    ClockUtil.offset(PurchaseDriver.termEnd().plusDays(1).atTime(9, 0).atZone(TestDates.BEIJING).toInstant()
        .toEpochMilli() - System.currentTimeMillis());
    String organize = awaitTask(agency, AcceptanceProcess.TASK_ORGANIZE_ACCEPTANCE);
    JsonNode prefilled = formVariables(agency, organize).path("standardVerdicts").path("value");
    JsonNode standards = prefilled.isTextual() ? JSON.readTree(prefilled.asText()) : prefilled;
    // one standard per line or sentence of the service requirements (this contract has one sentence)
    assertThat(standards.findValuesAsText("standard")).containsExactly("每周上门两次，每次不少于2小时");
    standards.forEach(row -> ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("verdict", "PASSED"));
    Map<String, Object> report = new HashMap<>(Map.of("standardVerdicts", Api.json(standards.toString()),
        "publicService", value(true), "peopleServedTookPart", value(true),
        "acceptanceResult", value("PASSED"), "acceptanceReport", value("验收组逐项核查服务记录并走访服务对象")));
    assertThat(submit(agency, organize, report).status()).as("the people served's opinions are missing").isEqualTo(400);
    report.put("peopleServedOpinions", value("服务对象代表：上门准时，态度好"));
    assertThat(submit(agency, organize, report).status()).isEqualTo(204);
    JsonNode accepted = JSON.readTree(await().atMost(WAIT).until(() -> anonymous.get("/api/public/acceptances/{no}",
        planNo), answer -> answer.status() == 200).body());
    assertThat(accepted.path("result").asText()).isEqualTo("PASSED");
    assertThat(accepted.toString()).contains("深圳市阳光社会工作服务中心", "每次不少于2小时", "上门准时");

    assertThat(await().atMost(WAIT).until(() -> sunshine.post("/api/contracts/{id}/instalments/2/request",
        Map.of("note", "第二期服务已完成"), contractId), answer -> answer.status() == 201).status()).isEqualTo(201);
    assertThat(submit(agency, awaitTask(agency, InstalmentPaymentProcess.TASK_APPROVE_INSTALMENT),
        Map.of("instalmentDecision", value("APPROVE"))).status()).isEqualTo(204);

    await().atMost(WAIT).until(() -> supervisor.getObject("/engine-rest/history/process-instance/{id}", procurement)
        .get("state"), "COMPLETED"::equals);
    JsonNode payments = JSON.readTree(finance.get("/api/contracts/{id}/payments", contractId).body());
    assertThat(payments.toString()).contains("75000", "90000");
    assertThat(finance.get("/api/payments/lateness").status()).isEqualTo(200);
    assertThat(supervisor.getList("/engine-rest/history/activity-instance?processInstanceId={id}&activityId={a}",
        procurement, ProcurementProcess.END_CONTRACT_PAID)).hasSize(1);

    // every public view of the purchase names organizations and roles, never a login (issue 11)
    List<String> logins = PublicViews.userIds(identityService);
    assertThat(logins).contains("agency", "finance", "supplier1");
    for (String path : List.of("/api/public/contracts/" + planNo, "/api/public/plans/" + planNo,
        "/api/public/awards/" + planNo, "/api/public/tenders/" + planNo, "/api/public/catalogs/" + TestDates.year(),
        "/api/public/suppliers/52440300MJL0000012", "/api/public/acceptances/" + planNo)) {
      Api.Answer answer = anonymous.get(path);
      if (answer.status() == 200) {
        PublicViews.assertNoLoginIds(path, answer.body(), logins);
      }
    }
    PublicViews.assertNoLoginIds("contract", anonymous.get("/api/public/contracts/{no}", planNo).body(), logins);
  }

  // ---- helpers ----

  /** the instalments fall in the plan's term, 1 March this year to February next year */
  private static String yearEnd() {
    return TestDates.year() + "-12-31";
  }

  private static String nextFebruary() {
    return (TestDates.year() + 1) + "-02-15";
  }

  private static Map<String, Object> contractTerms(int firstInstalment) {
    Map<String, Object> terms = new HashMap<>();
    terms.put("scopeAndContent", value("为辖区独居老人提供上门照护"));
    terms.put("serviceRequirements", value("每周上门两次，每次不少于2小时"));
    terms.put("breachLiability", value("未按约定提供服务的，按日扣减服务费"));
    terms.put("instalment1Amount", value(firstInstalment));
    terms.put("instalment1DueDate", value(yearEnd()));
    terms.put("instalment2Amount", value(75_000));
    terms.put("instalment2DueDate", value(nextFebruary()));
    return terms;
  }




}
