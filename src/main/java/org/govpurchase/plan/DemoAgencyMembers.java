package org.govpurchase.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo purchasing-agency officers work for the demo agencies (DemoUsers:
 * agency 张伟 and agency3 赵敏 of 区民政局, agency2 刘洋 and agency4 孙宁 of 区卫生健康局). Existing mappings are left alone.
 */
@Component
@Profile("demo & !workers")
class DemoAgencyMembers {

  static final Map<String, String> MEMBERS = new LinkedHashMap<>();

  static {
    MEMBERS.put("agency", "SZFT-MZJ");
    MEMBERS.put("agency3", "SZFT-MZJ");
    MEMBERS.put("agency2", "SZFT-WJJ");
    MEMBERS.put("agency4", "SZFT-WJJ");
  }

  private final AgencyMemberService members;

  DemoAgencyMembers(AgencyMemberService members) {
    this.members = members;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(6) // after the demo agencies (5), before the workers' subscriptions open on the same event
  public void run() {
    MEMBERS.forEach(members::ensureMember);
  }
}
