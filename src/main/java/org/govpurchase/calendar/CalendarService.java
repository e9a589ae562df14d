package org.govpurchase.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.calendar.CalendarViews.DayView;
import org.govpurchase.calendar.CalendarViews.YearView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the calendar. Every check runs before anything is written, and each change
 * is one transaction, so bad input changes nothing.
 */
@Service
class CalendarService {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  // lengths in UTF-16 units (String.length, @Size), as H2 counts a VARCHAR: a text that passes
  // fits on H2 and MySQL alike, even with 4-byte characters such as 𠮷
  static final int MAX_NAME = 100;
  static final int MAX_SOURCE = 300;
  private static final int MAX_USER = 64;

  private final CalendarYearRepository years;
  private final Clock clock;

  CalendarService(CalendarYearRepository years, Clock clock) {
    this.years = years;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public YearView find(int year) {
    return YearView.of(existingYear(year));
  }

  /** Creates the year or changes its status and source. */
  @Transactional
  public YearView saveYear(int year, CalendarYearStatus status, String source, String user) {
    checkYear(year);
    check(status != null, "状态必须为 CONFIRMED 或 UNCONFIRMED / status must be CONFIRMED or UNCONFIRMED");
    String cleanSource = StringUtils.trimToNull(source);
    check(StringUtils.length(cleanSource) <= MAX_SOURCE,
        "来源不得超过" + MAX_SOURCE + "个字符 / source must be at most " + MAX_SOURCE + " characters");
    CalendarYear entity = years.findWithDays(year).orElseGet(() -> new CalendarYear(year, status));
    entity.describe(status, cleanSource);
    touch(entity, user);
    return YearView.of(years.save(entity));
  }

  /** Creates or replaces the exception on {@code date}. */
  @Transactional
  public DayView putDay(int year, LocalDate date, boolean working, String name, String user) {
    checkDateInYear(year, date);
    String cleanName = StringUtils.trimToNull(name);
    check(cleanName != null && cleanName.length() <= MAX_NAME,
        "名称必填，1至" + MAX_NAME + "个字符 / name is required, 1 to " + MAX_NAME + " characters");
    // a weekday is a working day anyway: a make-up workday there is a typing mistake
    check(!working || WorkingDayCalendar.isWeekend(date),
        "调休上班日只能是周六或周日：" + date + " 是 " + date.getDayOfWeek()
            + " / a make-up workday must be a Saturday or Sunday: " + date + " is a " + date.getDayOfWeek());
    CalendarYear entity = existingYear(year);
    CalendarDay day = entity.putDay(date, working, cleanName);
    touch(entity, user);
    years.save(entity);
    return DayView.of(day);
  }

  /** Removes the exception on {@code date}: the day follows the weekday/weekend rule again. */
  @Transactional
  public void deleteDay(int year, LocalDate date, String user) {
    checkDateInYear(year, date);
    CalendarYear entity = existingYear(year);
    if (!entity.removeDay(date)) {
      throw new NotFoundException(
          date + " 不是例外日期，无需删除 / " + date + " is not an exception day, nothing to delete");
    }
    touch(entity, user);
    years.save(entity);
  }

  private CalendarYear existingYear(int year) {
    checkYear(year);
    return years.findWithDays(year).orElseThrow(() -> new NotFoundException(
        "尚未录入" + year + "年日历，请先创建该年度（PUT /api/calendar/" + year + "） / no calendar for "
            + year + " yet: create the year first (PUT /api/calendar/" + year + ")"));
  }

  private static void checkYear(int year) {
    check(year >= FIRST_YEAR && year <= LAST_YEAR,
        "年份必须在" + FIRST_YEAR + "至" + LAST_YEAR + "之间：" + year
            + " / year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ": " + year);
  }

  private static void checkDateInYear(int year, LocalDate date) {
    checkYear(year);
    check(date != null && date.getYear() == year,
        "日期 " + date + " 不在 " + year + " 年内 / date " + date + " is not in " + year);
  }

  private void touch(CalendarYear entity, String user) {
    entity.touch(StringUtils.truncate(user, MAX_USER), clock.instant());
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidChangeException(message);
    }
  }

  /** The year or day asked for does not exist (HTTP 404). */
  static final class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
      super(message);
    }
  }

  /** The change breaks a calendar rule (HTTP 400); nothing was written. */
  static final class InvalidChangeException extends RuntimeException {
    InvalidChangeException(String message) {
      super(message);
    }
  }
}
