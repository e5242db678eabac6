package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.security.Role;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Who submits a unit's figures: the vendor's account managers, or the client's center managers for in-house. */
@Repository
public class SubmitterRepository {

    /** An active user who submits for the unit, with the language they read mail in. */
    public record Submitter(String email, Locale locale) {
    }

    private final DSLContext dsl;

    SubmitterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Submitter> of(SubmissionUnit unit) {
        return dsl.select(APP_USER.EMAIL, APP_USER.LOCALE).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ORGANISATION_ID.eq(submittingOrganisation(unit)), APP_USER.ENABLED.isTrue(),
                        APP_USER_ROLE.ROLE.eq(submittingRole(unit).name()))
                .orderBy(APP_USER.EMAIL)
                .fetch(row -> new Submitter(row.value1(), Locale.forLanguageTag(row.value2())));
    }

    /** The ids of the units that have at least one active submitter, in one query. */
    public Set<Long> withSubmitters(Collection<SubmissionUnit> units) {
        Set<String> present = new HashSet<>(dsl.selectDistinct(APP_USER.ORGANISATION_ID, APP_USER_ROLE.ROLE)
                .from(APP_USER).join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ORGANISATION_ID.in(units.stream().map(SubmitterRepository::submittingOrganisation)
                        .collect(Collectors.toSet())), APP_USER.ENABLED.isTrue())
                .fetch(row -> row.value1() + "/" + row.value2()));
        return units.stream().filter(unit -> present.contains(submittingOrganisation(unit) + "/"
                + submittingRole(unit).name())).map(SubmissionUnit::id).collect(Collectors.toSet());
    }

    private static long submittingOrganisation(SubmissionUnit unit) {
        return unit.inHouse() ? unit.clientId() : unit.vendorId();
    }

    private static Role submittingRole(SubmissionUnit unit) {
        return unit.inHouse() ? Role.CENTER_MANAGER : Role.VENDOR;
    }
}
