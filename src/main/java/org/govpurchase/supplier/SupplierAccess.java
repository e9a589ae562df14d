package org.govpurchase.supplier;

import static org.govpurchase.identity.Groups.*;

import java.util.Set;
import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The finance bureau disqualifies a supplier (政府采购法 77 gives it the sanction); supervision and
 * audit follow it. City-level: a disqualification holds for every purchasing agency.
 */
@Configuration(proxyBeanMethods = false)
class SupplierAccess {

  @Bean
  ProcessAccess supplierDisqualificationProcessAccess() {
    return ProcessAccess.cityLevel(SupplierDisqualificationProcess.KEY, Set.of(FINANCE_BUREAU),
        Set.of(SUPERVISION, AUDIT));
  }
}
