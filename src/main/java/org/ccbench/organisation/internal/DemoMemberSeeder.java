package org.ccbench.organisation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccbench.organisation.CenterStatus;
import org.ccbench.organisation.ContactCenterData;
import org.ccbench.organisation.OrganisationData;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.organisation.internal.DemoMembers.Member;
import org.ccbench.organisation.internal.ReportingUnitRepository.UnitValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the {@link DemoMembers} to the demo organisations, so the demo survey campaigns have enough respondents for
 * results to show. Runs after {@link DemoDataSeeder}, also on an older demo database, and adds nothing twice.
 * The members have no users: nobody logs in as them.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "ccbench.demo.enabled", havingValue = "true")
class DemoMemberSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMemberSeeder.class);
    private static final String BY = "demo";

    private final OrganisationRepository organisations;
    private final ContactCenterRepository centers;
    private final ReportingUnitRepository units;
    private final TransactionTemplate transaction;

    DemoMemberSeeder(OrganisationRepository organisations, ContactCenterRepository centers,
                     ReportingUnitRepository units, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.centers = centers;
        this.units = units;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Member> members = DemoMembers.generate();
        Map<String, Long> vendors = organisations.findRefs(OrganisationKind.VENDOR).stream()
                .collect(Collectors.toMap(OrganisationRef::name, OrganisationRef::id));
        if (!vendors.keySet().containsAll(List.of(DemoMembers.DELTA, DemoMembers.PARTNERS, DemoMembers.SERVICE_HUB))) {
            log.info("Demo members not added: the demo vendors are missing");
            return;
        }
        if (organisations.nameTaken(members.getFirst().name(), null)) {
            return;
        }
        transaction.executeWithoutResult(status -> members.forEach(member -> add(member, vendors)));
        log.info("Added {} demo client organisations for the demo survey campaigns", members.size());
    }

    private void add(Member member, Map<String, Long> vendors) {
        long id = organisations.insert(
                new OrganisationData(OrganisationKind.CLIENT, member.name(), member.sector(), member.country()), BY);
        long center = centers.insert(id, new ContactCenterData(member.centerName(), member.sector(),
                BigDecimal.valueOf(member.agentFte()), member.channels(), CenterStatus.ACTIVE), BY);
        boolean inHouse = member.vendor() == null;
        units.insert(new UnitValues(inHouse ? ReportingUnitRepository.IN_HOUSE : ReportingUnitRepository.CONTRACT, id,
                center, inHouse ? null : vendors.get(member.vendor()), member.unitName(), member.channels(),
                member.unitStart(), inHouse ? null : member.unitStart().plusYears(5).minusDays(1), UnitStatus.ACTIVE),
                BY);
    }
}
