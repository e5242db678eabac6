package org.ccbench.organisation.internal;

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
import org.ccbench.organisation.internal.ReportingUnitRepository.UnitValues;
import org.ccbench.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the demo organisations, centers, contracts and one user per role (README lists the logins). */
@Component
@Order(10)
@ConditionalOnProperty(name = "ccbench.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "ccbench-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final String BY = "demo";

    private final OrganisationRepository organisations;
    private final ContactCenterRepository centers;
    private final ReportingUnitRepository units;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    DemoDataSeeder(OrganisationRepository organisations, ContactCenterRepository centers, ReportingUnitRepository units,
                   UserRepository users, PasswordEncoder passwordEncoder, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.centers = centers;
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!organisations.findAll().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo data seeded; log in as e.g. sourcing@noordzee-energie.example / {}", DEMO_PASSWORD);
    }

    private void seed() {
        long noordzee = client("Noordzee Energie", Sector.ENERGY_UTILITIES, "NL");
        long vlaamse = client("Vlaamse Verzekeringen", Sector.INSURANCE, "BE");
        long delta = vendor("Callcenter Delta", "NL");
        long partners = vendor("Klantcontact Partners", "NL");
        long serviceHub = vendor("ServiceHub Outsourcing", "BE");

        long zwolle = center(noordzee, "Klantenservice Zwolle", Sector.ENERGY_UTILITIES, 180,
                EnumSet.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.SELF_SERVICE));
        long utrecht = center(noordzee, "Zakelijke Markt Utrecht", Sector.ENERGY_UTILITIES, 40,
                EnumSet.of(Channel.PHONE, Channel.EMAIL));
        long gent = center(vlaamse, "Contactcenter Gent", Sector.INSURANCE, 320,
                EnumSet.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.SOCIAL, Channel.MESSAGING));

        contract(noordzee, zwolle, delta, "Zwolle telefonie", EnumSet.of(Channel.PHONE), LocalDate.of(2024, 1, 1));
        contract(noordzee, zwolle, partners, "Zwolle chat en e-mail", EnumSet.of(Channel.CHAT, Channel.EMAIL),
                LocalDate.of(2025, 4, 1));
        contract(noordzee, utrecht, partners, "Utrecht zakelijk", EnumSet.of(Channel.PHONE, Channel.EMAIL),
                LocalDate.of(2025, 1, 1));
        contract(vlaamse, gent, serviceHub, "Gent overloop", EnumSet.of(Channel.PHONE, Channel.CHAT),
                LocalDate.of(2024, 7, 1));
        contract(vlaamse, gent, delta, "Gent social care", EnumSet.of(Channel.SOCIAL, Channel.MESSAGING),
                LocalDate.of(2025, 2, 1));
        units.insert(new UnitValues(ReportingUnitRepository.IN_HOUSE, noordzee, zwolle, null, "Zwolle in-house",
                EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.SELF_SERVICE), LocalDate.of(2020, 1, 1), null,
                UnitStatus.ACTIVE), BY);
        units.insert(new UnitValues(ReportingUnitRepository.IN_HOUSE, vlaamse, gent, null, "Gent in-house",
                EnumSet.of(Channel.PHONE, Channel.EMAIL), LocalDate.of(2019, 1, 1), null, UnitStatus.ACTIVE), BY);

        user("admin@ccbench.example", "Anna Admin", null, Role.ADMIN, Locale.ENGLISH);
        user("sourcing@noordzee-energie.example", "Sanne de Vries", noordzee, Role.SOURCING_MANAGER, Locale.ENGLISH);
        user("center@noordzee-energie.example", "Chris Jansen", noordzee, Role.CENTER_MANAGER, Locale.ENGLISH);
        user("vendor@callcenter-delta.example", "Vera Bakker", delta, Role.VENDOR, Locale.ENGLISH);
        user("sourcing@vlaamse-verzekeringen.example", "Pieter Claes", vlaamse, Role.SOURCING_MANAGER, Locale.of("nl"));
        user("vendor@servicehub.example", "Lotte Peeters", serviceHub, Role.VENDOR, Locale.of("nl"));
    }

    private long client(String name, Sector sector, String country) {
        return organisations.insert(new OrganisationData(OrganisationKind.CLIENT, name, sector, country), BY);
    }

    private long vendor(String name, String country) {
        return organisations.insert(
                new OrganisationData(OrganisationKind.VENDOR, name, Sector.BUSINESS_SERVICES, country), BY);
    }

    private long center(long organisationId, String name, Sector sector, int fte, Set<Channel> channels) {
        return centers.insert(organisationId, new ContactCenterData(name, sector, BigDecimal.valueOf(fte), channels,
                CenterStatus.ACTIVE), BY);
    }

    private void contract(long clientId, long centerId, long vendorId, String name, Set<Channel> channels,
                          LocalDate start) {
        units.insert(new UnitValues(ReportingUnitRepository.CONTRACT, clientId, centerId, vendorId, name, channels,
                start, start.plusYears(3).minusDays(1), UnitStatus.ACTIVE), BY);
    }

    private void user(String email, String name, Long organisationId, Role role, Locale locale) {
        users.insert(new UserAccountData(email, name, organisationId, Set.of(role), locale),
                passwordEncoder.encode(DEMO_PASSWORD), BY);
    }
}
