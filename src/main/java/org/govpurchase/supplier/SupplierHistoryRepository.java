package org.govpurchase.supplier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierHistoryRepository extends JpaRepository<SupplierHistoryEntry, Long> {

  List<SupplierHistoryEntry> findBySupplierIdOrderByOccurredAtAscIdAsc(long supplierId);
}
