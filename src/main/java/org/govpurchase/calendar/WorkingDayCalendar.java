package org.govpurchase.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.lang3.Validate;

/**
 * The rules of the Chinese working-day calendar over one snapshot of the exception days.
 *
 * <p>An ordinary Monday to Friday is a working day, an ordinary Saturday or Sunday is not; an
 * exception day (public holiday, or make-up workday 调休上班日 on a weekend) overrides that, but
 * only in a confirmed year. A year that is not confirmed counts weekends only, so a schedule an
 * administrator is still entering never moves a deadline.
 */
final class WorkingDayCalendar {

  private final Map<LocalDate, Boolean> exceptions;
  private final Set<Integer> confirmedYears;

  /**
   * @param exceptions day to working (true: make-up workday, false: holiday), of any year
   * @param confirmedYears the years whose official schedule is confirmed
   */
  WorkingDayCalendar(Map<LocalDate, Boolean> exceptions, Set<Integer> confirmedYears) {
    this.confirmedYears = Set.copyOf(confirmedYears);
    this.exceptions =
        exceptions.entrySet().stream()
            .filter(exception -> this.confirmedYears.contains(exception.getKey().getYear()))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static WorkingDayCalendar weekendsOnly() {
    return new WorkingDayCalendar(Map.of(), Set.of());
  }

  boolean isWorkingDay(LocalDate day) {
    Validate.notNull(day, "day must not be null");
    return exceptions.getOrDefault(day, !isWeekend(day));
  }

  /**
   * The {@code n}-th working day after {@code start}; for {@code n = 0}, {@code start} itself if
   * it is a working day, else the next working day.
   */
  LocalDate addWorkingDays(LocalDate start, int n) {
    Validate.notNull(start, "start must not be null");
    Validate.isTrue(n >= 0, "the number of working days must not be negative: %d", n);
    LocalDate day = start;
    if (n == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    for (int remaining = n; remaining > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The working days after {@code from} up to and including {@code to}, so that {@code
   * workingDaysBetween(d, addWorkingDays(d, n)) == n} for n >= 1; negative when {@code to} is
   * before {@code from} (e.g. how many working days early a filing was).
   */
  int workingDaysBetween(LocalDate from, LocalDate to) {
    Validate.notNull(from, "from must not be null");
    Validate.notNull(to, "to must not be null");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
  }

  boolean isConfirmed(int year) {
    return confirmedYears.contains(year);
  }

  /** The years from {@code from} to {@code to} (either order) that count weekends only. */
  SortedSet<Integer> unconfirmedYears(LocalDate from, LocalDate to) {
    int first = Math.min(from.getYear(), to.getYear());
    int last = Math.max(from.getYear(), to.getYear());
    return IntStream.rangeClosed(first, last)
        .filter(year -> !isConfirmed(year))
        .boxed()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }
}
