package org.govpurchase.contract;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractRepository extends JpaRepository<Contract, Long> {

  Optional<Contract> findByAwardId(long awardId);

  Optional<Contract> findByProcurementNo(String procurementNo);

  /** the contract, its row locked until the transaction ends */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Contract c where c.id = :id")
  Optional<Contract> findLocked(@Param("id") long id);

  List<Contract> findBySupplierIdAndStatusNotOrderById(long supplierId, ContractStatus status);
}
