package org.govpurchase.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govpurchase.calendar.BeijingTime;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: an expert pool of twelve, each with a platform login: the demo users expert1
 * (孙丽), expert2 (周杰) ... expert12 (谢宏), so any drawn committee can score in Tasklist. 林涛
 * (expert4) left the demo organization with credit code {@value #TIED_CREDIT_CODE} a year before
 * the demo starts (within the three recusal years whatever the year), so a demo tender it bids in
 * shows a recusal. 梁静 (expert11) works for 福田区民政局 (SZFT-MZJ), so she is never drawn for its
 * procurements (87号令第48条) and a demo tender of that agency shows that recusal. Experts already in the
 * pool (same user id) are left alone; one with the same name and employer but no login (a pool of an
 * earlier version) gets the login.
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
      new DemoExpert("expert3", "陈晓华", "莲花山律师事务所", EnumSet.of(Specialty.LAW)),
      new DemoExpert("expert4", "林涛", "福田区社会工作者协会", EnumSet.of(Specialty.SOCIAL_WORK, Specialty.COMMUNITY_GOVERNANCE)),
      new DemoExpert("expert5", "黄敏", "深圳市养老服务研究中心", EnumSet.of(Specialty.ELDERLY_CARE, Specialty.HEALTH)),
      new DemoExpert("expert6", "郭建国", "南山会计师事务所", EnumSet.of(Specialty.FINANCE)),
      new DemoExpert("expert7", "马琳", "深圳职业技术大学", EnumSet.of(Specialty.EDUCATION, Specialty.CHILD_WELFARE)),
      new DemoExpert("expert8", "许文斌", "前海律师事务所", EnumSet.of(Specialty.LAW, Specialty.MANAGEMENT)),
      new DemoExpert("expert9", "邓晓燕", "深圳市心理健康服务中心", EnumSet.of(Specialty.HEALTH, Specialty.PSYCHOLOGY)),
      new DemoExpert("expert10", "罗志强", "深圳市残疾人康复服务中心", EnumSet.of(Specialty.DISABILITY_SERVICES, Specialty.SOCIAL_WORK)),
      new DemoExpert("expert11", "梁静", "福田区民政局", EnumSet.of(Specialty.MANAGEMENT, Specialty.COMMUNITY_GOVERNANCE)),
      new DemoExpert("expert12", "谢宏", "深圳大学法学院", EnumSet.of(Specialty.LAW, Specialty.SOCIAL_WORK)));

  /** the demo experts who work for a purchasing agency: user id -> agency code */
  static final Map<String, String> EMPLOYER_AGENCIES = Map.of("expert11", "SZFT-MZJ");

  private final ExpertPool pool;
  private final Clock clock;

  DemoExperts(ExpertPool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(7) // after the demo users (4) and agencies (5), before the workers' subscriptions open
  public void run() {
    for (DemoExpert demo : EXPERTS) {
      Optional<Long> byUser = pool.findByUserId(demo.userId());
      if (byUser.isPresent()) {
        // a pool of an earlier version, before experts had an employing agency
        pool.setEmployerAgency(byUser.get(), EMPLOYER_AGENCIES.get(demo.userId()));
        continue;
      }
      // a pool written by an earlier version, when only expert1 and expert2 had a login
      Optional<Long> byName = pool.findByNameAndEmployer(demo.name(), demo.employer());
      if (byName.isPresent()) {
        pool.assignUser(byName.get(), demo.userId());
        pool.setEmployerAgency(byName.get(), EMPLOYER_AGENCIES.get(demo.userId()));
        continue;
      }
      long id = pool.addExpert(demo.userId(), demo.name(), demo.employer(), demo.specialties());
      pool.setEmployerAgency(id, EMPLOYER_AGENCIES.get(demo.userId()));
      if (demo.name().equals("林涛")) {
        LocalDate left = BeijingTime.date(clock.instant()).minusYears(1);
        pool.addTie(id, TieType.EMPLOYER, TIED_CREDIT_CODE, left.minusYears(3), left, "曾任该社工服务中心项目主管");
      }
    }
  }
}
