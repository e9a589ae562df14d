package org.govpurchase.award;

import org.springframework.stereotype.Component;

/** Completion check of Task_PrepareSingleSource, see {@link SupplierChoiceCheck}. */
@Component("singleSourceCheck")
class SingleSourceCheck extends SupplierChoiceCheck {
}
