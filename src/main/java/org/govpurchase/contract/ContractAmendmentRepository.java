package org.govpurchase.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractAmendmentRepository extends JpaRepository<ContractAmendment, Long> {

  Optional<ContractAmendment> findByProcessInstanceId(String processInstanceId);

  List<ContractAmendment> findByContractIdOrderBySeq(long contractId);

  /** the contract of an amendment, without loading the amendment before its contract is locked */
  @Query("select a.contractId from ContractAmendment a where a.id = :id")
  Optional<Long> contractIdOf(@Param("id") long id);
}
