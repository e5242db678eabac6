package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;

import java.util.List;
import java.util.Locale;
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
        long organisationId = unit.inHouse() ? unit.clientId() : unit.vendorId();
        Role role = unit.inHouse() ? Role.CENTER_MANAGER : Role.VENDOR;
        return dsl.select(APP_USER.EMAIL, APP_USER.LOCALE).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ORGANISATION_ID.eq(organisationId), APP_USER.ENABLED.isTrue(),
                        APP_USER_ROLE.ROLE.eq(role.name()))
                .orderBy(APP_USER.EMAIL)
                .fetch(row -> new Submitter(row.value1(), Locale.forLanguageTag(row.value2())));
    }
}
