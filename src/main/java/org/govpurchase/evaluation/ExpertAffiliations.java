package org.govpurchase.evaluation;

import java.util.Optional;
import org.govpurchase.plan.AgencyMembers;
import org.govpurchase.supplier.SupplierService;
import org.springframework.stereotype.Component;

/**
 * Whom an expert's platform login works for, as the features that keep it know: a purchasing
 * agency (plan's agency members) or a supplier (the supplier registry's members). The draw leaves
 * out an expert whose login is the buyer's or a bidder's (87号令第48条).
 */
@Component
class ExpertAffiliations {

  private final AgencyMembers agencies;
  private final SupplierService suppliers;

  ExpertAffiliations(AgencyMembers agencies, SupplierService suppliers) {
    this.agencies = agencies;
    this.suppliers = suppliers;
  }

  /** the purchasing agency (code) the user works for, if any */
  Optional<String> agencyOf(String userId) {
    return agencies.agencyOf(userId);
  }

  /** the supplier (id) the user acts for, if any */
  Optional<Long> supplierOf(String userId) {
    return suppliers.organizationOf(userId);
  }
}
