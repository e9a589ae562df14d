package org.govpurchase.plan;

import static org.govpurchase.identity.Groups.*;

import java.util.Set;
import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A purchasing agency starts a purchase (the plan is its first stage); the finance bureau follows both. */
@Configuration(proxyBeanMethods = false)
class PlanAccess {

  @Bean
  ProcessAccess purchasePlanProcessAccess() {
    return ProcessAccess.startedBy(PurchasePlanProcess.KEY, Set.of(PURCHASING_AGENCY), Set.of(FINANCE_BUREAU));
  }

  @Bean
  ProcessAccess procurementProcessAccess() {
    return ProcessAccess.startedBy(ProcurementProcess.KEY, Set.of(PURCHASING_AGENCY), Set.of(FINANCE_BUREAU));
  }
}
