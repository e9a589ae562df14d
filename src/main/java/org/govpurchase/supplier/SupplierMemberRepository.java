package org.govpurchase.supplier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierMemberRepository extends JpaRepository<SupplierMember, Long> {

  Optional<SupplierMember> findByUserId(String userId);

  List<SupplierMember> findBySupplierIdOrderByUserId(long supplierId);
}
