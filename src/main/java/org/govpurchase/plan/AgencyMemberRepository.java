package org.govpurchase.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyMemberRepository extends JpaRepository<AgencyMember, String> {
}
