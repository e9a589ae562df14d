package org.govpurchase.award;

import static org.govpurchase.identity.Groups.*;

import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Award is followed by those who follow the tender; the buyer works its tasks through their candidate group. */
@Configuration(proxyBeanMethods = false)
class AwardAccess {

  @Bean
  ProcessAccess awardProcessAccess() {
    return ProcessAccess.followedBy(AwardProcess.KEY, PURCHASING_AGENCY, PROCUREMENT_AGENCY, FINANCE_BUREAU);
  }
}
