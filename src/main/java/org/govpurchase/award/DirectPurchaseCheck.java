package org.govpurchase.award;

import org.springframework.stereotype.Component;

/** Completion check of Task_RecordDirectPurchase, see {@link SupplierChoiceCheck}. */
@Component("directPurchaseCheck")
class DirectPurchaseCheck extends SupplierChoiceCheck {
}
