package org.ccbench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.testsupport.Refusals.error;
import static org.ccbench.testsupport.Refusals.validationErrors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Versioned scoring profiles on the real database: the default, new versions, staleness, validation and access. */
@DemoPortalTest
class ScoringProfileServiceTest {

    static final String ADMIN = "admin@ccbench.example";
    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final String VENDOR = "vendor@callcenter-delta.example";

    @Autowired
    ScoringProfileService service;

    @Autowired
    ScoringProfiles lookup;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long defaultId;

    @BeforeEach
    @AfterEach
    void onlyTheShippedDefault() {
        ProfileTables.reset(dsl);
        defaultId = ProfileTables.defaultProfileId(dsl);
    }

    @Test
    void theMigrationShipsCustomerFirstAsThePortalDefault() {
        assertThat(as(VENDOR, () -> service.current(defaultId))).isEqualTo(ScoringProfile.CUSTOMER_FIRST);
        PinnedProfile pinned = as(SOURCING, () -> lookup.portalDefault());
        assertThat(pinned.profile()).isEqualTo(ScoringProfile.CUSTOMER_FIRST);
        assertThat(pinned.versionNumber()).isOne();
        assertThat(as(ADMIN, () -> service.list())).filteredOn(ProfileSummary::portalWide)
                .extracting(ProfileSummary::name, ProfileSummary::portalWide, ProfileSummary::currentVersion,
                        ProfileSummary::changedBy)
                .containsExactly(tuple("customer-first", true, 1, "ccbench"));
    }

    @Test
    void aNewVersionLeavesTheOldOneAsItWas() {
        ProfileVersion first = as(ADMIN, () -> service.details(service.list().getFirst().currentVersionId()));
        List<ProfileLine> lines = change(first.lines(), Kpi.FCR, line -> line.withTarget(null, null)
                .withWeight(new BigDecimal("30")));
        lines.add(ProfileLine.weighted(Kpi.ASA, BigDecimal.ZERO).withTarget(new BigDecimal("60"), new BigDecimal("20")));

        ProfileVersion second = as(ADMIN, () -> service.saveNewVersion(defaultId, lines, new BigDecimal("0.5"),
                new BigDecimal("0.8"), " Contact reasons matter more ", 1));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("Contact reasons matter more");
        assertThat(as(VENDOR, () -> service.version(first.id()))).as("version 1 unchanged")
                .isEqualTo(ScoringProfile.CUSTOMER_FIRST);
        ScoringProfile current = as(VENDOR, () -> service.current(defaultId));
        assertThat(current.qualityWeights()).containsEntry(Kpi.FCR, Rational.of(30)).containsEntry(Kpi.ASA,
                Rational.ZERO);
        assertThat(current.target(Kpi.ASA)).isEqualTo(new TargetScore(Rational.of(60), Rational.of(20),
                Kpi.ASA.direction()));
        assertThat(current.alpha()).isEqualTo(Rational.of(1, 2));
        assertThat(current.minWeightCoverage()).isEqualTo(Rational.of(4, 5));
        assertThat(as(SOURCING, () -> lookup.pinned(second.id()))).extracting(PinnedProfile::versionNumber,
                PinnedProfile::profileName).containsExactly(2, "customer-first");
        assertThat(as(ADMIN, () -> service.history(defaultId))).extracting(VersionSummary::number,
                VersionSummary::createdBy).containsExactly(tuple(2, ADMIN), tuple(1, "ccbench"));
        assertThat(as(ADMIN, () -> service.list()).getFirst().currentVersion()).isEqualTo(2);
        assertThat(auditLog.of(ScoringProfileService.SUBJECT, defaultId)).extracting(AuditEvent::action,
                AuditEvent::detail).containsExactly(tuple("SCORING_PROFILE_VERSION_SAVED",
                "version 2: Contact reasons matter more"));
    }

    @Test
    void aVersionBasedOnAnOlderCurrentVersionIsRefused() {
        List<ProfileLine> lines = as(ADMIN, () -> service.details(service.list().getFirst().currentVersionId()))
                .lines();
        as(ADMIN, () -> service.saveNewVersion(defaultId, lines, BigDecimal.ONE, BigDecimal.ONE, "mine", 1));

        assertThatThrownBy(() -> as(ADMIN, () -> service.saveNewVersion(defaultId, lines, BigDecimal.ZERO,
                BigDecimal.ONE, "theirs, based on version 1", 1))).isInstanceOf(StaleDataException.class);
        assertThat(as(ADMIN, () -> service.history(defaultId))).extracting(VersionSummary::reason)
                .containsExactly("mine", "The portal's default profile (SCORING.md §3.1–§3.3)");
    }

    static Stream<Arguments> invalidVersions() {
        return Stream.of(
                invalid("a negative weight", lines -> change(lines, Kpi.FCR, line -> line.withWeight(new BigDecimal("-1"))),
                        error("weight.FCR", "profile.error.negativeWeight")),
                invalid("no positive quality weight", lines -> new ArrayList<>(lines.stream()
                                .map(line -> line.kpi() == Kpi.CPC ? line : line.withWeight(new BigDecimal("0"))).toList()),
                        error("qualityWeights", "profile.error.noQualityWeight")),
                invalid("no positive cost weight", lines -> change(lines, Kpi.CPC, line -> line.withWeight(new BigDecimal("0"))),
                        error("costWeights", "profile.error.noCostWeight")),
                invalid("WAGE in C", lines -> add(lines, new ProfileLine(Kpi.WAGE, ScoringIndex.COST,
                        BigDecimal.ZERO, null, null)), error("index.WAGE", "profile.error.wageNotCost")),
                invalid("a cost KPI in Q", lines -> add(lines, new ProfileLine(Kpi.CPH, ScoringIndex.QUALITY,
                        BigDecimal.TEN, null, null)), error("index.CPH", "profile.error.costOnlyInC")),
                invalid("a quality KPI in C", lines -> add(lines, new ProfileLine(Kpi.ABN, ScoringIndex.COST,
                        BigDecimal.TEN, null, null)), error("index.ABN", "profile.error.qualityOnlyInQ")),
                invalid("a KPI twice", lines -> add(lines, ProfileLine.weighted(Kpi.SL, BigDecimal.ONE)),
                        error("index.SL", "profile.error.twice")),
                invalid("a weight on a neutral KPI", lines -> add(lines, ProfileLine.weighted(Kpi.OCC,
                        BigDecimal.ONE)), error("weight.OCC", "profile.error.neutral")),
                invalid("a floor without a target", lines -> change(lines, Kpi.SL,
                        line -> line.withTarget(new BigDecimal("70"), null)),
                        error("target.SL", "profile.error.floorAndTarget")),
                invalid("a target below the floor where higher is better", lines -> change(lines, Kpi.SL,
                        line -> line.withTarget(new BigDecimal("90"), new BigDecimal("70"))),
                        error("target.SL", "profile.error.targetAbove")),
                invalid("a target above the floor where lower is better", lines -> change(lines, Kpi.AHT,
                        line -> line.withTarget(new BigDecimal("300"), new BigDecimal("420"))),
                        error("target.AHT", "profile.error.targetBelow")),
                invalid("a target equal to the floor", lines -> change(lines, Kpi.AHT,
                        line -> line.withTarget(new BigDecimal("300"), new BigDecimal("300.0"))),
                        error("target.AHT", "profile.error.targetEqualsFloor")),
                invalid("too many decimals", lines -> change(lines, Kpi.FCR, line -> line.withWeight(new BigDecimal("1.00001"))),
                        error("weight.FCR", "profile.error.weightDigits")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVersions")
    void anInvalidLineIsAFieldErrorAndNothingIsSaved(UnaryOperator<List<ProfileLine>> edit, FieldError expected) {
        List<ProfileLine> lines = edit.apply(new ArrayList<>(as(ADMIN,
                () -> service.details(service.list().getFirst().currentVersionId())).lines()));

        assertThat(validationErrors(() -> as(ADMIN, () -> service.saveNewVersion(defaultId, lines,
                new BigDecimal("0.6"), new BigDecimal("0.75"), "A change", 1)))).containsExactly(expected);
        assertThat(as(ADMIN, () -> service.history(defaultId))).hasSize(1);
    }

    @Test
    void alphaCoverageAndAReasonAreChecked() {
        List<ProfileLine> lines = as(ADMIN, () -> service.details(service.list().getFirst().currentVersionId()))
                .lines();
        assertThat(validationErrors(() -> as(ADMIN, () -> service.saveNewVersion(defaultId, lines,
                new BigDecimal("1.2"), BigDecimal.ZERO, " ", 1)))).containsExactlyInAnyOrder(
                error("alpha", "profile.error.alphaRange"), error("coverage", "profile.error.coverageRange"),
                error("reason", "validation.required"));
        assertThat(validationErrors(() -> as(ADMIN, () -> service.saveNewVersion(defaultId, lines,
                new BigDecimal("-0.1"), new BigDecimal("1.01"), "x", 1)))).containsExactlyInAnyOrder(
                error("alpha", "profile.error.alphaRange"), error("coverage", "profile.error.coverageRange"));
        assertThat(validationErrors(() -> as(ADMIN, () -> service.saveNewVersion(defaultId, lines, null, null,
                "x", 1)))).containsExactlyInAnyOrder(error("alpha", "validation.required"),
                error("coverage", "validation.required"));
        as(ADMIN, () -> service.saveNewVersion(defaultId, lines, BigDecimal.ZERO, BigDecimal.ONE, "the edges", 1));
        assertThat(as(ADMIN, () -> service.current(defaultId)).alpha()).isEqualTo(Rational.ZERO);
    }

    @Test
    void aNewProfileCopiesTheDefaultsCurrentVersionAndIsOfferedToItsClientOnly() {
        List<ProfileLine> lines = change(as(ADMIN, () -> service.details(service.list().getFirst()
                .currentVersionId())).lines(), Kpi.CSAT, line -> line.withWeight(new BigDecimal("40")));
        as(ADMIN, () -> service.saveNewVersion(defaultId, lines, new BigDecimal("0.7"), new BigDecimal("0.75"),
                "More CSAT", 1));
        long noordzee = ProfileTables.organisationId(dsl, "Noordzee Energie");

        ProfileSummary created = as(ADMIN, () -> service.create("  Noordzee contracts ", noordzee));

        assertThat(created).extracting(ProfileSummary::name, ProfileSummary::clientName,
                ProfileSummary::currentVersion).containsExactly("Noordzee contracts", "Noordzee Energie", 1);
        assertThat(as(SOURCING, () -> service.current(created.id())))
                .isEqualTo(as(SOURCING, () -> service.current(defaultId)));
        assertThat(as(SOURCING, () -> lookup.choicesFor(noordzee))).extracting(ProfileSummary::name)
                .as("the portal default, the demo's own and the new one")
                .containsExactly("customer-first", "Noordzee Energie contracts", "Noordzee contracts");
        long other = ProfileTables.organisationId(dsl, "Callcenter Delta");
        assertThat(as(ADMIN, () -> lookup.choicesFor(other))).extracting(ProfileSummary::name)
                .containsExactly("customer-first");
        assertThatThrownBy(() -> as(SOURCING, () -> lookup.choicesFor(other)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(auditLog.of(ScoringProfileService.SUBJECT, created.id())).extracting(AuditEvent::action)
                .containsExactly("SCORING_PROFILE_CREATED");
        assertThat(validationErrors(() -> as(ADMIN, () -> service.create("NOORDZEE CONTRACTS", other))))
                .containsExactlyInAnyOrder(error("name", "validation.duplicateName"),
                        error("client", "profile.error.client"));
        assertThat(validationErrors(() -> as(ADMIN, () -> service.create(" ", null))))
                .containsExactly(error("name", "validation.required"));
    }

    @Test
    void onlyTheAdministratorChangesProfilesAndOnlyResultReadersReadThem() {
        List<ProfileLine> lines = as(ADMIN, () -> service.details(service.list().getFirst().currentVersionId()))
                .lines();
        assertThatThrownBy(() -> as(SOURCING, () -> service.saveNewVersion(defaultId, lines, BigDecimal.ONE,
                BigDecimal.ONE, "mine", 1))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(SOURCING, () -> service.create("Mine", null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(VENDOR, () -> service.list())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(as(ADMIN, () -> service.history(defaultId))).hasSize(1);
    }

    private static Arguments invalid(String name, UnaryOperator<List<ProfileLine>> edit, FieldError expected) {
        return Arguments.of(Named.of(name, edit), expected);
    }

    private static List<ProfileLine> change(List<ProfileLine> lines, Kpi kpi, UnaryOperator<ProfileLine> edit) {
        List<ProfileLine> changed = new ArrayList<>();
        lines.forEach(line -> changed.add(line.kpi() == kpi ? edit.apply(line) : line));
        return changed;
    }

    private static List<ProfileLine> add(List<ProfileLine> lines, ProfileLine line) {
        List<ProfileLine> added = new ArrayList<>(lines);
        added.add(line);
        return added;
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
