package org.govpurchase.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.testing.TestDates;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;

/** The register on the real schema: Flyway runs every migration on an embedded H2. */
@DataJpaTest
@Import(SupervisionService.class)
class SupervisionServiceTest {

  private static final String NOTE = "已电话督促财政部门经办人，要求三个工作日内提交目录草案。";

  @Autowired
  private SupervisionService service;

  @Autowired
  private SupervisionRecordRepository records;

  @Autowired
  private EntityManager entityManager;

  @Test
  void shouldRecordASupervision() {
    LocalDateTime before = LocalDateTime.ofInstant(TestDates.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    SupervisionRecordView recorded = service.record(supervision("pi-1", "ai-1", "URGE", NOTE));

    assertThat(records.count()).isEqualTo(1);
    SupervisionRecordView read = reread(recorded.id());
    assertThat(read.processInstanceId()).isEqualTo("pi-1");
    assertThat(read.activityInstanceId()).isEqualTo("ai-1");
    assertThat(read.processDefinitionKey()).isEqualTo("CatalogApproval");
    assertThat(read.businessKey()).isEqualTo("CAT-2026-1");
    assertThat(read.overdueActivity()).isEqualTo("Task_DraftCatalog");
    assertThat(read.subject()).isEqualTo("2026年度政府购买服务目录");
    assertThat(read.action()).isEqualTo(SupervisionAction.URGE);
    assertThat(read.actionLabel()).isEqualTo("督促办理");
    assertThat(read.note()).isEqualTo(NOTE);
    assertThat(read.supervisor()).isEqualTo("jianchaju");
    assertThat(read.recordedAt()).isAfterOrEqualTo(before.toInstant(ZoneOffset.UTC));
  }

  @Test
  void shouldReturnTheExistingRecordAndWriteNothingWhenTheSameTaskRunsAgain() {
    SupervisionRecordView first = service.record(supervision("pi-1", "ai-1", "URGE", NOTE));
    entityManager.clear();

    // the retry of a task whose complete was lost; even different values change nothing
    SupervisionRecordView second = service.record(supervision("pi-1", "ai-1", "INTERVIEW", "另一条说明"));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.action()).isEqualTo(SupervisionAction.URGE);
    assertThat(second.note()).isEqualTo(NOTE);
    assertThat(records.count()).isEqualTo(1);
  }

  @Test
  void shouldRecordEachSupervisionTaskOfAnInstanceSeparately() {
    service.record(supervision("pi-1", "ai-1", "URGE", NOTE));
    service.record(supervision("pi-1", "ai-2", "RECORD", NOTE));
    service.record(supervision("pi-2", "ai-1", "INTERVIEW", NOTE));

    assertThat(records.count()).isEqualTo(3);
  }

  @Test
  void shouldRejectAnUnknownActionAndWriteNothing() {
    assertThatThrownBy(() -> service.record(supervision("pi-1", "ai-1", "IGNORE", NOTE)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("督办方式必须为")
        .hasMessageContaining("URGE（督促办理）、INTERVIEW（约谈负责人）、RECORD（记录在案）")
        .hasMessageContaining("supervision action must be URGE, INTERVIEW or RECORD: IGNORE");
    assertThatThrownBy(() -> service.record(supervision("pi-1", "ai-1", null, NOTE)))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> service.record(supervision("pi-1", "ai-1", "urge", NOTE)))
        .isInstanceOf(InvalidRequestException.class);

    assertThat(records.count()).isZero();
  }

  @Test
  void shouldRejectAMissingOrTooLongNoteAndWriteNothing() {
    assertThatThrownBy(() -> service.record(supervision("pi-1", "ai-1", "URGE", "   ")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("督办情况必填")
        .hasMessageContaining("supervision note is required");
    assertThatThrownBy(() -> service.record(supervision("pi-1", "ai-1", "URGE", null)))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> service.record(supervision("pi-1", "ai-1", "URGE", StringUtils.repeat('督', 501))))
        .isInstanceOf(InvalidRequestException.class);
    // 499 characters plus 𠮷 are 500 code points but 501 UTF-16 units: more than H2's VARCHAR(500) holds
    assertThatThrownBy(() -> service.record(supervision("pi-1", "ai-1", "URGE", StringUtils.repeat('督', 499) + "𠮷")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("𠮷");

    assertThat(records.count()).isZero();
  }

  @Test
  void shouldRejectAMissingOverdueActivityAndWriteNothing() {
    NewSupervision s = new NewSupervision("pi-1", "ai-1", "CatalogApproval", null, " ", null, "URGE", NOTE, null);

    assertThatThrownBy(() -> service.record(s))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("overdue activity is required");
    assertThat(records.count()).isZero();
  }

  @Test
  void shouldKeepChineseTextWithRareCharactersIntact() {
    String note = "约谈𠮷祥社会工作服务中心负责人吉𠮷，责令限期整改。";
    String longest = StringUtils.repeat('督', 498) + "𠮷"; // exactly 500 UTF-16 units
    NewSupervision s = new NewSupervision("pi-1", "ai-1", "CatalogApproval", "业务-𠮷", "Task_ApproveCatalog",
        "𠮷祥区2026年度养老服务目录", "INTERVIEW", note, "吉𠮷");

    long id = service.record(s).id();
    long longestId = service.record(supervision("pi-1", "ai-2", "RECORD", longest)).id();

    SupervisionRecordView read = reread(id);
    assertThat(read.note()).isEqualTo(note);
    assertThat(read.subject()).isEqualTo("𠮷祥区2026年度养老服务目录");
    assertThat(read.businessKey()).isEqualTo("业务-𠮷");
    assertThat(read.supervisor()).isEqualTo("吉𠮷");
    assertThat(read.actionLabel()).isEqualTo("约谈负责人");
    assertThat(reread(longestId).note()).isEqualTo(longest);
  }

  @Test
  void shouldKeepOneRowPerTaskEvenWithoutTheServiceCheck() {
    // two workers that pass the look-up at the same moment: the schema refuses the second row
    records.saveAndFlush(row("pi-1", "ai-1", "CatalogApproval", LocalDateTime.of(2026, 3, 2, 1, 0)));

    assertThatThrownBy(() -> records.saveAndFlush(row("pi-1", "ai-1", "CatalogApproval",
        LocalDateTime.of(2026, 3, 2, 1, 0))))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void shouldListNewestFirstByProcessAndChinaStandardTimeDays() {
    // UTC times; China Standard Time is UTC+8
    records.save(row("pi-1", "ai-1", "CatalogApproval", LocalDateTime.of(2026, 2, 28, 15, 59))); // 2-28 23:59 CST
    records.save(row("pi-2", "ai-1", "CatalogApproval", LocalDateTime.of(2026, 2, 28, 16, 0))); // 3-1 00:00 CST
    records.save(row("pi-3", "ai-1", "PurchasePlan", LocalDateTime.of(2026, 3, 10, 2, 0)));
    records.save(row("pi-4", "ai-1", "CatalogApproval", LocalDateTime.of(2026, 3, 31, 15, 59))); // 3-31 23:59 CST
    records.save(row("pi-5", "ai-1", "CatalogApproval", LocalDateTime.of(2026, 3, 31, 16, 0))); // 4-1 00:00 CST
    records.flush();

    Page<SupervisionRecordView> march = service.search("CatalogApproval",
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 0, 20);
    assertThat(march.getContent()).extracting(SupervisionRecordView::processInstanceId)
        .containsExactly("pi-4", "pi-2");

    Page<SupervisionRecordView> all = service.search(" ", null, null, 0, 2);
    assertThat(all.getTotalElements()).isEqualTo(5);
    assertThat(all.getTotalPages()).isEqualTo(3);
    assertThat(all.getContent()).extracting(SupervisionRecordView::processInstanceId)
        .containsExactly("pi-5", "pi-4");
    assertThat(service.search(null, null, null, 2, 2).getContent())
        .extracting(SupervisionRecordView::processInstanceId).containsExactly("pi-1");

    assertThat(service.search(null, LocalDate.of(2026, 3, 10), null, 0, 20).getContent())
        .extracting(SupervisionRecordView::processInstanceId).containsExactly("pi-5", "pi-4", "pi-3");
  }

  @Test
  void shouldRejectABadQuery() {
    assertThatThrownBy(() -> service.search(null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), 0, 20))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("from must not be after to");
    assertThatThrownBy(() -> service.search(null, null, null, 0, 101))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> service.search(null, null, null, 0, 0))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> service.search(null, null, null, -1, 20))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void shouldSayWhenARecordDoesNotExist() {
    assertThatThrownBy(() -> service.find(424242L))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("督办记录不存在：424242 / no supervision record 424242");
  }

  /** Reads the row back from the database, not from the persistence context. */
  private SupervisionRecordView reread(long id) {
    entityManager.flush();
    entityManager.clear();
    return service.find(id);
  }

  private static NewSupervision supervision(String processInstanceId, String activityInstanceId, String action,
      String note) {
    return new NewSupervision(processInstanceId, activityInstanceId, "CatalogApproval", "CAT-2026-1",
        "Task_DraftCatalog", "2026年度政府购买服务目录", action, note, "jianchaju");
  }

  private static SupervisionRecord row(String processInstanceId, String activityInstanceId, String key,
      LocalDateTime utc) {
    return new SupervisionRecord(processInstanceId, activityInstanceId, key, null, "Task_DraftCatalog", null,
        SupervisionAction.RECORD, NOTE, null, utc);
  }
}
