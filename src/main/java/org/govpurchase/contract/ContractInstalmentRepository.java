package org.govpurchase.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractInstalmentRepository extends JpaRepository<ContractInstalment, Long> {

  List<ContractInstalment> findByContractIdOrderBySeq(long contractId);

  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("delete from ContractInstalment i where i.contractId = :contractId")
  void deleteByContract(@Param("contractId") long contractId);
}
