package org.govpurchase.supplier;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DrawnInvitationRepository extends JpaRepository<DrawnInvitation, Long> {

  Optional<DrawnInvitation> findByDrawKey(String drawKey);
}
