package org.govpurchase.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govpurchase.calendar.BeijingTime;

/**
 * Dates for tests, taken from the engine's clock as the platform takes them (and so from the
 * {@link TestClock} when {@code -Dplatform.clock.start} is set): a test that writes "this year's
 * catalog" or "a term starting next month" derives it here instead of writing 2026.
 */
public final class TestDates {

  public static final ZoneId BEIJING = BeijingTime.ZONE;

  private TestDates() {
  }

  /** the engine's current time */
  public static Instant now() {
    TestClock.ensureStarted();
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** the engine's current time, whole seconds (what MySQL keeps) */
  public static Instant nowSeconds() {
    return now().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * the engine's current time, whole seconds, as a DATETIME column holds it (UTC wall-clock time,
   * as the platform's JPA mapping writes it): for fixtures that insert rows with SQL
   */
  public static LocalDateTime nowUtc() {
    return LocalDateTime.ofInstant(nowSeconds(), ZoneOffset.UTC);
  }

  /** today in Beijing */
  public static LocalDate today() {
    return BeijingTime.date(now());
  }

  /** this year in Beijing */
  public static int year() {
    return today().getYear();
  }

  /** the first day of next month in Beijing: a term that has not begun */
  public static LocalDate firstOfNextMonth() {
    return today().withDayOfMonth(1).plusMonths(1);
  }

  /** the instant of a Beijing wall-clock time */
  public static Instant beijing(LocalDateTime dateTime) {
    return dateTime.atZone(BEIJING).toInstant();
  }

  /** {@code hour}:00 on {@code day}, Beijing time */
  public static Instant beijing(LocalDate day, int hour) {
    return beijing(day.atTime(hour, 0));
  }
}
