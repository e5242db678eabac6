package org.ccbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.AUDIT_EVENT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log is append-only: no code of the portal updates or deletes an event, and the database refuses it
 * whoever asks (a trigger on H2 and on PostgreSQL).
 */
@ServiceIntegrationTest
class AuditAppendOnlyTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** Writing SQL that would change or remove events, in jOOQ or as text. */
    private static final Pattern CHANGES_EVENTS = Pattern.compile("(?is)(update|deleteFrom|delete|truncate|mergeInto)"
            + "\\s*\\(\\s*AUDIT_EVENT|(update|delete\\s+from|truncate(\\s+table)?|merge\\s+into)\\s+\"?audit_event\\b");

    @Autowired TestData testData;
    @Autowired AuditLog audit;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate transaction;

    World world;

    @BeforeEach
    void oneEvent() {
        world = testData.freshWorld();
        SignIn.as(world.admin());
        transaction.executeWithoutResult(status -> audit.record("TEST_EVENT", "reporting_unit",
                world.clientA().contractWithVendorA(), "kept"));
    }

    @Test
    void theDatabaseRefusesToChangeAnEvent() {
        assertThatThrownBy(() -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.DETAIL, "rewritten").execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(dsl.fetchValue(AUDIT_EVENT.DETAIL, AUDIT_EVENT.ACTION.eq("TEST_EVENT"))).isEqualTo("kept");
    }

    @Test
    void theDatabaseRefusesToDeleteAnEvent() {
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("TEST_EVENT")).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("TEST_EVENT"))).isOne();
    }

    @Test
    void noCodeOfThePortalUpdatesOrDeletesAnEvent() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> CHANGES_EVENTS.matcher(read(file)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("code that changes or removes audit events").isEmpty();
    }

    @Test
    void onlyTheAuditRepositoryTouchesTheTable() throws IOException {
        List<String> users;
        try (Stream<Path> files = Files.walk(MAIN)) {
            users = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("AUDIT_EVENT"))
                    .map(file -> file.getFileName().toString()).toList();
        }
        assertThat(users).containsExactly("AuditRepository.java");
    }

    @Test
    void theGuardFindsWhatItLooksFor() {
        assertThat(CHANGES_EVENTS.matcher("dsl.deleteFrom(AUDIT_EVENT).execute()").find()).isTrue();
        assertThat(CHANGES_EVENTS.matcher("dsl.update( AUDIT_EVENT ).set(…)").find()).isTrue();
        assertThat(CHANGES_EVENTS.matcher("dsl.execute(\"DELETE FROM audit_event\")").find()).isTrue();
        assertThat(CHANGES_EVENTS.matcher("\"truncate table audit_event\"").find()).isTrue();
        assertThat(CHANGES_EVENTS.matcher("dsl.insertInto(AUDIT_EVENT)").find()).isFalse();
        assertThat(CHANGES_EVENTS.matcher("before update or delete on audit_event").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
