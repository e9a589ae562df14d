package org.govpurchase.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractInstalmentRepository extends JpaRepository<ContractInstalment, Long> {

  List<ContractInstalment> findByContractIdOrderBySeq(long contractId);

  /** the instalments due before {@code day} of contracts in that status */
  @Query("select i from ContractInstalment i, Contract c where c.id = i.contractId and c.status = :status"
      + " and i.dueDate < :day order by c.agencyCode, i.id")
  List<ContractInstalment> findDueBefore(@Param("status") ContractStatus status, @Param("day") java.time.LocalDate day);

  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("delete from ContractInstalment i where i.contractId = :contractId")
  void deleteByContract(@Param("contractId") long contractId);
}
