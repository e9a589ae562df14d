package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govpurchase.testing.MariaDb;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * AmendmentServiceTest again on MariaDB through MySQL Connector/J (the mysql profile): the V14
 * schema is portable, and a reason outside the Basic Multilingual Plane survives utf8mb4.
 */
@ActiveProfiles("mysql")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AmendmentServiceMariaDbTest extends AmendmentServiceTest {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    MariaDb.register(registry, "govpurchase_amendment");
  }

  @Test
  void aReasonInFourByteCharactersRoundTripsAndTheCapHolds() {
    long contractId = filedContract();
    String reason = "𠮷𡈽 社区服务调整";
    AmendmentProposal proposal = new AmendmentProposal(new java.math.BigDecimal("528000.00"), null,
        schedule("240000.00", "2026-12-01", "288000.00", "2027-06-01"), "增加𠮷𡈽街道助餐点", reason);

    long id = service.propose("pi-a1", contractId, ContractSide.AGENCY, "agency1", proposal,
        beijing("2027-01-05T10:00")).id();

    assertThat(service.amendment(id).reason()).isEqualTo(reason);
    assertThat(service.amendment(id).fundsUse()).isEqualTo("增加𠮷𡈽街道助餐点");
    assertThat(jdbc.queryForObject("select reason from contract_amendment where id = ?", String.class, id))
        .isEqualTo(reason);
    service.lapse(id, "逾期未答复");
    assertThatThrownBy(() -> service.propose("pi-a2", contractId, ContractSide.AGENCY, "agency1",
        new AmendmentProposal(new java.math.BigDecimal("528000.01"), null,
            schedule("240000.00", "2026-12-01", "288000.01", "2027-06-01"), null, reason),
        beijing("2027-01-25T10:00")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("480000.00").hasMessageContaining("528000.00");
    assertThat(jdbc.queryForObject("select count(*) from contract_amendment", Integer.class)).isEqualTo(1);
  }
}
