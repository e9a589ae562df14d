package org.govpurchase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govpurchase.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WorkingDaysTest {

  private final AtomicReference<WorkingDayCalendar> stored = new AtomicReference<>(OfficialCalendars.calendar());
  private final AtomicInteger loads = new AtomicInteger();
  private final WorkingDays workingDays = new WorkingDays(this::load, WorkingDays.DEFAULT_ZONE);

  private WorkingDayCalendar load() {
    loads.incrementAndGet();
    return stored.get();
  }

  /** An instant written in Beijing time, as a user there reads it. */
  private static Date beijing(String localDateTime) {
    return Date.from(OffsetDateTime.parse(localDateTime + "+08:00").toInstant());
  }

  private static Date utc(String localDateTime) {
    return Date.from(OffsetDateTime.parse(localDateTime + "Z").toInstant());
  }

  @Nested
  class Deadline {

    @Test
    void shouldEndAtTheLastSecondOfTheNthWorkingDayInBeijing() {
      assertThat(workingDays.deadline(beijing("2026-02-13T10:00:00"), 1)).isEqualTo(beijing("2026-02-14T23:59:59"));
      assertThat(workingDays.deadline(beijing("2026-02-13T10:00:00"), 2)).isEqualTo(beijing("2026-02-24T23:59:59"));
      assertThat(workingDays.deadline(beijing("2026-04-30T16:45:00"), 1)).isEqualTo(beijing("2026-05-06T23:59:59"));
      assertThat(workingDays.deadline(beijing("2026-09-30T08:00:00"), 1)).isEqualTo(beijing("2026-10-08T23:59:59"));
    }

    @Test
    void shouldDependOnlyOnTheDaySoDueDateAndTimerAgree() {
      Date morning = workingDays.deadline(beijing("2026-10-09T00:00:00"), 1);
      Date night = workingDays.deadline(beijing("2026-10-09T23:59:59"), 1);

      assertThat(morning).isEqualTo(night).isEqualTo(beijing("2026-10-10T23:59:59"));
    }

    @Test
    void shouldCountTheBeijingDayNotTheUtcDay() {
      // 17:30 UTC on Thursday 12 Feb is 01:30 on Friday 13 Feb in Beijing
      Date start = utc("2026-02-12T17:30:00");

      assertThat(workingDays.deadline(start, 1)).isEqualTo(beijing("2026-02-14T23:59:59"));
      assertThat(workingDays.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));

      // platform.calendar.zone=UTC: the same instant is still Thursday
      WorkingDays inUtc = new WorkingDays(WorkingDaysTest.this::load, "UTC");
      assertThat(inUtc.deadline(start, 1)).isEqualTo(utc("2026-02-13T23:59:59"));
    }

    @Test
    void shouldGiveTheEndOfTheDayItselfForZeroOnAWorkingDay() {
      assertThat(workingDays.deadline(beijing("2026-01-04T09:00:00"), 0)).isEqualTo(beijing("2026-01-04T23:59:59"));
      assertThat(workingDays.deadline(beijing("2026-10-01T09:00:00"), 0)).isEqualTo(beijing("2026-10-08T23:59:59"));
    }

    @Test
    void shouldRefuseNegativeDaysAndNoDate() {
      assertThatIllegalArgumentException().isThrownBy(() -> workingDays.deadline(beijing("2026-03-02T09:00:00"), -1));
      assertThatNullPointerException().isThrownBy(() -> workingDays.deadline(null, 1));
    }

    @Test
    void shouldAcceptSqlTimestampsAsTheEngineReturnsThem() {
      Date start = new Timestamp(beijing("2026-05-08T11:00:00").getTime());

      assertThat(workingDays.deadline(start, 1)).isEqualTo(beijing("2026-05-09T23:59:59"));
      assertThat(workingDays.isWorkingDay(new java.sql.Date(start.getTime()))).isTrue();
    }
  }

  @Nested
  class AddWorkingDays {

    @Test
    void shouldKeepTheTimeOfDay() {
      assertThat(workingDays.addWorkingDays(beijing("2026-04-30T14:30:15"), 1)).isEqualTo(beijing("2026-05-06T14:30:15"));
      assertThat(workingDays.addWorkingDays(beijing("2026-05-08T09:00:00"), 1)).isEqualTo(beijing("2026-05-09T09:00:00"));
    }

    @Test
    void shouldOfferTheSameRuleOnLocalDates() {
      assertThat(workingDays.addWorkingDays(LocalDate.parse("2026-02-13"), 2)).isEqualTo(LocalDate.parse("2026-02-24"));
      assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
      assertThat(workingDays.workingDaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-12")))
          .isEqualTo(4);
    }
  }

  @Nested
  class CalendarDays {

    @Test
    void shouldEndAtTheLastSecondOfTheDayNDaysLater() {
      assertThat(workingDays.deadlineInDays(beijing("2026-09-30T10:00:00"), 30)).isEqualTo(beijing("2026-10-30T23:59:59"));
      assertThat(workingDays.deadlineInDays(utc("2026-09-29T16:00:00"), 0)).isEqualTo(beijing("2026-09-30T23:59:59"));
    }

    @Test
    void shouldRefuseNegativeDays() {
      assertThatIllegalArgumentException().isThrownBy(() -> workingDays.deadlineInDays(beijing("2026-09-29T09:00:00"), -1));
    }
  }

  @Nested
  class Queries {

    @Test
    void shouldTellWorkingDaysByTheBeijingDay() {
      assertThat(workingDays.isWorkingDay(beijing("2026-01-04T10:00:00"))).isTrue();
      assertThat(workingDays.isWorkingDay(beijing("2026-10-01T10:00:00"))).isFalse();
      // 16:30 UTC on the last holiday, 7 Oct, is already 8 Oct in Beijing
      assertThat(workingDays.isWorkingDay(utc("2026-10-07T16:30:00"))).isTrue();
    }

    @Test
    void shouldCountWorkingDaysBetweenTwoInstants() {
      assertThat(workingDays.workingDaysBetween(beijing("2026-09-30T18:00:00"), beijing("2026-10-12T08:00:00"))).isEqualTo(4);
      assertThat(workingDays.workingDaysBetween(beijing("2026-10-12T08:00:00"), beijing("2026-09-30T18:00:00"))).isEqualTo(-4);
    }

    @Test
    void shouldKnowWhichYearsAreConfirmed() {
      assertThat(workingDays.isConfirmed(2026)).isTrue();
      assertThat(workingDays.isConfirmed(2027)).isFalse();
    }
  }

  @Test
  void shouldReadTheCalendarOnEveryCallSoAChangeCountsAtOnce() {
    Date newYearsEve = beijing("2026-12-31T10:00:00");
    assertThat(workingDays.deadline(newYearsEve, 1)).isEqualTo(beijing("2027-01-01T23:59:59"));

    // an administrator enters and confirms the 2027 New Year holiday
    Map<LocalDate, Boolean> with2027 = OfficialCalendars.both();
    with2027.put(LocalDate.parse("2027-01-01"), false);
    stored.set(new WorkingDayCalendar(with2027, Set.of(2025, 2026, 2027)));

    assertThat(workingDays.deadline(newYearsEve, 1)).isEqualTo(beijing("2027-01-04T23:59:59"));
    assertThat(loads).hasValue(2);
  }

  @Test
  void shouldBuildAFixedCalendarForTestsOutsideSpring() {
    WorkingDays fixed = WorkingDays.of(ZoneId.of("Asia/Shanghai"), OfficialCalendars.Y2026, Set.of(2026));

    assertThat(fixed.deadline(beijing("2026-02-13T10:00:00"), 2)).isEqualTo(beijing("2026-02-24T23:59:59"));
  }

  @Nested
  class UnconfirmedYearWarning {

    private final Logger logger = (Logger) LoggerFactory.getLogger(WorkingDays.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
      appender.start();
      logger.addAppender(appender);
    }

    @AfterEach
    void release() {
      logger.detachAppender(appender);
    }

    @Test
    void shouldWarnOncePerCallPathAndYear() {
      workingDays.deadline(beijing("2026-12-30T10:00:00"), 3);
      workingDays.deadline(beijing("2027-03-01T10:00:00"), 5);
      workingDays.addWorkingDays(beijing("2027-03-01T10:00:00"), 5);

      assertThat(appender.list).hasSize(2).allSatisfy(event -> {
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage()).contains("2027", "weekends only");
      });
      assertThat(appender.list.get(0).getFormattedMessage()).startsWith("deadline");
      assertThat(appender.list.get(1).getFormattedMessage()).startsWith("addWorkingDays");
    }

    @Test
    void shouldNotWarnWithinConfirmedYears() {
      workingDays.deadline(beijing("2026-02-13T10:00:00"), 20);
      workingDays.isWorkingDay(LocalDate.parse("2025-10-11"));

      assertThat(appender.list).isEmpty();
    }
  }

  /** The expressions the BPMN models use, evaluated by Camunda's own JUEL. */
  @Nested
  class InBpmnExpressions {

    private final JuelExpressionManager expressions = new JuelExpressionManager(Map.of("workingDays", workingDays));

    @BeforeEach
    void clock() throws NoSuchMethodException {
      expressions.addFunction(DateTimeFunctions.NOW, DateTimeFunctions.class.getMethod("now"));
      ClockUtil.setCurrentTime(beijing("2026-09-29T09:00:00"));
    }

    @AfterEach
    void resetClock() {
      TestClock.apply();
    }

    private Object evaluate(String expression) {
      return expressions.createValueExpression(expression)
          .getValue(expressions.getElContext(StartProcessVariableScope.getSharedInstance()));
    }

    @Test
    void shouldComputeADueDateFromNow() {
      // Tue 29 Sep + 5: 30 Sep, 8 Oct, 9 Oct, Sat 10 Oct (make-up), Mon 12 Oct
      assertThat(evaluate("${workingDays.deadline(now(), 5)}")).isEqualTo(beijing("2026-10-12T23:59:59"));
    }

    @Test
    void shouldPickTheDateOverloads() {
      assertThat(evaluate("${workingDays.addWorkingDays(now(), 1)}")).isEqualTo(beijing("2026-09-30T09:00:00"));
      assertThat(evaluate("${workingDays.isWorkingDay(now())}")).isEqualTo(true);
      assertThat(evaluate("${workingDays.deadlineInDays(now(), 30)}")).isEqualTo(beijing("2026-10-29T23:59:59"));
    }
  }
}
