package org.govpurchase.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The demo organizations: one of each kind a tester needs, written once however often the app starts. */
@DataJpaTest
@ActiveProfiles("demo")
@Import({SupplierService.class, DemoSuppliers.class})
class DemoSuppliersTest {

  @Autowired DemoSuppliers demo;
  @Autowired SupplierService service;
  @Autowired SupplierRepository suppliers;
  @Autowired SupplierHistoryRepository history;

  @Test
  void fiveOrganizationsFromQualifiedToSuspendedAndTheirFourMembers() {
    demo.run();
    long rows = history.count();
    demo.run();

    assertThat(suppliers.count()).isEqualTo(5);
    assertThat(history.count()).as("a second start writes nothing").isEqualTo(rows);
    LocalDate today = service.today();
    long sunshine = service.idOf("52440300MJL0000012").orElseThrow();
    long rainbow = service.idOf("52440300MJL0000025").orElseThrow();
    long noTax = service.idOf("52440300MJL0000038").orElseThrow();
    long suspended = service.idOf("52440300MJL000004B").orElseThrow();

    assertThat(service.qualification(sunshine, today, EvaluationGrade.A4).qualified()).isTrue();
    assertThat(service.qualification(rainbow, today).qualified()).isTrue();
    assertThat(service.qualification(rainbow, today, EvaluationGrade.A4).unmet())
        .extracting(QualificationCheck.Unmet::code).containsExactly(QualificationCheck.EVALUATION_GRADE);
    assertThat(service.qualification(noTax, today).unmet())
        .extracting(QualificationCheck.Unmet::code).containsExactly("TAX_AND_SOCIAL_SECURITY");
    assertThat(service.qualification(suspended, today).unmet())
        .extracting(QualificationCheck.Unmet::code).containsExactly(QualificationCheck.STATUS);
    assertThat(service.organizationOf("supplier1")).contains(sunshine);
    assertThat(service.organizationOf("supplier2")).contains(rainbow);
    assertThat(service.organizationOf("supplier3")).as("a third organization can bid").contains(noTax);
    long fukang = service.idOf("52440300MJL000005E").orElseThrow();
    assertThat(service.qualification(fukang, today).qualified()).as("three of the four bidders qualify").isTrue();
    assertThat(service.organizationOf("supplier4")).contains(fukang);
  }
}
