package org.ccbench.testsupport;

import static org.ccbench.db.Tables.API_TOKEN;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;
import static org.ccbench.db.Tables.BENCHMARK_EDITION;
import static org.ccbench.db.Tables.BENCHMARK_EDITION_EXCLUSION;
import static org.ccbench.db.Tables.BENCHMARK_EDITION_OBSERVATION;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;
import static org.ccbench.db.Tables.CAMPAIGN;
import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.CONTRACT_ONE_OFF_COST;
import static org.ccbench.db.Tables.CONTRACT_PRICE_LINE;
import static org.ccbench.db.Tables.CONTRACT_SLA_ITEM;
import static org.ccbench.db.Tables.CONTRACT_TERMS;
import static org.ccbench.db.Tables.DRAFT_ANSWER;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.KPI_DEFINITION;
import static org.ccbench.db.Tables.KPI_PERIOD_SUM;
import static org.ccbench.db.Tables.KPI_REOPENING;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.MAIL_MESSAGE;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;
import static org.ccbench.db.Tables.SCORECARD_DISPUTE;
import static org.ccbench.db.Tables.SCORING_PROFILE;
import static org.ccbench.db.Tables.SCORING_PROFILE_LINE;
import static org.ccbench.db.Tables.SCORING_PROFILE_VERSION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ccbench.organisation.CenterStatus;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.ContactCenterData;
import org.ccbench.organisation.OrganisationData;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.Sector;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.organisation.UserAccountData;
import org.ccbench.organisation.internal.ContactCenterRepository;
import org.ccbench.organisation.internal.OrganisationRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository.UnitValues;
import org.ccbench.organisation.internal.UserRepository;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds test data straight through the repositories (no security checks, no validation) after emptying every
 * table, so each test starts from the same known {@link World}. Tests that need more call the small builders.
 */
@TestComponent
public class TestData {

    /** The password of every user built here. */
    public static final String PASSWORD = "test-password-1234";
    public static final LocalDate CONTRACT_START = LocalDate.of(2025, 1, 1);
    public static final LocalDate CONTRACT_END = LocalDate.of(2027, 12, 31);
    public static final LocalDate IN_HOUSE_START = LocalDate.of(2020, 1, 1);
    private static final String BY = "test";

    private final DSLContext dsl;
    private final OrganisationRepository organisations;
    private final ContactCenterRepository centers;
    private final ReportingUnitRepository units;
    private final UserRepository users;
    private final UserDetailsService userDetails;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private String passwordHash;

    TestData(DSLContext dsl, OrganisationRepository organisations, ContactCenterRepository centers,
             ReportingUnitRepository units, UserRepository users, UserDetailsService userDetails,
             TransactionTemplate transaction, PasswordEncoder passwordEncoder) {
        this.dsl = dsl;
        this.organisations = organisations;
        this.centers = centers;
        this.units = units;
        this.users = users;
        this.userDetails = userDetails;
        this.transaction = transaction;
        this.passwordEncoder = passwordEncoder;
    }

    /** Empties every table but the shipped templates and the portal-wide scoring profiles. */
    public void clear() {
        transaction.executeWithoutResult(status -> {
            dsl.deleteFrom(MAIL_MESSAGE).execute();
            dsl.deleteFrom(RESPONSE_ANSWER).execute();
            dsl.deleteFrom(RESPONSE).execute();
            dsl.deleteFrom(DRAFT_ANSWER).execute();
            dsl.deleteFrom(INVITATION).execute();
            dsl.deleteFrom(CAMPAIGN).execute();
            dsl.deleteFrom(API_TOKEN).execute();
            dsl.deleteFrom(SCORECARD_DISPUTE).execute();
            dsl.deleteFrom(CONTRACT_ONE_OFF_COST).execute();
            dsl.deleteFrom(CONTRACT_PRICE_LINE).execute();
            dsl.deleteFrom(CONTRACT_SLA_ITEM).execute();
            dsl.deleteFrom(CONTRACT_TERMS).execute();
            dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
            dsl.deleteFrom(BENCHMARK_EDITION_EXCLUSION).execute();
            dsl.deleteFrom(BENCHMARK_EDITION_OBSERVATION).execute();
            dsl.deleteFrom(BENCHMARK_EDITION).execute();
            dsl.deleteFrom(KPI_REOPENING).execute();
            dsl.deleteFrom(KPI_PERIOD_SUM).execute();
            dsl.update(KPI_SUBMISSION).setNull(KPI_SUBMISSION.APPROVED_REVISION_ID).execute();
            dsl.deleteFrom(KPI_REVISION).execute();
            dsl.deleteFrom(KPI_SUBMISSION).execute();
            AuditTables.empty(dsl);
            var clientProfiles = DSL.select(SCORING_PROFILE.ID).from(SCORING_PROFILE)
                    .where(SCORING_PROFILE.CLIENT_ORGANISATION_ID.isNotNull());
            var clientVersions = DSL.select(SCORING_PROFILE_VERSION.ID).from(SCORING_PROFILE_VERSION)
                    .where(SCORING_PROFILE_VERSION.PROFILE_ID.in(clientProfiles));
            dsl.deleteFrom(SCORING_PROFILE_LINE).where(SCORING_PROFILE_LINE.VERSION_ID.in(clientVersions)).execute();
            dsl.deleteFrom(SCORING_PROFILE_VERSION).where(SCORING_PROFILE_VERSION.PROFILE_ID.in(clientProfiles))
                    .execute();
            dsl.deleteFrom(SCORING_PROFILE).where(SCORING_PROFILE.CLIENT_ORGANISATION_ID.isNotNull()).execute();
            dsl.deleteFrom(APP_USER_ROLE).execute();
            dsl.deleteFrom(APP_USER).execute();
            dsl.deleteFrom(KPI_DEFINITION).execute();
            dsl.deleteFrom(REPORTING_UNIT).execute();
            dsl.deleteFrom(CONTACT_CENTER).execute();
            dsl.deleteFrom(ORGANISATION).execute();
            BenchmarkStamps.everythingChanged(dsl);
        });
    }

    /** Empties every table and builds the {@link World}. */
    public World freshWorld() {
        clear();
        World.Vendor vendorA = vendor("Vendor A", "vendor.a@vendor-a.example");
        World.Vendor vendorB = vendor("Vendor B", "vendor.b@vendor-b.example");
        World.Client clientA = client("Client A", "client-a", vendorA, vendorB);
        World.Client clientB = client("Client B", "client-b", vendorA, vendorB);
        user("admin@ccbench.test", "Test Admin", null, Role.ADMIN);
        return new World(principal("admin@ccbench.test"), clientA, clientB, vendorA, vendorB);
    }

    private World.Vendor vendor(String name, String email) {
        long id = organisation(OrganisationKind.VENDOR, name);
        return new World.Vendor(id, name, user(email, name + " User", id, Role.VENDOR));
    }

    private World.Client client(String name, String domain, World.Vendor vendorA, World.Vendor vendorB) {
        long id = organisation(OrganisationKind.CLIENT, name);
        SignedInUser sourcing = user("sourcing@" + domain + ".example", name + " Sourcing", id, Role.SOURCING_MANAGER);
        SignedInUser center = user("center@" + domain + ".example", name + " Center", id, Role.CENTER_MANAGER);
        long main = center(id, name + " Main Center",
                EnumSet.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.SOCIAL));
        long second = center(id, name + " Second Center", EnumSet.of(Channel.PHONE, Channel.EMAIL));
        long withA = contract(id, main, vendorA.id(), name + " with " + vendorA.name(), EnumSet.of(Channel.PHONE));
        long withB = contract(id, main, vendorB.id(), name + " with " + vendorB.name(), EnumSet.of(Channel.CHAT));
        long inHouse = inHouseOperation(id, main, name + " in-house", EnumSet.of(Channel.EMAIL));
        return new World.Client(id, name, sourcing, center, main, second, withA, withB, inHouse);
    }

    public long organisation(OrganisationKind kind, String name) {
        return transaction.execute(status -> organisations.insert(
                new OrganisationData(kind, name, kind == OrganisationKind.VENDOR ? Sector.BUSINESS_SERVICES
                        : Sector.ENERGY_UTILITIES, "NL"), BY));
    }

    public long center(long organisationId, String name, Set<Channel> channels) {
        return transaction.execute(status -> centers.insert(organisationId,
                new ContactCenterData(name, Sector.ENERGY_UTILITIES, BigDecimal.valueOf(100), channels,
                        CenterStatus.ACTIVE), BY));
    }

    public long contract(long clientId, long centerId, long vendorId, String name, Set<Channel> channels) {
        return contract(clientId, centerId, vendorId, name, channels, UnitStatus.ACTIVE);
    }

    public long contract(long clientId, long centerId, long vendorId, String name, Set<Channel> channels,
                         UnitStatus unitStatus) {
        return transaction.execute(status -> units.insert(new UnitValues("CONTRACT", clientId, centerId, vendorId,
                name, channels, CONTRACT_START, CONTRACT_END, unitStatus), BY));
    }

    public long inHouseOperation(long clientId, long centerId, String name, Set<Channel> channels) {
        return transaction.execute(status -> units.insert(new UnitValues("IN_HOUSE", clientId, centerId, null,
                name, channels, IN_HOUSE_START, null, UnitStatus.ACTIVE), BY));
    }

    /** Stores an enabled user with password {@link #PASSWORD} and returns the principal its login would have. */
    public SignedInUser user(String email, String displayName, Long organisationId, Role... roles) {
        transaction.executeWithoutResult(status -> users.insert(
                new UserAccountData(email, displayName, organisationId, Set.of(roles), Locale.ENGLISH),
                passwordHash(), BY));
        return principal(email);
    }

    /** The principal the login of this user puts into the security context, read now from the database. */
    public SignedInUser principal(String email) {
        return (SignedInUser) userDetails.loadUserByUsername(email);
    }

    /** The stored password hash of a user. */
    public String passwordHashOf(String email) {
        return principal(email).passwordHash();
    }

    /** Hashing is slow on purpose, so the world's users share one hash of {@link #PASSWORD}. */
    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
