package org.govpurchase.testing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine clock, set in Beijing time as the statutory limits are. */
public final class Clock {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private Clock() {
  }

  public static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant());
  }

  public static void setEngineClock(String localDateTime) {
    ClockUtil.setCurrentTime(beijing(localDateTime));
  }

  /** back to the test clock ({@link TestClock}: the real time unless {@code platform.clock.start} is set) */
  public static void resetEngineClock() {
    TestClock.apply();
  }
}
