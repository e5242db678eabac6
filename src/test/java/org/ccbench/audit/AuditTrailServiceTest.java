package org.ccbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ccbench.audit.AuditTrailService.Format;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading the audit log: every event names its organisation; the administrator filters by organisation, user,
 * action, period and record, page by page; a sourcing manager reads their own organisation's trail and nothing else,
 * whatever the filter asks; exports hold what the filter shows and are themselves recorded.
 */
@ServiceIntegrationTest
class AuditTrailServiceTest {

    @Autowired TestData testData;
    @Autowired AuditLog audit;
    @Autowired AuditTrailService trail;
    @Autowired TransactionTemplate transaction;

    World world;

    @BeforeEach
    void someEvents() {
        world = testData.freshWorld();
        as(world.clientA().sourcingManager(), "CONTRACT_TERMS_SAVED", "contract_terms",
                world.clientA().contractWithVendorA(), "terms of A");
        as(world.vendorA().user(), "SUBMITTED", "reporting_unit", world.clientA().contractWithVendorA(), "A's figures");
        as(world.clientB().sourcingManager(), "CONTRACT_TERMS_SAVED", "contract_terms",
                world.clientB().contractWithVendorA(), "terms of B");
        as(world.vendorA().user(), "SUBMITTED", "reporting_unit", world.clientB().contractWithVendorA(), "B's figures");
        as(world.admin(), "SCORING_PROFILE_CREATED", "some_new_subject", 7, "installation-wide");
    }

    @Test
    void anEventNamesTheOrganisationOfItsSubjectOrElseOfItsActor() {
        SignIn.as(world.admin());
        List<AuditEntry> all = trail.page(AuditFilter.ALL, 0, 50);
        assertThat(all).extracting(AuditEntry::detail, AuditEntry::organisationName).containsExactly(
                tuple("installation-wide", null),
                tuple("B's figures", "Client B"),
                tuple("terms of B", "Client B"),
                tuple("A's figures", "Client A"),
                tuple("terms of A", "Client A"));
    }

    @Test
    void theAdministratorFiltersByOrganisationUserActionPeriodAndRecord() {
        SignIn.as(world.admin());
        assertThat(details(new AuditFilter(world.clientA().id(), null, null, null, null, null, null)))
                .containsExactly("A's figures", "terms of A");
        assertThat(details(new AuditFilter(null, "VENDOR.A@", null, null, null, null, null)))
                .as("part of the user's name, any case").containsExactly("B's figures", "A's figures");
        assertThat(details(new AuditFilter(null, null, "contract_terms_saved", null, null, null, null)))
                .containsExactly("terms of B", "terms of A");
        assertThat(details(new AuditFilter(null, null, null, null, null, "reporting_unit",
                world.clientB().contractWithVendorA()))).containsExactly("B's figures");
        assertThat(details(new AuditFilter(null, null, null, TestClock.TODAY, TestClock.TODAY, null, null)))
                .hasSize(5);
        assertThat(details(new AuditFilter(null, null, null, TestClock.TODAY.plusDays(1), null, null, null)))
                .as("nothing happened after today").isEmpty();
        assertThat(details(new AuditFilter(null, null, null, null, TestClock.TODAY.minusDays(1), null, null)))
                .as("nor before").isEmpty();
    }

    @Test
    void pagesAreCutByTheDatabaseNewestFirst() {
        SignIn.as(world.admin());
        assertThat(trail.page(AuditFilter.ALL, 0, 2)).extracting(AuditEntry::detail)
                .containsExactly("installation-wide", "B's figures");
        assertThat(trail.page(AuditFilter.ALL, 2, 2)).extracting(AuditEntry::detail)
                .containsExactly("terms of B", "A's figures");
        assertThat(trail.page(AuditFilter.ALL, 4, 2)).extracting(AuditEntry::detail).containsExactly("terms of A");
        assertThat(trail.page(AuditFilter.ALL, 0, 100_000)).as("a page holds at most %d", AuditTrailService.MAX_PAGE)
                .hasSize(5);
        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourcingManagerReadsOnlyTheirOwnOrganisationsTrailWhateverTheFilterAsks() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(details(AuditFilter.ALL)).containsExactly("A's figures", "terms of A");
        assertThat(details(new AuditFilter(world.clientB().id(), null, null, null, null, null, null)))
                .as("asking for client B's organisation still gives client A's").containsExactly("A's figures",
                        "terms of A");
        assertThat(details(new AuditFilter(null, null, null, null, null, "reporting_unit",
                world.clientB().contractWithVendorA()))).as("client B's contract by its id").isEmpty();
        assertThat(trail.organisations()).as("no organisations to choose from").isEmpty();
    }

    @Test
    void otherRolesCannotReadTheLog() {
        SignIn.as(world.clientA().centerManager());
        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(world.vendorA().user());
        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.anonymously();
        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCsvExportHoldsTheFilteredEventsAndIsItselfRecorded() {
        SignIn.as(world.clientB().sourcingManager());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = trail.export(new AuditFilter(world.clientA().id(), null, null, null, null, null, null),
                Format.CSV, Locale.ENGLISH, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(written).as("client B's two events and, newest, the export itself").isEqualTo(3);
        assertThat(lines).hasSize(4).first().asString()
                .startsWith("id,occurred_at,actor,origin,organisation_id,organisation,action");
        assertThat(lines.get(1)).contains("AUDIT_EXPORTED");
        assertThat(csv).contains("B's figures", "terms of B").doesNotContain("A's figures", "terms of A");

        SignIn.as(world.admin());
        List<AuditEntry> exports = trail.page(new AuditFilter(null, null, "AUDIT_EXPORTED", null, null, null, null),
                0, 10);
        assertThat(exports).extracting(AuditEntry::actor, AuditEntry::organisationName, AuditEntry::detail)
                .containsExactly(tuple("sourcing@client-b.example", "Client B",
                        "csv organisation=" + world.clientB().id()));
    }

    @Test
    void anXlsxExportHasTranslatedHeadersAndOneRowPerEvent() throws Exception {
        SignIn.as(world.admin());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trail.export(new AuditFilter(null, null, "SUBMITTED", null, null, null, null), Format.XLSX,
                Locale.of("nl"), out);

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Auditlog");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Wanneer");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("B's figures");
            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(TestClock.TODAY);
        }
    }

    @Test
    void aFormulaTypedByAUserIsWrittenAsText() {
        as(world.clientA().sourcingManager(), "CONTRACT_TERMS_SAVED", "contract_terms",
                world.clientA().contractWithVendorA(), "=HYPERLINK(\"http://evil.example\")");
        SignIn.as(world.admin());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trail.export(new AuditFilter(null, null, null, null, null, null, null), Format.CSV, Locale.ENGLISH, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(");
    }

    private List<String> details(AuditFilter filter) {
        return trail.page(filter, 0, 50).stream().map(AuditEntry::detail).toList();
    }

    private void as(org.ccbench.security.SignedInUser user, String action, String subjectType, long subjectId,
                    String detail) {
        SignIn.as(user, () -> transaction.executeWithoutResult(status -> audit.record(action, subjectType, subjectId,
                detail)));
    }
}
