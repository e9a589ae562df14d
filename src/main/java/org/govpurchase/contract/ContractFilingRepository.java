package org.govpurchase.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractFilingRepository extends JpaRepository<ContractFiling, Long> {

  /** the contract's last attempt, its own or an amendment's: the next one is numbered after it */
  Optional<ContractFiling> findFirstByContractIdOrderByAttemptDesc(long contractId);

  Optional<ContractFiling> findFirstByContractIdAndAmendmentIdIsNullOrderByAttemptDesc(long contractId);

  Optional<ContractFiling> findFirstByAmendmentIdOrderByAttemptDesc(long amendmentId);

  List<ContractFiling> findByContractIdAndAmendmentIdIsNullOrderByAttempt(long contractId);

  List<ContractFiling> findByAmendmentIdOrderByAttempt(long amendmentId);

  List<ContractFiling> findByContractIdOrderByAttempt(long contractId);
}
