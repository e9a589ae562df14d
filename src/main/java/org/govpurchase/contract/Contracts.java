package org.govpurchase.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.contract.ContractViews.PublicContract;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of a contract: its parties, route and instalment schedule as small
 * public views. The payment feature reads contracts only through here, never the contract tables.
 */
@Service
@Transactional(readOnly = true)
public class Contracts {

  /** a contract as payment sees it; paymentRoute is a {@link org.govpurchase.plan.FundingSource} name */
  public record ContractTerms(long id, String procurementNo, boolean filed, long supplierId, String agencyCode,
      String paymentRoute, List<InstalmentTerms> instalments) {
  }

  /** one instalment of the schedule as it stands (amended dates included) */
  public record InstalmentTerms(long id, long contractId, String agencyCode, int seq, BigDecimal amount,
      LocalDate dueDate) {
  }

  /**
   * A contract as acceptance (验收) sees it: the term's end, the service standards it is accepted
   * against (the service requirements, one standard a line or a sentence ending in 。；;) and the
   * parties' public names.
   */
  public record AcceptanceTerms(long id, String procurementNo, String agencyCode, LocalDate termEnd,
      List<String> serviceStandards, String serviceName, String agencyName, String supplierName) {
  }

  private final ContractRepository contracts;
  private final ContractInstalmentRepository instalments;
  private final ContractService service;

  Contracts(ContractRepository contracts, ContractInstalmentRepository instalments, ContractService service) {
    this.contracts = contracts;
    this.instalments = instalments;
    this.service = service;
  }

  /** @throws NoSuchElementException no such contract, or not published yet */
  public AcceptanceTerms acceptanceTerms(long contractId) {
    Contract c = contracts.findById(contractId).orElseThrow(() -> noContract(contractId));
    PublicContract published = service.publicContract(c.getProcurementNo());
    return new AcceptanceTerms(c.getId(), c.getProcurementNo(), c.getAgencyCode(), c.getTermEnd(),
        serviceStandards(c.getServiceRequirements()), published.serviceName(), published.agencyName(),
        published.supplierName());
  }

  /** one standard per line or per sentence; the whole text when it has no break */
  static List<String> serviceStandards(String requirements) {
    List<String> standards = java.util.Arrays.stream(StringUtils.defaultString(requirements).split("[\\r\\n。；;]+"))
        .map(StringUtils::strip).filter(StringUtils::isNotEmpty).toList();
    return standards.isEmpty() ? List.of("合同约定的服务要求") : standards;
  }

  /**
   * Paid only after acceptance passes (验收后支付): the contract's last instalment. (A per-instalment
   * "after acceptance" mark in the schedule is a later change; the last one is the default.)
   */
  public boolean payableAfterAcceptance(long instalmentId) {
    return instalments.findById(instalmentId).map(i -> instalments.findByContractIdOrderBySeq(i.getContractId())
        .stream().mapToInt(ContractInstalment::getSeq).max().orElse(0) == i.getSeq()).orElse(false);
  }

  /** @throws NoSuchElementException no such contract */
  public ContractTerms terms(long contractId) {
    return terms(contracts.findById(contractId).orElseThrow(() -> noContract(contractId)));
  }

  /**
   * The contract's terms, its row locked until the caller's transaction ends: writes about one
   * contract (payment's and the contract's own, such as an amendment taking effect) queue here.
   *
   * @throws NoSuchElementException no such contract
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ContractTerms lockTerms(long contractId) {
    return terms(contracts.findLocked(contractId).orElseThrow(() -> noContract(contractId)));
  }

  /** the instalment, empty for an unknown id */
  public Optional<InstalmentTerms> instalment(long instalmentId) {
    return instalments.findById(instalmentId).flatMap(i -> contracts.findById(i.getContractId()).map(c -> terms(c, i)));
  }

  /** the instalments of filed contracts due before {@code day}, by agency code */
  public List<InstalmentTerms> filedInstalmentsDueBefore(LocalDate day) {
    return instalments.findDueBefore(ContractStatus.FILED, day).stream()
        .flatMap(i -> contracts.findById(i.getContractId()).map(c -> terms(c, i)).stream()).toList();
  }

  private ContractTerms terms(Contract c) {
    return new ContractTerms(c.getId(), c.getProcurementNo(), c.getStatus() == ContractStatus.FILED, c.getSupplierId(),
        c.getAgencyCode(), c.getPaymentRoute().name(),
        instalments.findByContractIdOrderBySeq(c.getId()).stream().map(i -> terms(c, i)).toList());
  }

  private static InstalmentTerms terms(Contract c, ContractInstalment i) {
    return new InstalmentTerms(i.getId(), c.getId(), c.getAgencyCode(), i.getSeq(), i.getAmount(), i.getDueDate());
  }

  private static NoSuchElementException noContract(long contractId) {
    return new NoSuchElementException("合同" + contractId + "不存在");
  }
}
