package org.govpurchase.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: five purchasing agencies of Shenzhen's Futian district; existing ones are left alone. */
@Component
@Profile("demo & !workers")
class DemoAgencies {

  static final Map<String, String> AGENCIES = new LinkedHashMap<>();

  static {
    AGENCIES.put("SZFT-MZJ", "福田区民政局");
    AGENCIES.put("SZFT-WJJ", "福田区卫生健康局");
    AGENCIES.put("SZFT-JYJ", "福田区教育局");
    AGENCIES.put("SZFT-SFJ", "福田区司法局");
    AGENCIES.put("SZFT-CLW", "福田区残疾人联合会");
  }

  private final PurchasingAgencyService agencies;

  DemoAgencies(PurchasingAgencyService agencies) {
    this.agencies = agencies;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(5) // before the workers' subscriptions open on the same event
  public void run() {
    AGENCIES.forEach(agencies::ensure);
  }
}
