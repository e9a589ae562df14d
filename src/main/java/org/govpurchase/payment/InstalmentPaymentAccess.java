package org.govpurchase.payment;

import static org.govpurchase.identity.Groups.*;

import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contract starts each instalment's instance; the agency approves and the finance bureau reviews payments in Tasklist. */
@Configuration(proxyBeanMethods = false)
class InstalmentPaymentAccess {

  @Bean
  ProcessAccess instalmentPaymentProcessAccess() {
    return ProcessAccess.followedBy(InstalmentPaymentProcess.KEY, PURCHASING_AGENCY, FINANCE_BUREAU);
  }
}
