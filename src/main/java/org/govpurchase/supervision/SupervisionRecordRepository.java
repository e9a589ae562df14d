package org.govpurchase.supervision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The supervision register; rows are only ever added. */
interface SupervisionRecordRepository
    extends JpaRepository<SupervisionRecord, Long>, JpaSpecificationExecutor<SupervisionRecord> {

  /** The idempotency key: the external task's (process instance, activity instance). */
  Optional<SupervisionRecord> findByProcessInstanceIdAndActivityInstanceId(
      String processInstanceId, String activityInstanceId);
}
