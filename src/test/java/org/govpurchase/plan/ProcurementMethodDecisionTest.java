package org.govpurchase.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The procurement-method table (processes/procurement-method.dmn) on the plain DMN engine, the
 * file exactly as a designer leaves it in Modeler: every rule, every threshold from both sides,
 * and proof that the thresholds live in the table and nowhere else.
 */
class ProcurementMethodDecisionTest {

  static final Path TABLE = Path.of("processes", "procurement-method.dmn");
  static final String DECISION = "ProcurementMethod";

  static DmnEngine engine;
  /** the id of the rule that answered the last evaluation */
  static String lastMatch;
  static String xml;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> lastMatch =
        event.getMatchingRules().isEmpty() ? null : event.getMatchingRules().get(0).getId()));
    engine = configuration.buildEngine();
    xml = Files.readString(TABLE, StandardCharsets.UTF_8);
    decision = parse(xml);
  }

  static DmnDecision parse(String text) {
    try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
      return engine.parseDecision(DECISION, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** what the table chose and which rule said so */
  record Choice(String method, Boolean byAgency, String rule) {
  }

  static Choice choose(DmnDecision table, Map<String, Object> variables) {
    lastMatch = null;
    DmnDecisionTableResult result = engine.evaluateDecisionTable(table, variables);
    assertThat(result).as("FIRST: at most one rule answers").hasSizeLessThanOrEqualTo(1);
    if (result.isEmpty()) {
      return null;
    }
    DmnDecisionRuleResult first = result.getSingleResult();
    return new Choice(first.getEntry("procurementMethod"), first.getEntry("runByProcurementAgency"),
        lastMatch);
  }

  static Map<String, Object> vars(Number budget, Boolean major, Boolean within, Boolean singleSource,
      Boolean fewSuppliers, Boolean urgent) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("budget", budget);
    variables.put("majorProject", major);
    variables.put("withinGovernmentProcurement", within);
    variables.put("singleSourceJustified", singleSource);
    variables.put("fewSuppliersOnly", fewSuppliers);
    variables.put("urgentOrUnspecifiable", urgent);
    return variables;
  }

  static Map<String, Object> plain(Number budget, boolean major, boolean within) {
    return vars(budget, major, within, false, false, false);
  }

  @ParameterizedTest(name = "{0} yuan, major {1}, within GP {2}, single {3}, few {4}, urgent {5} -> {6} ({8})")
  @CsvSource({
      // major projects: open tender by the procurement agency, whatever else is said
      "5000000,  true,  true,  false, false, false, OPEN_TENDER,              true,  Rule_MajorProject",
      "100000,   true,  false, true,  true,  true,  OPEN_TENDER,              true,  Rule_MajorProject",
      "0,        true,  true,  true,  false, false, OPEN_TENDER,              true,  Rule_MajorProject",
      // within government procurement: special circumstances first, in this order
      "9000000,  false, true,  true,  true,  true,  SINGLE_SOURCE,            false, Rule_SingleSource",
      "300000,   false, true,  true,  false, false, SINGLE_SOURCE,            false, Rule_SingleSource",
      "9000000,  false, true,  false, true,  true,  INVITED_TENDER,           false, Rule_InvitedTender",
      "500000,   false, true,  false, true,  false, INVITED_TENDER,           false, Rule_InvitedTender",
      "9000000,  false, true,  false, false, true,  COMPETITIVE_NEGOTIATION,  false, Rule_CompetitiveNegotiation",
      "500000,   false, true,  false, false, true,  COMPETITIVE_NEGOTIATION,  false, Rule_CompetitiveNegotiation",
      // within government procurement: the amount decides
      "4000000,  false, true,  false, false, false, OPEN_TENDER,              false, Rule_OpenTender",
      "12000000, false, true,  false, false, false, OPEN_TENDER,              false, Rule_OpenTender",
      "3999999.99, false, true, false, false, false, COMPETITIVE_CONSULTATION, false, Rule_CompetitiveConsultation",
      "1000000,  false, true,  false, false, false, COMPETITIVE_CONSULTATION, false, Rule_CompetitiveConsultation",
      "999999.99, false, true, false, false, false, REQUEST_FOR_QUOTATION,    false, Rule_RequestForQuotation",
      "0,        false, true,  false, false, false, REQUEST_FOR_QUOTATION,    false, Rule_RequestForQuotation",
      // outside government procurement: small amounts bought directly, otherwise open competition
      "0,        false, false, false, false, false, DIRECT_PURCHASE,          false, Rule_DirectPurchase",
      "199999.99, false, false, true, false, false, DIRECT_PURCHASE,          false, Rule_DirectPurchase",
      "200000,   false, false, true,  false, false, SINGLE_SOURCE,            false, Rule_OutsideSingleSource",
      "200000,   false, false, false, false, false, COMPETITIVE_CONSULTATION, false, Rule_OutsideOpenCompetition",
      "9000000,  false, false, false, true,  true,  COMPETITIVE_CONSULTATION, false, Rule_OutsideOpenCompetition",
  })
  void choosesTheMethod(double budget, boolean major, boolean within, boolean single, boolean few,
      boolean urgent, String method, boolean byAgency, String rule) {
    Choice choice = choose(decision, vars(budget, major, within, single, few, urgent));

    assertThat(choice).isEqualTo(new Choice(method, byAgency, rule));
  }

  @Test
  void everyRuleIsCoveredAbove() throws NoSuchMethodException {
    // the rule ids the table has, against those choosesTheMethod names
    DmnModelInstance model = Dmn.readModelFromFile(TABLE.toFile());
    Set<String> ruleIds = model.getModelElementsByType(Rule.class).stream()
        .map(Rule::getId).collect(Collectors.toSet());
    CsvSource cases = getClass().getDeclaredMethod("choosesTheMethod", double.class, boolean.class,
        boolean.class, boolean.class, boolean.class, boolean.class, String.class, boolean.class,
        String.class).getAnnotation(CsvSource.class);
    Set<String> covered = Arrays.stream(cases.value())
        .map(line -> line.substring(line.lastIndexOf(',') + 1).strip())
        .collect(Collectors.toSet());

    assertThat(ruleIds).hasSize(10).isEqualTo(covered);
  }

  @Test
  void theOutputsAreTheMethodsOfDomainSection3() {
    DmnModelInstance model = Dmn.readModelFromFile(TABLE.toFile());
    Decision table = model.getModelElementById(DECISION);
    DecisionTable logic = (DecisionTable) table.getExpression();

    assertThat(table.getName()).isEqualTo("采购方式");
    assertThat(table.getCamundaHistoryTimeToLiveString()).isEqualTo("5475");
    assertThat(logic.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(logic.getOutputs().iterator().next().getOutputValues().getText().getTextContent())
        .contains("\"OPEN_TENDER\"", "\"INVITED_TENDER\"", "\"COMPETITIVE_NEGOTIATION\"",
            "\"COMPETITIVE_CONSULTATION\"", "\"REQUEST_FOR_QUOTATION\"", "\"SINGLE_SOURCE\"",
            "\"DIRECT_PURCHASE\"");
    assertThat(logic.getRules()).allSatisfy(rule ->
        assertThat(rule.getDescription()).as("rule %s has a Chinese annotation", rule.getId())
            .isNotNull()
            .satisfies(d -> assertThat(d.getTextContent()).containsPattern("\\p{IsHan}{4,}")));
  }

  @Test
  void aBudgetGivenAsAnIntegerOrLongIsAcceptedToo() {
    assertThat(choose(decision, plain(4_000_000, false, true)).method()).isEqualTo("OPEN_TENDER");
    assertThat(choose(decision, plain(3_999_999L, false, true)).method()).isEqualTo("COMPETITIVE_CONSULTATION");
    assertThat(choose(decision, plain(new BigDecimal("199999.99"), false, false)).method())
        .isEqualTo("DIRECT_PURCHASE");
  }

  @Test
  void specialCircumstancesLeftOutCountAsNotClaimed() {
    // a caller that passes only the three basic facts still gets a choice
    Map<String, Object> basic = new HashMap<>();
    basic.put("budget", 1_500_000);
    basic.put("majorProject", false);
    basic.put("withinGovernmentProcurement", true);

    assertThat(choose(decision, basic).method()).isEqualTo("COMPETITIVE_CONSULTATION");
    assertThat(choose(decision, vars(1_500_000, false, true, null, null, null)).method())
        .isEqualTo("COMPETITIVE_CONSULTATION");
  }

  @Test
  void withoutABudgetOrTheScopeThereIsNoChoice() {
    assertThat(choose(decision, vars(null, false, true, false, false, false))).isNull();
    assertThat(choose(decision, vars(null, true, true, false, false, false))).isNull();
    assertThat(choose(decision, vars(-1, false, true, false, false, false))).isNull();
    assertThat(choose(decision, vars(-1, false, false, false, false, false))).isNull();
    assertThat(choose(decision, vars(1_000_000, false, null, false, false, false))).isNull();
  }

  @Test
  void aDesignerWhoLowersTheOpenTenderThresholdChangesTheChoice() {
    Map<String, Object> threeMillion = plain(3_000_000, false, true);
    assertThat(choose(decision, threeMillion).method()).isEqualTo("COMPETITIVE_CONSULTATION");

    String cell = "<text>&gt;= 4000000</text>";
    assertThat(xml).as("the open-tender threshold is written once").containsOnlyOnce(cell);
    DmnDecision edited = parse(xml.replace(cell, "<text>&gt;= 2000000</text>"));

    assertThat(choose(edited, threeMillion).method()).isEqualTo("OPEN_TENDER");
    assertThat(choose(edited, plain(1_999_999, false, true)).method()).isEqualTo("COMPETITIVE_CONSULTATION");
    // the file on disk, parsed again, still says what it said
    assertThat(choose(parse(xml), threeMillion).method()).isEqualTo("COMPETITIVE_CONSULTATION");
  }

  @Test
  void aDesignerWhoRaisesTheDirectPurchaseLimitChangesTheChoice() {
    Map<String, Object> quarterMillion = plain(250_000, false, false);
    assertThat(choose(decision, quarterMillion).method()).isEqualTo("COMPETITIVE_CONSULTATION");

    String cell = "<text>[0..200000[</text>";
    assertThat(xml).containsOnlyOnce(cell);
    DmnDecision edited = parse(xml.replace(cell, "<text>[0..300000[</text>"));

    assertThat(choose(edited, quarterMillion).method()).isEqualTo("DIRECT_PURCHASE");
  }
}
