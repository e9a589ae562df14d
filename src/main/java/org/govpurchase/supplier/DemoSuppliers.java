package org.govpurchase.supplier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: five social organizations of Shenzhen, from fully qualified to suspended, and
 * the demo users supplier1 to supplier4 as members of 阳光, 彩虹, 启明 and 福康, so that four
 * organizations can bid in a demo tender and three of them qualify, the least a tender needs (启明,
 * supplier3's, is not qualified until its tax record is proven; 和谐 is suspended). A supplier
 * already registered (by credit code) is left alone.
 */
@Component
@Profile("demo & !workers")
class DemoSuppliers {

  static final String REGISTRAR = "registrar";
  static final String AUTHORITY = "深圳市民政局";

  /** {@code gradeYears}: years from today the grade stays valid (dates move with the demo) */
  record DemoSupplier(String creditCode, String name, EvaluationGrade grade, int gradeYears,
      Set<SupplierCondition> verified, SupplierStatus status, String statusNote, String member) {
  }

  static final List<DemoSupplier> SUPPLIERS = List.of(
      new DemoSupplier("52440300MJL0000012", "深圳市阳光社会工作服务中心", EvaluationGrade.A5,
          4, EnumSet.allOf(SupplierCondition.class), SupplierStatus.ACTIVE, null,
          "supplier1"),
      new DemoSupplier("52440300MJL0000025", "深圳市彩虹长者服务社", EvaluationGrade.A3,
          3, EnumSet.allOf(SupplierCondition.class), SupplierStatus.ACTIVE, null,
          "supplier2"),
      // qualifies for nothing until it proves its tax and social-security record
      new DemoSupplier("52440300MJL0000038", "深圳市启明青少年发展中心", EvaluationGrade.A4,
          2,
          EnumSet.complementOf(EnumSet.of(SupplierCondition.TAX_AND_SOCIAL_SECURITY)), SupplierStatus.ACTIVE, null,
          "supplier3"),
      new DemoSupplier("52440300MJL000004B", "深圳市和谐家庭综合服务中心", EvaluationGrade.A2,
          2, EnumSet.allOf(SupplierCondition.class), SupplierStatus.SUSPENDED,
          "年度检查发现财务管理问题，整改期间暂停参与政府购买服务", null),
      new DemoSupplier("52440300MJL000005E", "深圳市福康长者照护中心", EvaluationGrade.A4,
          3, EnumSet.allOf(SupplierCondition.class), SupplierStatus.ACTIVE, null,
          "supplier4"));

  private final SupplierService suppliers;

  DemoSuppliers(SupplierService suppliers) {
    this.suppliers = suppliers;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(6) // after the demo users, before the workers' subscriptions open on the same event
  @Transactional
  public void run() {
    SUPPLIERS.forEach(this::ensure);
  }

  private void ensure(DemoSupplier demo) {
    long id = suppliers.idOf(demo.creditCode()).orElseGet(() -> create(demo));
    if (demo.member() != null && suppliers.organizationOf(demo.member()).isEmpty()) {
      suppliers.addMember(id, demo.member(), REGISTRAR);
    }
  }

  private long create(DemoSupplier demo) {
    long id = suppliers.register(new SupplierRequest(demo.creditCode(), demo.name(),
        OrganizationType.SOCIAL_SERVICE_ORGANIZATION, AUTHORITY, demo.grade(), gradeValidUntil(demo),
        SupplierStatus.ACTIVE, null), REGISTRAR).id();
    for (SupplierCondition condition : demo.verified()) {
      suppliers.recordEvidence(id, condition, new EvidenceRequest(evidenceFor(condition), "DEMO-" + condition.name(),
          expiring(condition) ? suppliers.today().plusYears(1) : null, true), REGISTRAR, true);
    }
    if (demo.status() != SupplierStatus.ACTIVE) {
      suppliers.update(id, new SupplierRequest(demo.creditCode(), demo.name(),
          OrganizationType.SOCIAL_SERVICE_ORGANIZATION, AUTHORITY, demo.grade(), gradeValidUntil(demo),
          demo.status(), demo.statusNote()), REGISTRAR);
    }
    return id;
  }

  private LocalDate gradeValidUntil(DemoSupplier demo) {
    return suppliers.today().plusYears(demo.gradeYears());
  }

  /** tax and compliance records are renewed every year; the others stand until revoked */
  private static boolean expiring(SupplierCondition condition) {
    return condition == SupplierCondition.TAX_AND_SOCIAL_SECURITY
        || condition == SupplierCondition.NO_MAJOR_VIOLATION_3Y;
  }

  private static String evidenceFor(SupplierCondition condition) {
    return switch (condition) {
      case LEGALLY_ESTABLISHED -> "民办非企业单位登记证书（社会服务机构法人登记证书）";
      case SOUND_GOVERNANCE -> "章程、理事会和监事会会议纪要、内部管理制度汇编";
      case INDEPENDENT_FINANCE -> "财务管理制度、上年度审计报告";
      case PROFESSIONAL_CAPACITY -> "持证社会工作者名单、服务场地和设备清单";
      case TAX_AND_SOCIAL_SECURITY -> "近一年纳税证明和社会保险缴费证明";
      case NO_MAJOR_VIOLATION_3Y -> "年检（年度报告）结论、信用中国查询记录";
      case OTHER_LEGAL_CONDITIONS -> "政社分开承诺书";
    };
  }
}
