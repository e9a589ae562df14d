package org.govpurchase.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchasingAgencyRepository extends JpaRepository<PurchasingAgency, String> {

  List<PurchasingAgency> findAllByOrderByCode();

  List<PurchasingAgency> findByActiveTrueOrderByCode();

  Optional<PurchasingAgency> findByName(String name);
}
