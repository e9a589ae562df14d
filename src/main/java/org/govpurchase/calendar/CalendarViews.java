package org.govpurchase.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API shows of the calendar: immutable, built inside the service's transaction. */
final class CalendarViews {

  private CalendarViews() {}

  record YearView(
      int year,
      CalendarYearStatus status,
      String source,
      String updatedBy,
      Instant updatedAt,
      List<DayView> days) {

    static YearView of(CalendarYear year) {
      return new YearView(
          year.getYear(),
          year.getStatus(),
          year.getSource(),
          year.getUpdatedBy(),
          year.getUpdatedAt(),
          year.getDays().stream().map(DayView::of).toList());
    }
  }

  /** An exception day: {@code working} true for a make-up workday, false for a public holiday. */
  record DayView(LocalDate date, boolean working, String name) {

    static DayView of(CalendarDay day) {
      return new DayView(day.getDate(), day.isWorking(), day.getName());
    }
  }
}
