package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.govpurchase.evaluation.EvaluationReport.Criterion;
import org.govpurchase.supplier.EvaluationGrade;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The scoring criteria and the grade-to-points mapping as configuration, with their checks. */
class EvaluationPropertiesTest {

  static EvaluationProperties withCriteria(List<Criterion> criteria) {
    return new EvaluationProperties(null, null, null, criteria, null);
  }

  static Criterion c(String code, String name, String weight) {
    return new Criterion(code, name, new BigDecimal(weight));
  }

  @Test
  void theDefaultsAreTheThreeFormCriteriaAndTheGradePoints() {
    EvaluationProperties d = EvaluationProperties.defaults();

    assertThat(d.criteria()).extracting(Criterion::code, Criterion::name, cr -> cr.weight().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PROPOSAL", "服务方案", "0.50"),
            org.assertj.core.groups.Tuple.tuple("CAPACITY", "团队与服务能力", "0.30"),
            org.assertj.core.groups.Tuple.tuple("PRICE", "报价", "0.20"));
    assertThat(d.pastEvaluationScore(EvaluationGrade.A5)).isEqualByComparingTo("100");
    assertThat(d.pastEvaluationScore(EvaluationGrade.A4)).isEqualByComparingTo("90");
    assertThat(d.pastEvaluationScore(EvaluationGrade.A3)).isEqualByComparingTo("80");
    assertThat(d.pastEvaluationScore(EvaluationGrade.A2)).isEqualByComparingTo("70");
    assertThat(d.pastEvaluationScore(EvaluationGrade.A1)).isEqualByComparingTo("60");
    assertThat(d.pastEvaluationScore(EvaluationGrade.NONE)).isEqualByComparingTo("60");
    assertThat(d.pastEvaluationScore(null)).isEqualByComparingTo("60");
  }

  @Test
  void theCodesMustBeExactlyTheFormsThreeAndTheWeightsAddUpToOne() {
    assertThat(withCriteria(List.of(c("PRICE", "价格", "0.10"), c("PROPOSAL", "方案", "0.60"),
        c("CAPACITY", "能力", "0.30"))).criterion("PRICE").name()).isEqualTo("价格");
    assertThatThrownBy(() -> withCriteria(List.of(c("PROPOSAL", "方案", "0.7"), c("CAPACITY", "能力", "0.3"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CAPACITY, PRICE, PROPOSAL");
    assertThatThrownBy(() -> withCriteria(List.of(c("PROPOSAL", "方案", "0.5"), c("CAPACITY", "能力", "0.3"),
        c("DEFENCE", "答辩", "0.2")))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withCriteria(List.of(c("PROPOSAL", "方案", "0.5"), c("PROPOSAL", "方案", "0.3"),
        c("CAPACITY", "能力", "0.1"), c("PRICE", "报价", "0.1")))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withCriteria(List.of(c("PROPOSAL", "方案", "0.5"), c("CAPACITY", "能力", "0.3"),
        c("PRICE", "报价", "0.3")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.1");
    assertThatThrownBy(() -> withCriteria(List.of(c("PROPOSAL", "方案", "1.0"), c("CAPACITY", "能力", "0"),
        c("PRICE", "报价", "0")))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withCriteria(List.of(c("PROPOSAL", " ", "0.5"), c("CAPACITY", "能力", "0.3"),
        c("PRICE", "报价", "0.2")))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gradePointsMayBeConfiguredInPartAndStayWithin0To100() {
    EvaluationProperties p = new EvaluationProperties(null, null, null, null,
        Map.of(EvaluationGrade.NONE, new BigDecimal("50")));
    assertThat(p.pastEvaluationScore(EvaluationGrade.NONE)).isEqualByComparingTo("50");
    assertThat(p.pastEvaluationScore(EvaluationGrade.A5)).isEqualByComparingTo("100");
    assertThatThrownBy(() -> new EvaluationProperties(null, null, null, null,
        Map.of(EvaluationGrade.A5, new BigDecimal("101")))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theYamlFormBinds() {
    Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
        "platform.evaluation.criteria[0].code", "PROPOSAL", "platform.evaluation.criteria[0].name", "服务方案",
        "platform.evaluation.criteria[0].weight", "0.6",
        "platform.evaluation.criteria[1].code", "CAPACITY", "platform.evaluation.criteria[1].name", "能力",
        "platform.evaluation.criteria[1].weight", "0.3",
        "platform.evaluation.criteria[2].code", "PRICE", "platform.evaluation.criteria[2].name", "报价",
        "platform.evaluation.criteria[2].weight", "0.1",
        "platform.evaluation.past-evaluation-scores.A1", "55")));

    EvaluationProperties p = binder.bind("platform.evaluation", EvaluationProperties.class).get();

    assertThat(p.criterion("PROPOSAL").weight()).isEqualByComparingTo("0.6");
    assertThat(p.pastEvaluationScore(EvaluationGrade.A1)).isEqualByComparingTo("55");
    assertThat(p.weights().pastEvaluation()).isEqualByComparingTo("0.70");

    Binder wrong = new Binder(new MapConfigurationPropertySource(Map.of(
        "platform.evaluation.criteria[0].code", "PROPOSAL", "platform.evaluation.criteria[0].name", "方案",
        "platform.evaluation.criteria[0].weight", "1")));
    assertThatThrownBy(() -> wrong.bind("platform.evaluation", EvaluationProperties.class))
        .isInstanceOf(BindException.class);
  }
}
