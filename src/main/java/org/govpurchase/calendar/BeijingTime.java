package org.govpurchase.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Beijing time, in which statutory days are counted and times are shown to users: the calendar
 * day of an instant, the end of a day (whole seconds, as MySQL stores them) and the shown form.
 */
public final class BeijingTime {

  public static final ZoneId ZONE = ZoneId.of(WorkingDays.DEFAULT_ZONE);

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
  private static final DateTimeFormatter SHOWN_TO_MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  private BeijingTime() {
  }

  /** The calendar day in Beijing of an instant. */
  public static LocalDate date(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** 23:59:59 Beijing time on the day: the last moment of a day-counted limit. */
  public static Instant endOf(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(ZONE).toInstant();
  }

  /** "2026-05-20 14:30:00", as users read times in messages. */
  public static String shown(Instant instant) {
    return SHOWN.format(instant);
  }

  /** "2026-05-20 14:30", for deadlines set to the minute. */
  public static String shownToMinute(Instant instant) {
    return SHOWN_TO_MINUTE.format(instant);
  }
}
