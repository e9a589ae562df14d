package org.govpurchase.supplier;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a supplier may bid on {@code bidDate}: which of the seven conditions hold (evidence
 * present, verified by the registration authority, valid on that day), whether it is ACTIVE and,
 * where a minimum evaluation grade is asked for, whether its grade reaches it on that day.
 *
 * @param conditionsMet the conditions that hold
 * @param unmet         every requirement that does not hold, each with its reason in Chinese
 */
public record QualificationCheck(
    long supplierId,
    String supplierName,
    LocalDate bidDate,
    EvaluationGrade minimumGrade,
    Set<SupplierCondition> conditionsMet,
    List<Unmet> unmet) {

  /** code of the status requirement in {@link Unmet#code()} */
  public static final String STATUS = "STATUS";
  /** code of the minimum evaluation grade in {@link Unmet#code()} */
  public static final String EVALUATION_GRADE = "EVALUATION_GRADE";

  /**
   * A requirement that does not hold.
   *
   * @param code   a {@link SupplierCondition} name, {@link #STATUS} or {@link #EVALUATION_GRADE}
   * @param reason why, in Chinese, for the registration authority and the supplier
   */
  public record Unmet(String code, String reason) {
  }

  public QualificationCheck {
    conditionsMet = Set.copyOf(conditionsMet);
    unmet = List.copyOf(unmet);
  }

  @JsonProperty
  public boolean qualified() {
    return unmet.isEmpty();
  }

  /** the reasons, joined for a message or a process variable */
  @JsonProperty
  public String reasons() {
    return unmet.stream().map(Unmet::reason).collect(Collectors.joining("；"));
  }
}
