package org.govpurchase.supplier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConditionEvidenceRepository extends JpaRepository<ConditionEvidence, Long> {

  List<ConditionEvidence> findBySupplierId(long supplierId);

  Optional<ConditionEvidence> findBySupplierIdAndCondition(long supplierId, SupplierCondition condition);
}
