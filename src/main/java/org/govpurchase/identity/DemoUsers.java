package org.govpurchase.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one or two people per group (twelve experts, four suppliers), all with the demo
 * password (README lists them).
 */
@Component
@Profile("demo & !workers")
class DemoUsers {

  record DemoUser(String id, String name, String organization, String group) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("finance", "王静", "财政局", Groups.FINANCE_BUREAU),
      new DemoUser("finance2", "吉田", "财政局", Groups.FINANCE_BUREAU),
      new DemoUser("govoffice", "李强", "区政府办公室", Groups.GOVERNMENT_OFFICE),
      // two agencies with two officers each (plan.DemoAgencyMembers): each sees only its own
      new DemoUser("agency", "张伟", "区民政局", Groups.PURCHASING_AGENCY),
      new DemoUser("agency3", "赵敏", "区民政局", Groups.PURCHASING_AGENCY),
      new DemoUser("agency2", "刘洋", "区卫生健康局", Groups.PURCHASING_AGENCY),
      new DemoUser("agency4", "孙宁", "区卫生健康局", Groups.PURCHASING_AGENCY),
      new DemoUser("registrar", "陈芳", "社会组织管理局", Groups.REGISTRATION_AUTHORITY),
      new DemoUser("procagent", "赵磊", "采购代理机构", Groups.PROCUREMENT_AGENCY),
      new DemoUser("expert1", "孙丽", "评审专家", Groups.EXPERT),
      new DemoUser("expert2", "周杰", "评审专家", Groups.EXPERT),
      // the rest of the demo expert pool (evaluation.DemoExperts): every drawn expert can score
      new DemoUser("expert3", "陈晓华", "评审专家", Groups.EXPERT),
      new DemoUser("expert4", "林涛", "评审专家", Groups.EXPERT),
      new DemoUser("expert5", "黄敏", "评审专家", Groups.EXPERT),
      new DemoUser("expert6", "郭建国", "评审专家", Groups.EXPERT),
      new DemoUser("expert7", "马琳", "评审专家", Groups.EXPERT),
      new DemoUser("expert8", "许文斌", "评审专家", Groups.EXPERT),
      new DemoUser("expert9", "邓晓燕", "评审专家", Groups.EXPERT),
      new DemoUser("expert10", "罗志强", "评审专家", Groups.EXPERT),
      new DemoUser("expert11", "梁静", "评审专家", Groups.EXPERT),
      new DemoUser("expert12", "谢宏", "评审专家", Groups.EXPERT),
      new DemoUser("evaluator", "吴敏", "第三方评估机构", Groups.THIRD_PARTY_EVALUATOR),
      new DemoUser("supervisor", "郑华", "区监察委员会", Groups.SUPERVISION),
      new DemoUser("auditor", "钱坤", "区审计局", Groups.AUDIT),
      new DemoUser("supplier1", "何欣", "阳光社工服务中心", Groups.SUPPLIER),
      new DemoUser("supplier2", "高远", "彩虹长者服务社", Groups.SUPPLIER),
      new DemoUser("supplier3", "苏晴", "启明青少年发展中心", Groups.SUPPLIER),
      new DemoUser("supplier4", "梁宇", "福康长者照护中心", Groups.SUPPLIER));

  private final IdentityService identityService;
  private final String password;

  DemoUsers(IdentityService identityService, @Value("${platform.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(4) // before the workers' subscriptions open on the same event
  public void run() {
    USERS.forEach(this::ensure);
  }

  private void ensure(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
      return;
    }
    var user = identityService.newUser(demo.id());
    // Tasklist shows "first last": the person's name, then where they work
    user.setFirstName(demo.name());
    user.setLastName(demo.organization());
    user.setEmail(demo.id() + "@demo.govpurchase.local");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(demo.id(), demo.group());
  }
}
