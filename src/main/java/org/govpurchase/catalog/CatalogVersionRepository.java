package org.govpurchase.catalog;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CatalogVersionRepository extends JpaRepository<CatalogVersion, Long> {

  Optional<CatalogVersion> findByProcessInstanceId(String processInstanceId);

  Optional<CatalogVersion> findByActiveYear(int year);

  /** the version, locked: a second publisher of the same version waits and then finds it published */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select v from CatalogVersion v where v.id = :id")
  Optional<CatalogVersion> lockById(@Param("id") long id);

  /** the year's active version, locked: publishers of the same year take turns */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select v from CatalogVersion v where v.activeYear = :year")
  Optional<CatalogVersion> lockActive(@Param("year") int year);

  @Query("select max(v.versionNo) from CatalogVersion v where v.catalogYear = :year")
  Optional<Integer> lastVersionNo(@Param("year") int year);

  Optional<CatalogVersion> findByCatalogYearAndVersionNo(int year, int versionNo);

  List<CatalogVersion> findByCatalogYearAndStatusInOrderByVersionNo(int year,
      Collection<CatalogVersion.Status> statuses);
}
