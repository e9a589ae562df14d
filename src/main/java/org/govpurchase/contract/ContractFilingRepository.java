package org.govpurchase.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractFilingRepository extends JpaRepository<ContractFiling, Long> {

  Optional<ContractFiling> findFirstByContractIdOrderByAttemptDesc(long contractId);

  List<ContractFiling> findByContractIdOrderByAttempt(long contractId);
}
