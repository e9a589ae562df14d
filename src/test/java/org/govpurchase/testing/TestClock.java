package org.govpurchase.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govpurchase.PlatformApplication;
import org.govpurchase.calendar.BeijingTime;

/**
 * The test clock. With {@code -Dplatform.clock.start=2027-06-15} (or a date-time in Beijing time,
 * {@code 2027-06-15T14:30}) the tests run as if they started at that moment (09:00 Beijing for a date
 * alone): the engine's clock ({@code ClockUtil}), and through it the platform's {@code Clock} bean,
 * is offset to it and keeps ticking. Without the property the clock is the real one and nothing here
 * touches it.
 *
 * <p>{@link TestClockExtension} applies it around every test; {@link Clock#resetEngineClock()}
 * returns to it. This class stands alone (no other test class, no nested class): it is also the
 * main class of an engine started in its own JVM ({@link #main}).
 */
public final class TestClock {

  public static final String PROPERTY = "platform.clock.start";

  /** a date alone starts at the beginning of an office day */
  static final int START_HOUR = 9;

  /** milliseconds from the real time to the test clock, fixed once per JVM; null without the property */
  private static final Long OFFSET = offset(System.getProperty(PROPERTY));

  private static boolean started;

  private TestClock() {
  }

  /**
   * Applies the test clock the first time anything asks, so that a date computed before the first
   * test (a static field, a class-level extension) is already on it; later calls change nothing.
   */
  static synchronized void ensureStarted() {
    if (!started) {
      started = true;
      if (configured()) {
        apply();
      }
    }
  }

  /** whether the suite runs on a test clock ({@code -Dplatform.clock.start} is set) */
  public static boolean configured() {
    return OFFSET != null;
  }

  /**
   * Sets the engine's clock to the test clock, ticking from where it is by now; without the
   * property, the real time. Undoes a test's {@code ClockUtil.setCurrentTime} or {@code reset}.
   */
  public static void apply() {
    synchronized (TestClock.class) {
      started = true;
    }
    if (OFFSET == null) {
      ClockUtil.reset();
    } else {
      ClockUtil.offset(OFFSET);
    }
  }

  /**
   * The property's value that starts another JVM's test clock where this one is now (Beijing time,
   * to the second), or null without the property.
   */
  public static String continuedStart() {
    if (OFFSET == null) {
      return null;
    }
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(System.currentTimeMillis() + OFFSET), BeijingTime.ZONE)
        .withNano(0).toString();
  }

  static Long offset(String start) {
    if (start == null || start.isBlank()) {
      return null;
    }
    return startOf(start.strip()).toEpochMilli() - System.currentTimeMillis();
  }

  static Instant startOf(String start) {
    try {
      if (start.contains("T")) {
        return LocalDateTime.parse(start).atZone(BeijingTime.ZONE).toInstant();
      }
      return LocalDate.parse(start).atTime(START_HOUR, 0).atZone(BeijingTime.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(PROPERTY + " must be a date (2027-06-15) or a date-time in Beijing time"
          + " (2027-06-15T14:30), not " + start, e);
    }
  }

  /** the platform with the engine's clock on the test clock: the main class of an engine in its own JVM */
  public static void main(String[] args) {
    apply();
    PlatformApplication.main(args);
  }
}
