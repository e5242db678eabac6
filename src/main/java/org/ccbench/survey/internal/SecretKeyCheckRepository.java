package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.SECRET_KEY_CHECK;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class SecretKeyCheckRepository {

    private final DSLContext dsl;
    private final Clock clock;

    SecretKeyCheckRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    Optional<String> stored() {
        return dsl.select(SECRET_KEY_CHECK.CHECK_VALUE).from(SECRET_KEY_CHECK).where(SECRET_KEY_CHECK.ID.eq(1))
                .fetchOptional(SECRET_KEY_CHECK.CHECK_VALUE);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void store(String checkValue) {
        dsl.insertInto(SECRET_KEY_CHECK).set(SECRET_KEY_CHECK.ID, 1).set(SECRET_KEY_CHECK.CHECK_VALUE, checkValue)
                .set(SECRET_KEY_CHECK.CREATED_AT, OffsetDateTime.now(clock)).execute();
    }
}
