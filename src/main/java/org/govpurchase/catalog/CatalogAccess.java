package org.govpurchase.catalog;

import static org.govpurchase.identity.Groups.*;

import java.util.Set;
import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The finance bureau starts the catalog approval; the government office follows it. */
@Configuration(proxyBeanMethods = false)
class CatalogAccess {

  @Bean
  ProcessAccess catalogApprovalProcessAccess() {
    return ProcessAccess.cityLevel(CatalogApprovalProcess.KEY, Set.of(FINANCE_BUREAU), Set.of(GOVERNMENT_OFFICE));
  }
}
