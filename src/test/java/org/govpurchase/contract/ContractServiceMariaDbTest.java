package org.govpurchase.contract;

import org.govpurchase.testing.MariaDb;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** ContractServiceTest again on MariaDB through MySQL Connector/J (the mysql profile): the V12 schema is portable. */
@ActiveProfiles("mysql")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ContractServiceMariaDbTest extends ContractServiceTest {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    MariaDb.register(registry, "govpurchase_contract");
  }
}
