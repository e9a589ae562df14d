package org.govpurchase.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = OfficialCalendars.calendar();

  @Test
  void shouldKnowTheWeekdaysOfTheOfficialMakeUpDays() {
    // guards the fixture itself: the notices say which weekday each make-up day is
    assertThat(parse("2026-01-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(parse("2026-02-14").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(parse("2026-02-28").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(parse("2026-05-09").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(parse("2026-09-20").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(parse("2026-10-10").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(OfficialCalendars.Y2026).hasSize(33 + 6);
    assertThat(OfficialCalendars.Y2025).hasSize(28 + 5);
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
    "2026-01-01, false", // 元旦 (Thu)
    "2026-01-03, false", // 元旦 (Sat)
    "2026-01-04, true", // 元旦调休上班 (Sun)
    "2026-01-05, true", // ordinary Monday
    "2026-01-10, false", // ordinary Saturday
    "2026-02-14, true", // 春节调休上班 (Sat)
    "2026-02-15, false", // 春节 (Sun)
    "2026-02-23, false", // 春节 (Mon)
    "2026-02-24, true",
    "2026-02-28, true", // 春节调休上班 (Sat)
    "2026-04-06, false", // 清明节 (Mon)
    "2026-05-05, false", // 劳动节 (Tue)
    "2026-05-09, true", // 劳动节调休上班 (Sat)
    "2026-06-19, false", // 端午节 (Fri)
    "2026-09-20, true", // 国庆节调休上班 (Sun)
    "2026-09-25, false", // 中秋节 (Fri)
    "2026-10-07, false", // 国庆节 (Wed)
    "2026-10-08, true",
    "2026-10-10, true", // 国庆节调休上班 (Sat)
    "2026-10-11, false", // ordinary Sunday
    "2025-10-08, false", // 国庆节、中秋节 2025 (Wed)
    "2025-10-11, true", // 2025 make-up Saturday
  })
  void shouldFollowTheOfficial2026Calendar(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Nested
  class AddWorkingDays {

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
      // Spring Festival: Fri 13 Feb, make-up Sat 14 Feb, off 15-23 Feb
      "2026-02-13, 1, 2026-02-14",
      "2026-02-13, 2, 2026-02-24",
      "2026-02-13, 3, 2026-02-25",
      // contract filing within 7 working days of signing on Tue 10 Feb: 11,12,13,14(Sat),24,25,26
      "2026-02-10, 7, 2026-02-26",
      // Labour Day: off Fri 1 - Tue 5 May, make-up Sat 9 May
      "2026-04-30, 1, 2026-05-06",
      "2026-05-08, 1, 2026-05-09",
      "2026-05-08, 2, 2026-05-11",
      // National Day: make-up Sun 20 Sep, Mid-Autumn off 25-27 Sep, off 1-7 Oct, make-up Sat 10 Oct
      "2026-09-18, 1, 2026-09-20",
      "2026-09-24, 1, 2026-09-28",
      "2026-09-30, 1, 2026-10-08",
      "2026-09-30, 3, 2026-10-10",
      "2026-09-30, 4, 2026-10-12",
      "2026-10-09, 1, 2026-10-10",
      // New Year across the years: off 1-3 Jan 2026, make-up Sun 4 Jan
      "2025-12-31, 1, 2026-01-04",
      "2025-12-31, 2, 2026-01-05",
      // an ordinary week: Fri + 1 = Mon
      "2026-03-06, 1, 2026-03-09",
    })
    void shouldSkipHolidaysAndCountMakeUpDays(LocalDate start, int n, LocalDate expected) {
      assertThat(calendar.addWorkingDays(start, n)).isEqualTo(expected);
      assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(n);
    }

    @Test
    void shouldReturnTheStartForZeroWhenItIsAWorkingDay() {
      assertThat(calendar.addWorkingDays(parse("2026-02-14"), 0)).isEqualTo(parse("2026-02-14"));
      assertThat(calendar.addWorkingDays(parse("2026-01-04"), 0)).isEqualTo(parse("2026-01-04"));
    }

    @Test
    void shouldReturnTheNextWorkingDayForZeroOnAHoliday() {
      assertThat(calendar.addWorkingDays(parse("2026-02-15"), 0)).isEqualTo(parse("2026-02-24"));
      assertThat(calendar.addWorkingDays(parse("2026-10-01"), 0)).isEqualTo(parse("2026-10-08"));
      assertThat(calendar.addWorkingDays(parse("2026-03-07"), 0)).isEqualTo(parse("2026-03-09"));
    }

    @Test
    void shouldRefuseANegativeNumberOfDays() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> calendar.addWorkingDays(parse("2026-03-02"), -1))
          .withMessageContaining("-1");
    }
  }

  @Nested
  class WorkingDaysBetween {

    @Test
    void shouldCountAfterTheStartUpToAndIncludingTheEnd() {
      assertThat(calendar.workingDaysBetween(parse("2026-09-30"), parse("2026-10-12"))).isEqualTo(4);
      assertThat(calendar.workingDaysBetween(parse("2026-02-13"), parse("2026-02-23"))).isEqualTo(1);
      assertThat(calendar.workingDaysBetween(parse("2026-03-02"), parse("2026-03-02"))).isZero();
    }

    @Test
    void shouldBeNegativeWhenTheEndIsEarlier() {
      assertThat(calendar.workingDaysBetween(parse("2026-10-12"), parse("2026-09-30"))).isEqualTo(-4);
    }

    @Test
    void shouldCountAWholeYear() {
      // 2026: 261 weekdays, 19 of them off (13 statutory holidays + 6 moved weekdays),
      // plus 6 make-up weekend days: 248 working days
      long weekdays = parse("2026-01-01").datesUntil(parse("2027-01-01"))
          .filter(day -> !WorkingDayCalendar.isWeekend(day)).count();
      long holidaysOnWeekdays = OfficialCalendars.Y2026.entrySet().stream()
          .filter(e -> !e.getValue() && !WorkingDayCalendar.isWeekend(e.getKey())).count();
      assertThat(weekdays).isEqualTo(261);
      assertThat(holidaysOnWeekdays).isEqualTo(19);
      assertThat(calendar.workingDaysBetween(parse("2025-12-31"), parse("2026-12-31")))
          .isEqualTo(248);
    }
  }

  @Nested
  class UnconfirmedYears {

    @Test
    void shouldCount2027WeekendsOnly() {
      assertThat(calendar.isConfirmed(2027)).isFalse();
      // 1 Jan 2027 is a Friday: a public holiday in every year so far, but unknown until confirmed
      assertThat(calendar.isWorkingDay(parse("2027-01-01"))).isTrue();
      assertThat(calendar.isWorkingDay(parse("2027-01-02"))).isFalse();
      assertThat(calendar.addWorkingDays(parse("2026-12-31"), 1)).isEqualTo(parse("2027-01-01"));
      assertThat(calendar.addWorkingDays(parse("2027-02-05"), 1)).isEqualTo(parse("2027-02-08"));
      assertThat(calendar.workingDaysBetween(parse("2027-01-01"), parse("2027-01-08"))).isEqualTo(5);
    }

    @Test
    void shouldIgnoreADraftScheduleUntilTheYearIsConfirmed() {
      Map<LocalDate, Boolean> draft = Map.of(parse("2027-01-01"), false);

      assertThat(new WorkingDayCalendar(draft, Set.of()).isWorkingDay(parse("2027-01-01"))).isTrue();
      assertThat(new WorkingDayCalendar(draft, Set.of(2027)).isWorkingDay(parse("2027-01-01"))).isFalse();
    }

    @Test
    void shouldListTheUnconfirmedYearsARangeTouches() {
      assertThat(calendar.unconfirmedYears(parse("2025-06-01"), parse("2026-06-01"))).isEmpty();
      assertThat(calendar.unconfirmedYears(parse("2026-12-01"), parse("2028-01-02"))).containsExactly(2027, 2028);
      assertThat(calendar.unconfirmedYears(parse("2027-01-02"), parse("2026-12-01"))).containsExactly(2027);
    }

    @Test
    void shouldCountOnlyWeekendsWithoutAnyData() {
      WorkingDayCalendar weekendsOnly = WorkingDayCalendar.weekendsOnly();
      assertThat(weekendsOnly.isWorkingDay(parse("2026-10-01"))).isTrue();
      assertThat(weekendsOnly.isWorkingDay(parse("2026-01-04"))).isFalse();
    }
  }
}
