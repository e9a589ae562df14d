package org.govpurchase.tender;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClarificationRepository extends JpaRepository<Clarification, Long> {

  List<Clarification> findByTenderIdOrderById(long tenderId);

  /** the clarification's tender, without loading the clarification before its tender is locked */
  @Query("select c.tenderId from Clarification c where c.id = :id")
  Optional<Long> tenderIdOf(@Param("id") long clarificationId);
}
