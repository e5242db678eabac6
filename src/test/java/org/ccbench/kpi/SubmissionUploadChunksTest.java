package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.AUDIT_EVENT;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.ccbench.organisation.Channel;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upload checks and stores in chunks: the result does not depend on where the chunks end, one bad row at the
 * end undoes the chunks already stored, a unit-month repeated in a later chunk is found, and the stored months are
 * exactly what the form would store.
 */
@ServiceIntegrationTest
class SubmissionUploadChunksTest {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    static final int UNITS = 5;

    @Autowired
    SubmissionUploadService uploads;

    @Autowired
    SubmissionService submissions;

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path folder;

    World world;
    List<Long> units = new ArrayList<>();

    @BeforeEach
    void world() {
        KpiTables.empty(dsl);
        world = data.freshWorld();
        World.Client client = world.clientA();
        for (int i = 1; i <= UNITS; i++) {
            units.add(data.contract(client.id(), client.mainCenterId(), world.vendorA().id(), "Chunk contract " + i,
                    EnumSet.of(Channel.PHONE)));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 5, 6})
    void whereTheChunksEndChangesNothing(int chunkRows) throws IOException {
        Path file = csv(units.stream().map(unit -> row(unit, LAST_MONTH, phoneMonth())).toList());

        assertThat(upload(file, false, chunkRows)).isEqualTo(UNITS);

        for (long unit : units) {
            Submission draft = as(() -> submissions.find(unit, LAST_MONTH)).orElseThrow();
            assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
            assertThat(draft.version()).isOne();
            assertThat(draft.revisions()).singleElement().satisfies(revision -> {
                assertThat(revision.number()).isOne();
                assertThat(revision.values()).isEqualTo(phoneMonth());
                assertThat(revision.parameters()).isNotEmpty();
            });
        }
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("DRAFT_SAVED"))).isEqualTo(UNITS);
    }

    @Test
    void oneBadRowAtTheEndUndoesTheChunksAlreadyStored() throws IOException {
        List<String> rows = new ArrayList<>(units.stream().map(unit -> row(unit, LAST_MONTH, phoneMonth())).toList());
        Map<InputKey, BigDecimal> bad = phoneMonth();
        bad.put(InputKey.of("complaints"), new BigDecimal("-3"));
        rows.set(UNITS - 1, row(units.getLast(), LAST_MONTH, bad));
        Path file = csv(rows);

        assertThatThrownBy(() -> upload(file, false, 2))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::messageKey)
                        .containsExactly(tuple(UNITS + 1, "kpi.error.negative")));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).as("nothing stored").isZero();
        assertThat(dsl.fetchCount(AUDIT_EVENT)).as("nothing audited").isZero();
    }

    @Test
    void aUnitMonthRepeatedInALaterChunkIsFound() throws IOException {
        List<String> rows = new ArrayList<>(units.stream().map(unit -> row(unit, LAST_MONTH, phoneMonth())).toList());
        rows.add(row(units.getFirst(), LAST_MONTH, phoneMonth()));
        Path file = csv(rows);

        assertThatThrownBy(() -> upload(file, false, 2))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::messageKey)
                        .containsExactly(tuple(UNITS + 2, "kpi.upload.error.duplicate")));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).isZero();
    }

    @Test
    void aThousandProblemsAreListedAndTheRestCounted() throws IOException {
        StringBuilder csv = new StringBuilder("unit_id;unit;month");
        for (int i = 0; i < 300; i++) {
            csv.append(";not_an_input_").append(i);
        }
        csv.append('\n');
        for (long unit : units) {
            csv.append(unit).append(";x;").append(LAST_MONTH);
            csv.append(";1".repeat(300)).append('\n');
        }
        Path file = folder.resolve("many.csv");
        Files.writeString(file, csv);

        assertThatThrownBy(() -> upload(file, false, 2))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.total()).isEqualTo(UNITS * 300);
                    assertThat(e.problems()).hasSize(UploadRun.MAX_PROBLEMS + 1);
                    assertThat(e.problems().getLast()).isEqualTo(UploadProblem.at("", 0, "",
                            "kpi.upload.error.more", UNITS * 300 - UploadRun.MAX_PROBLEMS));
                });
    }

    @Test
    void theUploadStoresExactlyWhatTheFormWould() throws IOException {
        long uploadedDraft = units.get(0);
        long formDraft = units.get(1);
        long uploadedSubmit = units.get(2);
        long formSubmit = units.get(3);
        Map<InputKey, BigDecimal> values = phoneMonth();
        as(() -> submissions.saveDraft(formDraft, LAST_MONTH, values));
        as(() -> {
            submissions.saveDraft(formSubmit, LAST_MONTH, values);
            return submissions.submit(formSubmit, LAST_MONTH, null);
        });

        assertThat(upload(csv(List.of(row(uploadedDraft, LAST_MONTH, values))), false, 2)).isOne();
        assertThat(upload(csv(List.of(row(uploadedSubmit, LAST_MONTH, values))), true, 2)).isOne();

        assertSameAsForm(uploadedDraft, formDraft);
        assertSameAsForm(uploadedSubmit, formSubmit);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 500})
    void theTemplateHoldsEachMonthsLatestRevisionWhereverItsQueriesEnd(int unitsPerQuery) {
        Map<InputKey, BigDecimal> first = phoneMonth();
        Map<InputKey, BigDecimal> fixed = phoneMonth();
        fixed.put(InputKey.of("complaints"), new BigDecimal("42"));
        long returned = units.get(0);
        as(() -> {
            submissions.saveDraft(returned, LAST_MONTH, first);
            return submissions.submit(returned, LAST_MONTH, null);
        });
        int version = as(() -> submissions.find(returned, LAST_MONTH)).orElseThrow().version();
        SignIn.as(world.clientA().sourcingManager(),
                () -> submissions.returnForChanges(returned, LAST_MONTH, version, "complaints look low"));
        as(() -> submissions.saveDraft(returned, LAST_MONTH, fixed));
        long earlier = units.get(2);
        as(() -> submissions.saveDraft(earlier, LAST_MONTH.minusMonths(1), first));
        long othersUnit = data.contract(world.clientB().id(), world.clientB().mainCenterId(), world.vendorB().id(),
                "Another vendor's contract", EnumSet.of(Channel.PHONE));
        SignIn.as(world.vendorB().user(), () -> submissions.saveDraft(othersUnit, LAST_MONTH, first));

        SubmissionTemplate template = as(() -> uploads.template(null, LAST_MONTH.minusMonths(1), LAST_MONTH,
                Locale.ENGLISH, unitsPerQuery));

        assertThat(template.rows()).extracting(SubmissionTemplate.Row::unitId).doesNotContain(othersUnit)
                .hasSize(2 * as(() -> uploads.units()).size());
        Set<String> definitions = template.columns().stream().filter(SubmissionTemplate.Column::definition)
                .map(SubmissionTemplate.Column::field).collect(Collectors.toSet());
        for (SubmissionTemplate.Row row : template.rows()) {
            Map<InputKey, BigDecimal> expected = row.unitId() == returned && row.month().equals(LAST_MONTH) ? fixed
                    : row.unitId() == earlier && row.month().equals(LAST_MONTH.minusMonths(1)) ? first : Map.of();
            Map<String, BigDecimal> inputs = new java.util.HashMap<>(row.values());
            inputs.keySet().removeAll(definitions);
            assertThat(inputs).as("unit %d in %s", row.unitId(), row.month()).isEqualTo(expected.entrySet().stream()
                    .collect(Collectors.toMap(entry -> entry.getKey().field(), Map.Entry::getValue)));
        }
    }

    @Test
    void aReturnedMonthGetsANewRevisionAsInTheForm() throws IOException {
        long uploaded = units.get(0);
        long form = units.get(1);
        Map<InputKey, BigDecimal> first = phoneMonth();
        for (long unit : List.of(uploaded, form)) {
            as(() -> {
                submissions.saveDraft(unit, LAST_MONTH, first);
                return submissions.submit(unit, LAST_MONTH, null);
            });
            int version = as(() -> submissions.find(unit, LAST_MONTH)).orElseThrow().version();
            SignIn.as(world.clientA().sourcingManager(),
                    () -> submissions.returnForChanges(unit, LAST_MONTH, version, "complaints look low"));
        }
        Map<InputKey, BigDecimal> fixed = phoneMonth();
        fixed.put(InputKey.of("complaints"), new BigDecimal("42"));

        as(() -> submissions.saveDraft(form, LAST_MONTH, fixed));
        assertThat(upload(csv(List.of(row(uploaded, LAST_MONTH, fixed))), false, 1)).isOne();

        assertSameAsForm(uploaded, form);
        assertThat(as(() -> submissions.find(uploaded, LAST_MONTH)).orElseThrow().revisions())
                .extracting(Revision::number, Revision::status)
                .containsExactly(tuple(1, RevisionStatus.RETURNED), tuple(2, RevisionStatus.DRAFT));
    }

    /**
     * A batched upload with submit over months in every state, two to a chunk: each month keeps its whole history.
     * A returned revision and an approved one stay as they were; a correction's reason goes on to the revision that
     * continues it; every event names the revision, the file and the unit's client.
     */
    @Test
    void aBatchedUploadOverMonthsInEveryStateKeepsEachMonthsHistory() throws IOException {
        long fresh = units.get(0);
        long draft = units.get(1);
        long returned = units.get(2);
        long correction = units.get(3);
        long returnedCorrection = units.get(4);
        Map<InputKey, BigDecimal> first = phoneMonth();
        as(() -> submissions.saveDraft(draft, LAST_MONTH, first));
        submitted(returned, first);
        returned(returned);
        submitted(correction, first);
        approved(correction);
        as(() -> submissions.requestCorrection(correction, LAST_MONTH, "complaints were counted twice"));
        submitted(returnedCorrection, first);
        approved(returnedCorrection);
        as(() -> submissions.requestCorrection(returnedCorrection, LAST_MONTH, "offered calls were low"));
        as(() -> submissions.submit(returnedCorrection, LAST_MONTH, null));
        returned(returnedCorrection);
        Map<InputKey, BigDecimal> fixed = phoneMonth();
        fixed.put(InputKey.of("complaints"), new BigDecimal("42"));
        Path file = csv(units.stream().map(unit -> row(unit, LAST_MONTH, fixed)).toList());
        String name = file.getFileName().toString();
        String values = fixed.size() + " values";

        assertThat(upload(file, true, 2)).isEqualTo(UNITS);

        assertThat(history(fresh)).containsExactly(tuple(1, RevisionStatus.SUBMITTED, null, fixed));
        assertThat(history(draft)).containsExactly(tuple(1, RevisionStatus.SUBMITTED, null, fixed));
        assertThat(history(returned)).containsExactly(tuple(1, RevisionStatus.RETURNED, null, first),
                tuple(2, RevisionStatus.SUBMITTED, null, fixed));
        assertThat(history(correction)).containsExactly(tuple(1, RevisionStatus.APPROVED, null, first),
                tuple(2, RevisionStatus.SUBMITTED, "complaints were counted twice", fixed));
        assertThat(history(returnedCorrection)).containsExactly(tuple(1, RevisionStatus.APPROVED, null, first),
                tuple(2, RevisionStatus.RETURNED, "offered calls were low", first),
                tuple(3, RevisionStatus.SUBMITTED, "offered calls were low", fixed));
        for (long unit : units) {
            Submission month = as(() -> submissions.find(unit, LAST_MONTH)).orElseThrow();
            assertThat(month.status()).isEqualTo(SubmissionStatus.SUBMITTED);
            assertThat(month.approved().map(Revision::number))
                    .isEqualTo(unit == correction || unit == returnedCorrection ? Optional.of(1)
                            : Optional.empty());
        }

        long client = world.clientA().id();
        assertThat(uploadEvents(fresh)).containsExactly(
                tuple("DRAFT_SAVED", "revision 1, " + values + ", upload " + name, client),
                tuple("SUBMITTED", "revision 1, upload " + name, client));
        assertThat(uploadEvents(draft)).containsExactly(
                tuple("DRAFT_SAVED", "revision 1, " + values + ", upload " + name, client),
                tuple("SUBMITTED", "revision 1, upload " + name, client));
        assertThat(uploadEvents(returned)).containsExactly(
                tuple("DRAFT_SAVED", "revision 2, " + values + ", upload " + name, client),
                tuple("SUBMITTED", "revision 2, upload " + name, client));
        assertThat(uploadEvents(correction)).containsExactly(
                tuple("DRAFT_SAVED", "revision 2, " + values + ", upload " + name, client),
                tuple("SUBMITTED", "revision 2, upload " + name, client));
        assertThat(uploadEvents(returnedCorrection)).containsExactly(
                tuple("DRAFT_SAVED", "revision 3, " + values + ", upload " + name, client),
                tuple("SUBMITTED", "revision 3, upload " + name, client));
        assertThat(actions(monthId(returnedCorrection))).containsExactly("DRAFT_SAVED", "SUBMITTED", "APPROVED",
                "CORRECTION_STARTED", "SUBMITTED", "RETURNED", "DRAFT_SAVED", "SUBMITTED");
    }

    private void submitted(long unit, Map<InputKey, BigDecimal> values) {
        as(() -> {
            submissions.saveDraft(unit, LAST_MONTH, values);
            return submissions.submit(unit, LAST_MONTH, null);
        });
    }

    private void approved(long unit) {
        int version = as(() -> submissions.find(unit, LAST_MONTH)).orElseThrow().version();
        SignIn.as(world.clientA().sourcingManager(), () -> submissions.approve(unit, LAST_MONTH, version));
    }

    private void returned(long unit) {
        int version = as(() -> submissions.find(unit, LAST_MONTH)).orElseThrow().version();
        SignIn.as(world.clientA().sourcingManager(),
                () -> submissions.returnForChanges(unit, LAST_MONTH, version, "please check"));
    }

    private List<Tuple> history(long unit) {
        return as(() -> submissions.find(unit, LAST_MONTH)).orElseThrow().revisions().stream()
                .map(revision -> tuple(revision.number(), revision.status(), revision.correctionReason(),
                        revision.values()))
                .toList();
    }

    private long monthId(long unit) {
        return as(() -> submissions.find(unit, LAST_MONTH)).orElseThrow().id();
    }

    /** The month's events that name an upload: action, detail and organisation. */
    private List<Tuple> uploadEvents(long unit) {
        return dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAIL, AUDIT_EVENT.ORGANISATION_ID).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_TYPE.eq(SubmissionService.SUBJECT), AUDIT_EVENT.SUBJECT_ID.eq(monthId(unit)),
                        AUDIT_EVENT.DETAIL.contains(", upload "))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(row -> tuple(row.value1(), row.value2(), row.value3()));
    }

    private void assertSameAsForm(long uploaded, long form) {
        Submission byUpload = as(() -> submissions.find(uploaded, LAST_MONTH)).orElseThrow();
        Submission byForm = as(() -> submissions.find(form, LAST_MONTH)).orElseThrow();
        assertThat(byUpload.status()).isEqualTo(byForm.status());
        assertThat(byUpload.version()).isEqualTo(byForm.version());
        assertThat(byUpload.revisions()).extracting(Revision::number, Revision::status, Revision::catalogueVersion,
                        Revision::correctionReason, Revision::warningComment, Revision::values, Revision::parameters,
                        revision -> revision.submittedBy() != null)
                .containsExactlyElementsOf(byForm.revisions().stream().map(revision -> tuple(revision.number(),
                        revision.status(), revision.catalogueVersion(), revision.correctionReason(),
                        revision.warningComment(), revision.values(), revision.parameters(),
                        revision.submittedBy() != null)).toList());
        assertThat(actions(byUpload.id())).isEqualTo(actions(byForm.id()));
    }

    private List<String> actions(long submissionId) {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_TYPE.eq(SubmissionService.SUBJECT), AUDIT_EVENT.SUBJECT_ID.eq(submissionId))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }

    private static Map<InputKey, BigDecimal> phoneMonth() {
        return KpiMonths.forChannels(Set.of("phone"));
    }

    private static String row(long unit, YearMonth month, Map<InputKey, BigDecimal> values) {
        return unit + ";x;" + month + ";" + FIELDS.stream().map(field -> values.entrySet().stream()
                .filter(entry -> entry.getKey().field().equals(field)).map(entry -> entry.getValue().toPlainString())
                .findFirst().orElse("")).collect(Collectors.joining(";"));
    }

    private static final List<String> FIELDS = phoneMonth().keySet().stream().map(InputKey::field).toList();

    private Path csv(List<String> rows) throws IOException {
        Path file = Files.createTempFile(folder, "upload-", ".csv");
        Files.writeString(file, "unit_id;unit;month;" + String.join(";", FIELDS) + "\n" + String.join("\n", rows)
                + "\n");
        return file;
    }

    private int upload(Path file, boolean submit, int chunkRows) {
        return as(() -> transaction.execute(status -> uploads.upload(file, file.getFileName().toString(), submit,
                Locale.ENGLISH, chunkRows)));
    }

    private <T> T as(Supplier<T> action) {
        return SignIn.as(world.vendorA().user(), action);
    }
}
