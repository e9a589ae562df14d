package org.govpurchase.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpertRepository extends JpaRepository<Expert, Long> {

  /** the active pool with its ties, by id: the order the draw shuffles from */
  @Query("select distinct e from Expert e left join fetch e.ties where e.active = true order by e.id")
  List<Expert> findActivePool();

  Optional<Expert> findByUserId(String userId);

  Optional<Expert> findFirstByNameAndEmployerOrderById(String name, String employer);
}
