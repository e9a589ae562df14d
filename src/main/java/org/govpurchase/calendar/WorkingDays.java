package org.govpurchase.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.lang3.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines on the Chinese working-day calendar, for BPMN expressions and Java code.
 *
 * <p>In a model: {@code camunda:dueDate="${workingDays.deadline(now(), 5)}"} and the same
 * expression in the boundary timer's {@code timeDate}. The {@link Date} methods work on the
 * calendar day of the given instant in the platform zone ({@value #DEFAULT_ZONE} unless {@code
 * platform.calendar.zone} says otherwise). A year whose official schedule is not confirmed counts
 * weekends only; the first computation that touches such a year logs a warning.
 */
@Component("workingDays")
public class WorkingDays {

  /** The zone whose calendar days statutory limits count. */
  public static final String DEFAULT_ZONE = "Asia/Shanghai";

  /** Whole seconds: MySQL runs with sendFractionalSeconds=false. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

  private final CalendarSource source;
  private final ZoneId zone;
  /** "operation:year" already warned about: one warning per call path, not one per call. */
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  WorkingDays(CalendarSource source, @Value("${platform.calendar.zone:" + DEFAULT_ZONE + "}") String zone) {
    this.source = source;
    this.zone = ZoneId.of(zone);
  }

  /**
   * A calendar with fixed data, outside Spring (process tests register it as {@code workingDays}).
   *
   * @param exceptions day to working: true for a make-up workday, false for a public holiday
   * @param confirmedYears the years whose exceptions count; any other year counts weekends only
   */
  public static WorkingDays of(ZoneId zone, Map<LocalDate, Boolean> exceptions, Set<Integer> confirmedYears) {
    WorkingDayCalendar calendar = new WorkingDayCalendar(exceptions, confirmedYears);
    return new WorkingDays(() -> calendar, zone.getId());
  }

  // ---- java.util.Date, for BPMN expressions (now() is a Date) and Camunda due/timer dates ----

  /**
   * The end of the {@code workingDays}-th working day after the day of {@code start}: the last
   * moment (23:59:59) of a "within n working days" limit. Depends only on the day of {@code
   * start}, so a due date and a boundary timer computed separately agree.
   */
  public Date deadline(Date start, int workingDays) {
    LocalDate day = addWorkingDays(toDay(start), workingDays, "deadline");
    return endOf(day);
  }

  /** The same time of day as {@code start}, {@code workingDays} working days later. */
  public Date addWorkingDays(Date start, int workingDays) {
    ZonedDateTime from = toZoned(start);
    LocalDate day = addWorkingDays(from.toLocalDate(), workingDays, "addWorkingDays");
    return Date.from(from.with(day).toInstant());
  }

  /** The end of the day {@code calendarDays} calendar days after the day of {@code start}. */
  public Date deadlineInDays(Date start, int calendarDays) {
    Validate.isTrue(calendarDays >= 0, "the number of days must not be negative: %d", calendarDays);
    return endOf(toDay(start).plusDays(calendarDays));
  }

  public boolean isWorkingDay(Date day) {
    return isWorkingDay(toDay(day));
  }

  /** Working days after the day of {@code from} up to and including the day of {@code to}. */
  public int workingDaysBetween(Date from, Date to) {
    return workingDaysBetween(toDay(from), toDay(to));
  }

  // ---- LocalDate, for Java code ----

  public boolean isWorkingDay(LocalDate day) {
    WorkingDayCalendar calendar = source.load();
    warnIfUnconfirmed("isWorkingDay", calendar, day, day);
    return calendar.isWorkingDay(day);
  }

  /**
   * The {@code workingDays}-th working day after {@code start}; for 0, {@code start} if it is a
   * working day, else the next one.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    return addWorkingDays(start, workingDays, "addWorkingDays");
  }

  /** Working days after {@code from} up to and including {@code to}; negative if {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    WorkingDayCalendar calendar = source.load();
    int count = calendar.workingDaysBetween(from, to);
    warnIfUnconfirmed("workingDaysBetween", calendar, from, to);
    return count;
  }

  /** Whether the official holiday schedule of {@code year} is entered; otherwise it counts weekends only. */
  public boolean isConfirmed(int year) {
    return source.load().isConfirmed(year);
  }

  public ZoneId zone() {
    return zone;
  }

  private LocalDate addWorkingDays(LocalDate start, int workingDays, String operation) {
    WorkingDayCalendar calendar = source.load();
    LocalDate result = calendar.addWorkingDays(start, workingDays);
    warnIfUnconfirmed(operation, calendar, start, result);
    return result;
  }

  private void warnIfUnconfirmed(String operation, WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
    for (int year : calendar.unconfirmedYears(from, to)) {
      if (warned.add(operation + ':' + year)) {
        log.warn(
            "{} from {} to {} uses {}, whose holiday schedule is not confirmed: counting weekends only"
                + " until an administrator enters it (PUT /api/calendar/{})",
            operation, from, to, year, year);
      }
    }
  }

  private LocalDate toDay(Date date) {
    return toZoned(date).toLocalDate();
  }

  private ZonedDateTime toZoned(Date date) {
    Validate.notNull(date, "date must not be null");
    // getTime(), not toInstant(): java.sql.Date (a Date subclass) throws on toInstant()
    return Instant.ofEpochMilli(date.getTime()).atZone(zone);
  }

  private Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(zone).toInstant());
  }
}
