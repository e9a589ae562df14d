package org.govpurchase.evaluation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: an expert pool of twelve. The demo users expert1 (孙丽) and expert2 (周杰) are
 * two of them; 林涛 worked until mid-2024 for the demo organization with credit code
 * {@value #TIED_CREDIT_CODE}, so a demo tender it bids in shows a recusal. Experts already in the
 * pool (same user id, or same name and employer) are left alone.
 */
@Component
@Profile("demo & !workers")
class DemoExperts {

  /** a demo social organization's unified social credit code */
  static final String TIED_CREDIT_CODE = "52440300MJL0000012";

  record DemoExpert(String userId, String name, String employer, Set<Specialty> specialties) {
  }

  static final List<DemoExpert> EXPERTS = List.of(
      new DemoExpert("expert1", "孙丽", "深圳大学社会工作系", EnumSet.of(Specialty.SOCIAL_WORK, Specialty.ELDERLY_CARE)),
      new DemoExpert("expert2", "周杰", "鹏城会计师事务所", EnumSet.of(Specialty.FINANCE, Specialty.MANAGEMENT)),
      new DemoExpert(null, "陈晓华", "莲花山律师事务所", EnumSet.of(Specialty.LAW)),
      new DemoExpert(null, "林涛", "福田区社会工作者协会", EnumSet.of(Specialty.SOCIAL_WORK, Specialty.COMMUNITY_GOVERNANCE)),
      new DemoExpert(null, "黄敏", "深圳市养老服务研究中心", EnumSet.of(Specialty.ELDERLY_CARE, Specialty.HEALTH)),
      new DemoExpert(null, "郭建国", "南山会计师事务所", EnumSet.of(Specialty.FINANCE)),
      new DemoExpert(null, "马琳", "深圳职业技术大学", EnumSet.of(Specialty.EDUCATION, Specialty.CHILD_WELFARE)),
      new DemoExpert(null, "许文斌", "前海律师事务所", EnumSet.of(Specialty.LAW, Specialty.MANAGEMENT)),
      new DemoExpert(null, "邓晓燕", "深圳市心理健康服务中心", EnumSet.of(Specialty.HEALTH, Specialty.PSYCHOLOGY)),
      new DemoExpert(null, "罗志强", "深圳市残疾人康复服务中心", EnumSet.of(Specialty.DISABILITY_SERVICES, Specialty.SOCIAL_WORK)),
      new DemoExpert(null, "梁静", "深圳市社会组织总会", EnumSet.of(Specialty.MANAGEMENT, Specialty.COMMUNITY_GOVERNANCE)),
      new DemoExpert(null, "谢宏", "深圳大学法学院", EnumSet.of(Specialty.LAW, Specialty.SOCIAL_WORK)));

  private final ExpertPool pool;

  DemoExperts(ExpertPool pool) {
    this.pool = pool;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(7) // after the demo users (4) and agencies (5), before the workers' subscriptions open
  public void run() {
    for (DemoExpert demo : EXPERTS) {
      Optional<Long> existing = demo.userId() != null ? pool.findByUserId(demo.userId())
          : pool.findByNameAndEmployer(demo.name(), demo.employer());
      if (existing.isPresent()) {
        continue;
      }
      long id = pool.addExpert(demo.userId(), demo.name(), demo.employer(), demo.specialties());
      if (demo.name().equals("林涛")) {
        pool.addTie(id, TieType.EMPLOYER, TIED_CREDIT_CODE, LocalDate.of(2021, 7, 1), LocalDate.of(2024, 6, 30),
            "曾任该社工服务中心项目主管");
      }
    }
  }
}
