package org.govpurchase.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** The test clock's property, and that the suite really runs on it when it is set. */
class TestClockTest {

  @Test
  void aDateStartsAtNineInBeijingADateTimeAtItself() {
    assertThat(TestClock.startOf("2028-02-29")).isEqualTo(Instant.parse("2028-02-29T01:00:00Z"));
    assertThat(TestClock.startOf("2027-06-15T14:30")).isEqualTo(Instant.parse("2027-06-15T06:30:00Z"));
    assertThat(TestClock.offset(" ")).isNull();
    assertThatIllegalArgumentException().isThrownBy(() -> TestClock.startOf("15.06.2027"))
        .withMessageContaining(TestClock.PROPERTY);
  }

  @Test
  void theEngineClockIsOnTheTestClockAndTicks() {
    String start = System.getProperty(TestClock.PROPERTY);
    Instant before = TestDates.now();
    await().atMost(Duration.ofSeconds(5)).untilAsserted(
        () -> assertThat(TestDates.now()).as("the clock ticks").isAfter(before));
    if (TestClock.configured()) {
      Instant configured = TestClock.startOf(start.strip());
      // the suite started there and has run for less than a day since
      assertThat(Duration.between(configured, TestDates.now())).isPositive().isLessThan(Duration.ofDays(1));
    } else {
      assertThat(Duration.between(Instant.now(), TestDates.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aTestThatSetsTheEngineClockIsUndoneByResetEngineClock() {
    LocalDate testDay = TestDates.today();
    Clock.setEngineClock("2020-01-02T10:00");
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(Clock.beijing("2020-01-02T10:00"));

    Clock.resetEngineClock();

    assertThat(TestDates.today()).isBetween(testDay, testDay.plusDays(1));
  }
}
