package org.govpurchase.supplier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierRepository extends JpaRepository<Supplier, Long> {

  List<Supplier> findAllByOrderById();

  Optional<Supplier> findByCreditCode(String creditCode);

  Optional<Supplier> findByName(String name);
}
