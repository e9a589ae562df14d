package org.govpurchase.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Calendar years with their days; days change only through their year. */
interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

  /** Every year with its days in one query: a few dozen rows a year. */
  @Query("select y from CalendarYear y left join fetch y.days")
  List<CalendarYear> findAllWithDays();

  @Query("select y from CalendarYear y left join fetch y.days where y.year = :year")
  Optional<CalendarYear> findWithDays(@Param("year") int year);
}
