package org.govpurchase.calendar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One calendar year and its exception days; the aggregate root through which days change. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

  @Id
  @Column(name = "calendar_year")
  private Integer year;

  // VARCHAR, not Hibernate's native ENUM type for MySQL/H2, so that ddl-auto=validate
  // accepts the portable column and a new status is a data change, not a DDL change.
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "status", nullable = false, length = 20)
  private CalendarYearStatus status;

  @Column(name = "source", length = 300)
  private String source;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  // plain TIMESTAMP, bound with hibernate.jdbc.time_zone=UTC: the column holds UTC on H2 and
  // MySQL alike (Hibernate's default for Instant on H2 stores the JVM zone's wall-clock time)
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "updated_at")
  private Instant updatedAt;

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("date ASC")
  private List<CalendarDay> days = new ArrayList<>();

  protected CalendarYear() {
    // for JPA
  }

  CalendarYear(int year, CalendarYearStatus status) {
    this.year = year;
    this.status = status;
  }

  int getYear() {
    return year;
  }

  CalendarYearStatus getStatus() {
    return status;
  }

  boolean isConfirmed() {
    return status == CalendarYearStatus.CONFIRMED;
  }

  String getSource() {
    return source;
  }

  String getUpdatedBy() {
    return updatedBy;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  List<CalendarDay> getDays() {
    return List.copyOf(days);
  }

  void describe(CalendarYearStatus status, String source) {
    this.status = status;
    this.source = source;
  }

  /** Creates the exception for {@code date} or replaces the one already there. */
  CalendarDay putDay(LocalDate date, boolean working, String name) {
    CalendarDay day = findDay(date).orElseGet(() -> addDay(date));
    // updated in place: delete + insert in one flush would break the unique date constraint
    day.change(working, name);
    return day;
  }

  boolean removeDay(LocalDate date) {
    return days.removeIf(day -> day.getDate().equals(date));
  }

  Optional<CalendarDay> findDay(LocalDate date) {
    return days.stream().filter(day -> day.getDate().equals(date)).findFirst();
  }

  void touch(String user, Instant now) {
    this.updatedBy = user;
    this.updatedAt = now;
  }

  private CalendarDay addDay(LocalDate date) {
    CalendarDay day = new CalendarDay(this, date);
    days.add(day);
    return day;
  }
}
