package org.govpurchase.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An exception to the weekday/weekend rule: a public holiday or a make-up workday (调休上班日). */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "calendar_date", nullable = false, unique = true)
  private LocalDate date;

  /** true: make-up workday on a weekend; false: public holiday. */
  @Column(name = "working", nullable = false)
  private boolean working;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "calendar_year", nullable = false)
  private CalendarYear year;

  protected CalendarDay() {
    // for JPA
  }

  CalendarDay(CalendarYear year, LocalDate date) {
    this.year = year;
    this.date = date;
  }

  LocalDate getDate() {
    return date;
  }

  boolean isWorking() {
    return working;
  }

  String getName() {
    return name;
  }

  void change(boolean working, String name) {
    this.working = working;
    this.name = name;
  }
}
