package org.govpurchase.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the calendar from the database: one query, one consistent snapshot. */
@Component
class JpaCalendarSource implements CalendarSource {

  private final CalendarYearRepository years;

  JpaCalendarSource(CalendarYearRepository years) {
    this.years = years;
  }

  @Override
  @Transactional(readOnly = true)
  public WorkingDayCalendar load() {
    List<CalendarYear> all = years.findAllWithDays();
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    Set<Integer> confirmed = new HashSet<>();
    for (CalendarYear year : all) {
      if (year.isConfirmed()) {
        confirmed.add(year.getYear());
      }
      year.getDays().forEach(day -> exceptions.put(day.getDate(), day.isWorking()));
    }
    return new WorkingDayCalendar(exceptions, confirmed);
  }
}
