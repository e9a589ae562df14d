package org.govpurchase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govpurchase.testing.Api.value;
import static org.govpurchase.testing.EngineTasks.WAIT;
import static org.govpurchase.testing.EngineTasks.awaitTask;
import static org.govpurchase.testing.EngineTasks.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.govpurchase.award.AwardProcess;
import org.govpurchase.calendar.BeijingTime;
import org.govpurchase.contract.AmendmentProcess;
import org.govpurchase.contract.ContractProcess;
import org.govpurchase.payment.InstalmentPaymentProcess;
import org.govpurchase.tender.TenderingProcess;
import org.govpurchase.testing.Api;
import org.govpurchase.testing.EndToEndContext;
import org.govpurchase.testing.PurchaseDriver;
import org.govpurchase.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Our API, generated from its own OpenAPI description, against another agency's officer and the
 * auditor. First real records of 福田区民政局 (SZFT-MZJ) are made as its officer {@code agency}
 * drives Tasklist and the suppliers use the API: a direct purchase (plan, award, contract with two
 * instalments, the first requested, an amendment awaiting the supplier) and an open tender with a
 * bid and a clarification question. Then every operation of {@code /v3/api-docs} under /api (not
 * /api/public) is called with those records' ids:
 * <ul>
 *   <li>as {@code agency2} (an officer of 福田区卫健局), each one with a path parameter answers 403 or
 *       404 with a JSON error body, never 2xx or 5xx, except the city-wide reads listed in
 *       {@link #CITY_WIDE_READS};</li>
 *   <li>as {@code auditor}, every GET answers 2xx or 404 with a reason (403 only for the suppliers'
 *       own views, {@link #SUPPLIER_API}), and every other method 403;</li>
 *   <li>as the owners ({@code agency}, the supplier 阳光's {@code supplier1}) or the auditor, every
 *       GET with a path parameter answers 2xx to one of them, so the refusals are not vacuous.</li>
 * </ul>
 * No refused call writes: every table of ours reads the same before and after. A new operation
 * with a parameter this test cannot fill fails it until a value is added in {@link #pathValue}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@DirtiesContext
abstract class AgencyScopeApiEndToEnd {

  static String base;
  static final String WORKER_PASSWORD = "e2e-scope-worker-secret";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MZJ = "SZFT-MZJ";
  static final String SUNSHINE = "52440300MJL0000012";

  /**
   * Reads of city-wide records, not an agency's: the supplier registry (every government user reads
   * whole records, SupplierController) and the working-day calendar (everyone signed in).
   */
  static final Set<String> CITY_WIDE_READS = Set.of("GET /api/suppliers/{id}", "GET /api/suppliers/{id}/qualification",
      "GET /api/calendar/{year}");

  /** the supplier API: an organization's own tenders, bids, challenges, contracts, amendments */
  static final Set<String> SUPPLIER_API = Set.of("招标投标", "合同", "中标与质疑", "合同变更");

  /** the id asked for when there is no supervision record: none so far is the honest answer (404) */
  static final long NO_SUCH_RECORD = 999_999;

  @TempDir
  static Path dataDir;

  @Autowired
  DataSource dataSource;

  static void commonProperties(DynamicPropertyRegistry registry) {
    base = EndToEndContext.register(registry, dataDir, WORKER_PASSWORD);
  }

  /** the SZFT-MZJ records the calls are made with */
  record Records(long contractId, long amendmentId, String awardNo, long tenderId, String tenderNo, long supplierId,
      Long supervisionRecordId) {
  }

  record Operation(String method, String path, JsonNode spec) {
    String name() {
      return method + " " + path;
    }

    boolean hasPathParameter() {
      return path.contains("{");
    }

    String tag() {
      return spec.path("tags").path(0).asText();
    }
  }

  @Test
  void anotherAgencysOfficerReachesNothingOfOursAndTheAuditorOnlyReads() throws Exception {
    Api agency = Api.as(base, "agency", Api.DEMO_PASSWORD);
    Api agency2 = Api.as(base, "agency2", Api.DEMO_PASSWORD);
    Api auditor = Api.as(base, "auditor", Api.DEMO_PASSWORD);
    Api sunshine = Api.as(base, "supplier1", Api.DEMO_PASSWORD);
    Records mzj = records(agency, sunshine);

    JsonNode docs = JSON.readTree(Api.anonymous(base).get("/v3/api-docs").body());
    List<Operation> operations = operations(docs);
    assertThat(operations).extracting(Operation::name).contains("GET /api/contracts/{id}/payments",
        "POST /api/contracts/{contractId}/amendments/{amendmentId}/answer", "GET /api/agencies/{code}/members");

    Map<String, List<String>> before = quietSnapshot();
    List<String> problems = new ArrayList<>();
    StringBuilder table = new StringBuilder("operation | agency2 | auditor | owner reads\n");
    int probedAsOutsider = 0;
    for (Operation op : operations) {
      String uri = uri(op, mzj);
      Object body = body(op, docs);
      String outsider = "-";
      if (op.hasPathParameter()) {
        probedAsOutsider++;
        Api.Answer answer = agency2.send(op.method(), uri, body);
        outsider = String.valueOf(answer.status());
        if (CITY_WIDE_READS.contains(op.name())) {
          expect(problems, "agency2", op, answer, answer.status() < 300 || answer.status() == 404);
        } else {
          expect(problems, "agency2", op, answer, answer.status() == 403 || answer.status() == 404);
        }
      }
      Api.Answer audited = auditor.send(op.method(), uri, body);
      if (op.method().equals("GET")) {
        boolean supplierView = SUPPLIER_API.contains(op.tag());
        expect(problems, "auditor", op, audited, audited.status() < 300
            || (audited.status() == 404 && hasReason(audited)) || (supplierView && audited.status() == 403));
      } else {
        expect(problems, "auditor", op, audited, audited.status() == 403);
      }
      String owners = "-";
      if (op.method().equals("GET") && op.hasPathParameter()) {
        int byAgency = agency.get(uri).status();
        int bySupplier = sunshine.get(uri).status();
        owners = "agency " + byAgency + ", supplier1 " + bySupplier;
        boolean read = byAgency < 300 || bySupplier < 300 || audited.status() < 300;
        if (!read && !noRecordToReadYet(op, mzj)) {
          problems.add(op.name() + " (" + uri + "): no owner or overseer reads it, " + owners + ", auditor "
              + audited.status() + ": the refusals would prove nothing");
        }
      }
      table.append(op.name()).append(" | ").append(outsider).append(" | ").append(audited.status()).append(" | ")
          .append(owners).append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", getClass().getSimpleName() + "-operations.txt"), table);
    assertThat(problems).as("answers out of scope:\n" + table).isEmpty();
    assertThat(probedAsOutsider).as("operations with a path parameter").isGreaterThanOrEqualTo(25);

    // the owners' own reads, named: the positive control of the refusals above
    assertThat(agency.get("/api/contracts/{id}/payments", mzj.contractId()).status()).isEqualTo(200);
    assertThat(agency.get("/api/agencies/{code}/members", MZJ).body()).contains("agency", "agency3");
    assertThat(sunshine.get("/api/contracts/{id}/amendments", mzj.contractId()).body())
        .contains("\"id\":" + mzj.amendmentId());
    assertThat(sunshine.get("/api/tenders/{id}/bids/mine", mzj.tenderId()).status()).isEqualTo(200);

    // nothing was written by the refused calls
    assertThat(snapshot()).as("our tables after the calls").isEqualTo(before);
  }

  // ---- the SZFT-MZJ records ----

  private Records records(Api agency, Api sunshine) throws Exception {
    Api finance = Api.as(base, "finance", Api.DEMO_PASSWORD);
    Api supervisor = Api.as(base, "supervisor", Api.DEMO_PASSWORD);
    PurchaseDriver purchases = new PurchaseDriver(base);

    // a direct purchase from 阳光: plan, award, contract (75000 + 75000), filed
    String direct = purchases.approvedPurchase(150_000, false);
    assertThat(submit(agency, awaitTask(agency, AwardProcess.TASK_RECORD_DIRECT_PURCHASE), Map.of(
        "chosenSupplierCode", value(SUNSHINE), "chosenPrice", value(150000),
        "choiceJustification", value("金额较小，直接向长期服务本社区的机构购买"))).status()).isEqualTo(204);
    String awardNo = (String) supervisor.getObject("/engine-rest/process-instance/{id}", direct).get("businessKey");
    assertThat(submit(agency, awaitTask(agency, ContractProcess.TASK_DRAFT_CONTRACT), contractTerms()).status())
        .isEqualTo(204);
    String sign = awaitTask(agency, ContractProcess.TASK_SIGN_CONTRACT);
    long contractId = ((Number) await().atMost(WAIT).until(() -> sunshine.getList("/api/contracts/mine"),
        list -> !list.isEmpty()).get(0).get("id")).longValue();
    assertThat(sunshine.post("/api/contracts/{id}/signature", Map.of(), contractId).status()).isEqualTo(201);
    assertThat(submit(agency, sign, Map.of("agencySigned", value(true))).status()).isEqualTo(204);
    assertThat(submit(finance, awaitTask(finance, ContractProcess.TASK_ACCEPT_FILING),
        Map.of("filingDecision", value("ACCEPT"))).status()).isEqualTo(204);

    // the first instalment requested, awaiting the agency's approval
    await().atMost(WAIT).until(() -> supervisor.getList("/engine-rest/task?taskDefinitionKey={key}",
        ContractProcess.TASK_PLAN_PAYMENTS).isEmpty() && supervisor.getList(
        "/engine-rest/event-subscription?eventType=message").size() == 1 && supervisor.getList(
        "/engine-rest/event-subscription?eventType=signal").size() == 1);
    var requested = sunshine.post("/api/contracts/{id}/instalments/1/request", Map.of("note", "第一期服务已完成"),
        contractId);
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    awaitTask(agency, InstalmentPaymentProcess.TASK_APPROVE_INSTALMENT);

    // the agency's amendment, awaiting 阳光's answer
    var proposed = agency.post("/engine-rest/process-definition/key/{key}/submit-form", Map.of("variables", Map.of(
        "contractNo", value(awardNo), "fundsUse", value("结余资金用于增加助餐服务"),
        "amendmentReason", value("服务对象需求变化"))), AmendmentProcess.KEY);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
    long amendmentId = ((Number) await().atMost(WAIT).until(() -> sunshine.getList("/api/contracts/{id}/amendments",
        contractId), list -> !list.isEmpty()).get(0).get("id")).longValue();

    // an open tender of 4.5 million, taking bids for three weeks; 阳光 bids and asks a question
    purchases.anotherApprovedPurchase(4_500_000, true);
    ZonedDateTime deadline = TestDates.now().atZone(BeijingTime.ZONE).plusDays(25).withHour(10).withMinute(0);
    Map<String, Object> documents = new HashMap<>();
    documents.put("tenderTitle", value("福田区社区居家养老服务项目"));
    documents.put("documentsIssuedOn", value(TestDates.today().toString()));
    documents.put("bidDeadlineDate", value(deadline.toLocalDate().toString()));
    documents.put("bidDeadlineTime", value(deadline.format(DateTimeFormatter.ofPattern("HH:mm"))));
    documents.put("committeeSpecialties", Api.json("[]"));
    var prepared = submit(agency, awaitTask(agency, TenderingProcess.TASK_PREPARE_TENDER), documents);
    assertThat(prepared.status()).as(prepared.body()).isEqualTo(204);
    Map<String, Object> tender = await().atMost(WAIT).until(() -> sunshine.getList("/api/tenders"),
        list -> !list.isEmpty()).get(0);
    long tenderId = ((Number) tender.get("id")).longValue();
    String tenderNo = (String) tender.get("procurementNo");
    assertThat(sunshine.post("/api/tenders/{id}/bids", Map.of("price", 4_200_000, "proposalSummary", "上门照护一体化方案"),
        tenderId).status()).isEqualTo(201);
    assertThat(sunshine.post("/api/tenders/{id}/clarifications", Map.of("question", "服务对象名单何时提供？"), tenderId)
        .status()).isEqualTo(201);

    long supplierId = agency.getList("/api/suppliers").stream().filter(s -> SUNSHINE.equals(s.get("creditCode")))
        .map(s -> ((Number) s.get("id")).longValue()).findFirst().orElseThrow();
    List<Map<String, Object>> supervised = JSON.convertValue(
        JSON.readTree(supervisor.get("/api/supervision/records").body()).path("content"), List.class);
    Long recordId = supervised.isEmpty() ? null : ((Number) supervised.get(0).get("id")).longValue();
    return new Records(contractId, amendmentId, awardNo, tenderId, tenderNo, supplierId, recordId);
  }

  private static Map<String, Object> contractTerms() {
    Map<String, Object> terms = new HashMap<>();
    terms.put("scopeAndContent", value("为辖区独居老人提供上门照护"));
    terms.put("serviceRequirements", value("每周上门两次，每次不少于2小时"));
    terms.put("breachLiability", value("未按约定提供服务的，按日扣减服务费"));
    terms.put("instalment1Amount", value(75_000));
    terms.put("instalment1DueDate", value(TestDates.year() + "-12-31"));
    terms.put("instalment2Amount", value(75_000));
    terms.put("instalment2DueDate", value((TestDates.year() + 1) + "-02-15"));
    return terms;
  }

  // ---- the operations and their arguments ----

  /** every operation of our API (not the public one), in the description's order */
  static List<Operation> operations(JsonNode docs) {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
      var path = paths.next();
      if (!path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/public/")) {
        continue;
      }
      path.getValue().fields().forEachRemaining(method ->
          operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue())));
    }
    return operations;
  }

  /** the path filled with the SZFT-MZJ records, with the required query parameters */
  static String uri(Operation op, Records mzj) {
    Matcher parameter = Pattern.compile("\\{(\\w+)}").matcher(op.path());
    StringBuilder uri = new StringBuilder();
    while (parameter.find()) {
      parameter.appendReplacement(uri, Matcher.quoteReplacement(pathValue(op.path(), parameter.group(1), mzj)));
    }
    parameter.appendTail(uri);
    String query = "";
    for (JsonNode p : op.spec().path("parameters")) {
      if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
        query += (query.isEmpty() ? "?" : "&") + p.path("name").asText() + "=" + sample(p.path("schema"), null, 0);
      }
    }
    return uri + query;
  }

  /** which record a path parameter names: by its name, and for a bare {id} by the resource */
  static String pathValue(String path, String name, Records mzj) {
    String value = switch (name) {
      case "code" -> MZJ;
      case "userId" -> "agency3"; // an officer of SZFT-MZJ
      case "contractId" -> String.valueOf(mzj.contractId());
      case "amendmentId" -> String.valueOf(mzj.amendmentId());
      case "seq" -> "1";
      case "year" -> String.valueOf(TestDates.year());
      case "date" -> TestDates.year() + "-10-01";
      case "condition" -> "LEGALLY_ESTABLISHED";
      case "procurementNo" -> path.startsWith("/api/committees/") ? mzj.tenderNo() : mzj.awardNo();
      case "id" -> path.startsWith("/api/contracts/") ? String.valueOf(mzj.contractId())
          : path.startsWith("/api/tenders/") ? String.valueOf(mzj.tenderId())
          : path.startsWith("/api/suppliers/") ? String.valueOf(mzj.supplierId())
          : path.startsWith("/api/supervision/records/") ? String.valueOf(mzj.supervisionRecordId() == null
              ? NO_SUCH_RECORD : mzj.supervisionRecordId())
          : null;
      default -> null;
    };
    if (value == null) {
      throw new AssertionError("no SZFT-MZJ record for {" + name + "} in " + path + ": add one to pathValue");
    }
    return value;
  }

  /**
   * GETs no one may answer yet in this scenario: the committee is drawn after the bid deadline three
   * weeks away, and supervision records exist only when a deadline was missed (the 404 says so).
   */
  static boolean noRecordToReadYet(Operation op, Records mzj) {
    return op.path().startsWith("/api/committees/")
        || (op.path().startsWith("/api/supervision/records/") && mzj.supervisionRecordId() == null);
  }

  /** a minimal JSON body of the operation's schema, every property filled, or null without a body */
  static Object body(Operation op, JsonNode docs) {
    JsonNode schema = op.spec().path("requestBody").path("content").path("application/json").path("schema");
    return schema.isMissingNode() ? null : sample(schema, docs, 0);
  }

  static Object sample(JsonNode schema, JsonNode docs, int depth) {
    if (schema.has("$ref") && docs != null && depth < 4) {
      String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
      return sample(docs.path("components").path("schemas").path(name), docs, depth + 1);
    }
    if (schema.has("enum")) {
      return schema.path("enum").get(0).asText();
    }
    return switch (schema.path("type").asText()) {
      case "object" -> {
        Map<String, Object> object = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> object.put(p.getKey(), sample(p.getValue(), docs,
            depth + 1)));
        yield object;
      }
      case "array" -> List.of(sample(schema.path("items"), docs, depth + 1));
      case "integer", "number" -> 1;
      case "boolean" -> true;
      default -> switch (schema.path("format").asText()) {
        case "date" -> TestDates.today().toString();
        case "date-time" -> TestDates.nowSeconds().toString();
        default -> "越权测试";
      };
    };
  }

  // ---- the answers ----

  /** the answer is as {@code allowed} says, never 5xx, and an error answer has a JSON error body */
  static void expect(List<String> problems, String caller, Operation op, Api.Answer answer, boolean allowed) {
    if (!allowed || answer.status() >= 500) {
      problems.add(caller + ": " + op.name() + " answered " + answer.status() + " " + answer.body());
    } else if (answer.status() >= 400 && !jsonError(answer)) {
      problems.add(caller + ": " + op.name() + " answered " + answer.status() + " without a JSON error body: "
          + answer.body());
    }
  }

  static boolean jsonError(Api.Answer answer) {
    try {
      JsonNode body = JSON.readTree(answer.body() == null ? "" : answer.body());
      return body != null && body.isObject() && body.path("status").asInt() == answer.status();
    } catch (Exception e) {
      return false;
    }
  }

  static boolean hasReason(Api.Answer answer) {
    try {
      return !JSON.readTree(answer.body()).path("detail").asText().isBlank();
    } catch (Exception e) {
      return false;
    }
  }

  // ---- what is written ----

  /** the snapshot once the workers are done: two in a row alike */
  Map<String, List<String>> quietSnapshot() {
    List<Map<String, List<String>>> last = new ArrayList<>(List.of(Map.of()));
    return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
      Map<String, List<String>> now = snapshot();
      boolean same = now.equals(last.get(0));
      last.set(0, now);
      return same ? now : null;
    }, java.util.Objects::nonNull);
  }

  /** every row of our own tables (not the engine's), and how many executions and tasks the engine has */
  Map<String, List<String>> snapshot() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
            new String[] {"TABLE"})) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        if (!table.toUpperCase().startsWith("ACT_") && !table.toLowerCase().startsWith("flyway")) {
          tables.add(table);
        }
      }
    }
    assertThat(tables).as("our tables").isNotEmpty();
    Map<String, List<String>> rows = new TreeMap<>();
    for (String table : tables) {
      rows.put(table, jdbc.queryForList("select * from " + table).stream().map(Object::toString).sorted().toList());
    }
    rows.put("ACT_RU_EXECUTION", List.of(String.valueOf(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION",
        Long.class))));
    rows.put("ACT_RU_TASK", jdbc.queryForList("select ID_, ASSIGNEE_ from ACT_RU_TASK").stream()
        .map(Object::toString).sorted().toList());
    return rows;
  }
}
