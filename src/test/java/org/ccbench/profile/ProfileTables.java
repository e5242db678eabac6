package org.ccbench.profile;

import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.SCORING_PROFILE;
import static org.ccbench.db.Tables.SCORING_PROFILE_LINE;
import static org.ccbench.db.Tables.SCORING_PROFILE_VERSION;

import org.ccbench.testsupport.AuditTables;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Puts the scoring profiles back as the migration left them: customer-first version 1 and nothing else. */
public final class ProfileTables {

    private ProfileTables() {
    }

    /** The demo's own profiles (created by the demo seeder, pinned by demo contract terms) stay. */
    static final String DEMO = "demo";

    public static void reset(DSLContext dsl) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            var original = tx.select(SCORING_PROFILE_VERSION.ID).from(SCORING_PROFILE_VERSION)
                    .join(SCORING_PROFILE).on(SCORING_PROFILE.ID.eq(SCORING_PROFILE_VERSION.PROFILE_ID))
                    .where(SCORING_PROFILE.NAME.eq(ScoringProfileService.DEFAULT_NAME)
                            .or(SCORING_PROFILE.CREATED_BY.eq(DEMO)), SCORING_PROFILE_VERSION.VERSION_NUMBER.eq(1));
            tx.deleteFrom(SCORING_PROFILE_LINE).where(SCORING_PROFILE_LINE.VERSION_ID.notIn(original)).execute();
            tx.deleteFrom(SCORING_PROFILE_VERSION).where(SCORING_PROFILE_VERSION.ID.notIn(original)).execute();
            tx.deleteFrom(SCORING_PROFILE).where(SCORING_PROFILE.NAME.ne(ScoringProfileService.DEFAULT_NAME),
                    SCORING_PROFILE.CREATED_BY.ne(DEMO)).execute();
            tx.update(SCORING_PROFILE).set(SCORING_PROFILE.CURRENT_VERSION, 1).execute();
            AuditTables.empty(tx);
        });
    }

    public static long defaultProfileId(DSLContext dsl) {
        return dsl.fetchValue(SCORING_PROFILE.ID, SCORING_PROFILE.NAME.eq(ScoringProfileService.DEFAULT_NAME));
    }

    public static long organisationId(DSLContext dsl, String name) {
        return dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq(name));
    }
}
