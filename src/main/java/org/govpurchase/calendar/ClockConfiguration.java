package org.govpurchase.calendar;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link Clock} bean every service, worker and controller takes the time from. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock() {
    return new PlatformClock(ZoneOffset.UTC);
  }
}
