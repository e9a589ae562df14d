package org.govpurchase.evaluation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DrawnCommitteeRepository extends JpaRepository<DrawnCommittee, Long> {

  Optional<DrawnCommittee> findByDrawKey(String drawKey);

  /** the draw, locked: two replacements in the same committee take turns */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from DrawnCommittee d where d.id = :id")
  Optional<DrawnCommittee> lockById(@Param("id") long id);

  List<DrawnCommittee> findByProcurementNoOrderByIdDesc(String procurementNo);
}
