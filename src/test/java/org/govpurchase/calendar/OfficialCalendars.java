package org.govpurchase.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The official 2025 and 2026 schedules, written as the notices give them (ranges), independently
 * of the SQL seed, so a test can compare the two.
 */
final class OfficialCalendars {

  /** 国办发明电〔2024〕12号. */
  static final Map<LocalDate, Boolean> Y2025 = new Builder()
      .off("2025-01-01", "2025-01-01")
      .off("2025-01-28", "2025-02-04")
      .off("2025-04-04", "2025-04-06")
      .off("2025-05-01", "2025-05-05")
      .off("2025-05-31", "2025-06-02")
      .off("2025-10-01", "2025-10-08")
      .on("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")
      .build();

  /** 国办发明电〔2025〕7号. */
  static final Map<LocalDate, Boolean> Y2026 = new Builder()
      .off("2026-01-01", "2026-01-03")
      .off("2026-02-15", "2026-02-23")
      .off("2026-04-04", "2026-04-06")
      .off("2026-05-01", "2026-05-05")
      .off("2026-06-19", "2026-06-21")
      .off("2026-09-25", "2026-09-27")
      .off("2026-10-01", "2026-10-07")
      .on("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
      .build();

  private OfficialCalendars() {}

  static Map<LocalDate, Boolean> both() {
    Map<LocalDate, Boolean> all = new LinkedHashMap<>(Y2025);
    all.putAll(Y2026);
    return all;
  }

  /** 2025 and 2026 confirmed, 2027 not published yet. */
  static WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(both(), Set.of(2025, 2026));
  }

  private static final class Builder {
    private final Map<LocalDate, Boolean> days = new LinkedHashMap<>();

    Builder off(String first, String last) {
      LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).forEach(day -> days.put(day, false));
      return this;
    }

    Builder on(String... makeUpDays) {
      for (String day : makeUpDays) {
        days.put(LocalDate.parse(day), true);
      }
      return this;
    }

    Map<LocalDate, Boolean> build() {
      return Map.copyOf(days);
    }
  }
}
