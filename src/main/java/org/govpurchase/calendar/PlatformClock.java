package org.govpurchase.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The platform's one clock: the engine's. Timers, due dates and {@code now()} in a model come
 * from the engine's clock, so the domain takes its time from the same source; a test that moves
 * the engine clock ({@code ClockUtil.setCurrentTime}, {@code ClockUtil.offset}) moves the domain
 * with it. Code asks the {@link Clock} bean for the time, never {@code Instant.now()}.
 */
final class PlatformClock extends Clock {

  private final ZoneId zone;

  PlatformClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new PlatformClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
