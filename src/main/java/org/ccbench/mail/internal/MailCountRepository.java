package org.ccbench.mail.internal;

import static org.ccbench.db.Tables.MAIL_MESSAGE;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** How many e-mails are in each status, for the metrics ({@link MailMetrics}). One grouped count, no locks. */
@Repository
class MailCountRepository {

    private final DSLContext dsl;

    MailCountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The number of messages by status name; a status without messages is absent. */
    Map<String, Long> countByStatus() {
        Map<String, Long> counts = new HashMap<>();
        dsl.select(MAIL_MESSAGE.STATUS, DSL.count()).from(MAIL_MESSAGE).groupBy(MAIL_MESSAGE.STATUS)
                .forEach(row -> counts.put(row.value1(), row.value2().longValue()));
        return counts;
    }
}
