package org.govpurchase.acceptance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.contract.Contracts;
import org.govpurchase.contract.Contracts.AcceptanceTerms;
import org.govpurchase.engine.FormRejection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acceptance reports (验收报告): one per round of a contract, keyed on (contract, round) so the
 * worker may record the same round twice and write once. Reads contracts only through
 * {@link Contracts}; writes only its own table acceptance_report.
 */
@Service
@Transactional
public class AcceptanceService {

  /** what the officer needs on the form: the contract in a sentence and one row per service standard */
  public record Preparation(String summary, String verdictsJson) {
  }

  /** the recorded round: its result and, failed, the end of the rectification period */
  public record Recorded(long id, int round, String result, Instant rectificationDeadline) {
  }

  /** one published round of acceptance: organizations and roles, never a login */
  public record PublicRound(int round, String result, Instant acceptedAt, List<AcceptanceReport.StandardVerdict> standards,
      boolean publicService, boolean peopleServedTookPart, String peopleServedOpinions, String reportText,
      Instant rectificationDeadline) {
  }

  /** 验收结果公告: the contract's parties and every round up to the passed one */
  public record PublicAcceptance(String procurementNo, String serviceName, String agencyName, String supplierName,
      String organizedBy, String result, List<PublicRound> rounds) {
  }

  private final JdbcTemplate jdbc;
  private final Contracts contracts;
  private final WorkingDays workingDays;
  private final StatutoryPeriods periods;

  AcceptanceService(JdbcTemplate jdbc, Contracts contracts, WorkingDays workingDays, StatutoryPeriods periods) {
    this.jdbc = jdbc;
    this.contracts = contracts;
    this.workingDays = workingDays;
    this.periods = periods;
  }

  /** round {@code round}'s form: the service standards of the contract, each still without a verdict. Only reads. */
  @Transactional(readOnly = true)
  public Preparation prepare(long contractId, int round) {
    AcceptanceTerms terms = contracts.acceptanceTerms(contractId);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String standard : terms.serviceStandards()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("standard", standard);
      row.put("verdict", null);
      row.put("note", "");
      rows.add(row);
    }
    String summary = terms.procurementNo() + "「" + terms.serviceName() + "」 甲方：" + terms.agencyName() + "；乙方："
        + terms.supplierName() + "；服务期限至" + terms.termEnd() + "；第" + round + "次验收";
    try {
      return new Preparation(summary, AcceptanceReport.JSON.writeValueAsString(rows));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Records round {@code round} of the contract's acceptance, or returns the round already recorded
   * without writing anything. A failed round gets the end of the supplier's rectification period,
   * in working days from {@code now}.
   *
   * @throws RuntimeException (a form rejection) the report breaks a rule: nothing is written
   */
  public Recorded record(long contractId, int round, AcceptanceReport report, String by, Instant now) {
    Optional<Recorded> earlier = recorded(contractId, round);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    List<String> problems = report.problems();
    if (StringUtils.isBlank(by)) {
      problems = new ArrayList<>(problems);
      problems.add("缺少验收经办人 / acceptanceOfficer is required");
    }
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
    AcceptanceTerms terms = contracts.acceptanceTerms(contractId);
    Instant deadline = report.passed() ? null
        : workingDays.deadline(Date.from(now), periods.getAcceptanceRectificationWorkingDays()).toInstant();
    jdbc.update("insert into acceptance_report (contract_id, procurement_no, round_no, result, public_service,"
            + " people_served_took_part, people_served_opinions, standard_verdicts, report_text, accepted_by,"
            + " accepted_at, rectification_deadline) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        contractId, terms.procurementNo(), round, report.result(), report.publicService(),
        report.peopleServedTookPart(), report.peopleServedOpinions(), report.verdictsJson(), report.reportText(),
        by, utc(now), deadline == null ? null : utc(deadline));
    return recorded(contractId, round).orElseThrow();
  }

  /** the contract's acceptance passed (a round recorded as PASSED) */
  @Transactional(readOnly = true)
  public boolean passed(long contractId) {
    return jdbc.queryForObject("select count(*) from acceptance_report where contract_id = ? and result = 'PASSED'",
        Integer.class, contractId) > 0;
  }

  /**
   * 验收结果公告 once the acceptance passed: the rounds in order, the failed ones with their
   * rectification period.
   *
   * @throws NoSuchElementException no passed acceptance for this procurement number
   */
  @Transactional(readOnly = true)
  public PublicAcceptance publicAcceptance(String procurementNo) {
    String no = StringUtils.strip(StringUtils.defaultString(procurementNo));
    List<Long> passed = jdbc.queryForList("select contract_id from acceptance_report where procurement_no = ?"
        + " and result = 'PASSED'", Long.class, no);
    if (passed.isEmpty()) {
      throw new NoSuchElementException("采购项目「" + no + "」尚未验收合格，暂无验收结果公告");
    }
    long contractId = passed.get(0);
    AcceptanceTerms terms = contracts.acceptanceTerms(contractId);
    List<PublicRound> rounds = jdbc.query("select * from acceptance_report where contract_id = ? order by round_no",
        (rs, n) -> new PublicRound(rs.getInt("round_no"), rs.getString("result"), instant(rs, "accepted_at"),
            AcceptanceReport.verdicts(rs.getString("standard_verdicts")), rs.getBoolean("public_service"),
            rs.getBoolean("people_served_took_part"), rs.getString("people_served_opinions"),
            rs.getString("report_text"), instant(rs, "rectification_deadline")), contractId);
    return new PublicAcceptance(terms.procurementNo(), terms.serviceName(), terms.agencyName(), terms.supplierName(),
        terms.agencyName() + "（购买主体）", AcceptanceProcess.PASSED, rounds);
  }

  private Optional<Recorded> recorded(long contractId, int round) {
    return jdbc.query("select id, round_no, result, rectification_deadline from acceptance_report"
            + " where contract_id = ? and round_no = ?",
        (rs, n) -> new Recorded(rs.getLong("id"), rs.getInt("round_no"), rs.getString("result"),
            instant(rs, "rectification_deadline")), contractId, round).stream().findFirst();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

}
