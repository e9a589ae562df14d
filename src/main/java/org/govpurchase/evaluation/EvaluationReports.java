package org.govpurchase.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores evaluation reports (评标报告) as JSON, one per procurement. Saving is idempotent: the
 * first report of a procurement stands, a second save returns it and writes nothing, so the
 * scoring worker may run twice.
 */
@Service
public class EvaluationReports {

  // its own mapper: the stored format must not change with the web layer's Jackson settings
  static final JsonMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final EvaluationReportRepository reports;
  private final Clock clock;

  EvaluationReports(EvaluationReportRepository reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  /**
   * Stores the report unless the procurement has one already.
   *
   * @return the procurement's stored report: this one, or the first one saved
   */
  @Transactional
  public EvaluationReport save(EvaluationReport report) {
    Optional<EvaluationReportRow> existing = reports.findByProcurementNo(report.procurementNo());
    if (existing.isPresent()) {
      return parse(existing.get().getReport());
    }
    // a concurrent second save fails on the unique procurement_no; its retry finds this one
    reports.saveAndFlush(new EvaluationReportRow(report.procurementNo(), json(report),
        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
    return report;
  }

  @Transactional(readOnly = true)
  public Optional<EvaluationReport> find(String procurementNo) {
    return reports.findByProcurementNo(procurementNo).map(row -> parse(row.getReport()));
  }

  /** the stored JSON as it is */
  @Transactional(readOnly = true)
  public Optional<String> findJson(String procurementNo) {
    return reports.findByProcurementNo(procurementNo).map(EvaluationReportRow::getReport);
  }

  static String json(EvaluationReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("evaluation report of " + report.procurementNo() + " cannot be written", e);
    }
  }

  static EvaluationReport parse(String json) {
    try {
      return JSON.readValue(json, EvaluationReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored evaluation report cannot be read", e);
    }
  }
}
