package org.ccbench.audit.internal;

import static org.ccbench.db.Tables.API_TOKEN;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.SCORECARD_DISPUTE;
import static org.ccbench.db.Tables.SCORING_PROFILE;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.springframework.stereotype.Component;

/**
 * The organisation an audited record belongs to, read from the record itself: the client of a reporting unit (and of
 * its submissions, terms, KPI definitions and disputes), a token's or a user's organisation, a client's own scoring
 * profile (a portal-wide one has none). The same mapping fills the column for events recorded before V0024.
 */
@Component
public class SubjectOrganisations {

    /** Subject types whose id is a reporting unit's. */
    private static final Set<String> UNIT_SUBJECTS = Set.of("reporting_unit", "contract_terms", "kpi_definition");

    private final DSLContext dsl;

    SubjectOrganisations(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the organisation of this kind of subject can be read from the subject. */
    public boolean knows(String subjectType) {
        return UNIT_SUBJECTS.contains(subjectType) || switch (subjectType) {
            case "kpi_submission", "scorecard_dispute", "api_token", "scoring_profile", "app_user", "organisation" ->
                    true;
            default -> false;
        };
    }

    /** The organisation of each subject that exists and has one; only for {@link #knows known} subject types. */
    public Map<Long, Long> of(String subjectType, Collection<Long> subjectIds) {
        Map<Long, Long> found = new HashMap<>();
        if (subjectIds.isEmpty() || !knows(subjectType)) {
            return found;
        }
        query(subjectType, subjectIds).forEach(row -> {
            if (row.value2() != null) {
                found.put(row.value1(), row.value2());
            }
        });
        return found;
    }

    private SelectConditionStep<Record2<Long, Long>> query(String subjectType, Collection<Long> ids) {
        if (UNIT_SUBJECTS.contains(subjectType)) {
            return select(REPORTING_UNIT.ID, REPORTING_UNIT.CLIENT_ORGANISATION_ID)
                    .from(REPORTING_UNIT).where(REPORTING_UNIT.ID.in(ids));
        }
        return switch (subjectType) {
            case "kpi_submission" -> select(KPI_SUBMISSION.ID, REPORTING_UNIT.CLIENT_ORGANISATION_ID)
                    .from(KPI_SUBMISSION).join(REPORTING_UNIT).on(REPORTING_UNIT.ID.eq(KPI_SUBMISSION.UNIT_ID))
                    .where(KPI_SUBMISSION.ID.in(ids));
            case "scorecard_dispute" -> select(SCORECARD_DISPUTE.ID, REPORTING_UNIT.CLIENT_ORGANISATION_ID)
                    .from(SCORECARD_DISPUTE).join(REPORTING_UNIT).on(REPORTING_UNIT.ID.eq(SCORECARD_DISPUTE.CONTRACT_ID))
                    .where(SCORECARD_DISPUTE.ID.in(ids));
            case "api_token" -> select(API_TOKEN.ID, API_TOKEN.ORGANISATION_ID).from(API_TOKEN)
                    .where(API_TOKEN.ID.in(ids));
            case "scoring_profile" -> select(SCORING_PROFILE.ID, SCORING_PROFILE.CLIENT_ORGANISATION_ID)
                    .from(SCORING_PROFILE).where(SCORING_PROFILE.ID.in(ids));
            case "app_user" -> select(APP_USER.ID, APP_USER.ORGANISATION_ID).from(APP_USER).where(APP_USER.ID.in(ids));
            case "organisation" -> select(ORGANISATION.ID, ORGANISATION.ID).from(ORGANISATION)
                    .where(ORGANISATION.ID.in(ids));
            default -> throw new IllegalArgumentException("Unknown subject type " + subjectType);
        };
    }

    private org.jooq.SelectSelectStep<Record2<Long, Long>> select(Field<Long> id, Field<Long> organisationId) {
        return dsl.select(id, organisationId);
    }
}
