package org.ccbench.contract;

import static org.ccbench.db.Tables.CONTRACT_ONE_OFF_COST;
import static org.ccbench.db.Tables.CONTRACT_PRICE_LINE;
import static org.ccbench.db.Tables.CONTRACT_SLA_ITEM;
import static org.ccbench.db.Tables.CONTRACT_TERMS;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import org.ccbench.testsupport.AuditTables;
import org.ccbench.testsupport.BenchmarkStamps;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Puts the contract terms back as the demo seeded them: version 1 of every demo contract and nothing else. */
public final class TermsTables {

    /** The name tests give a contract of their own; {@link #reset} removes it. */
    public static final String TEST_CONTRACT = "Terms test contract";

    private TermsTables() {
    }

    public static void reset(DSLContext dsl) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            var added = tx.select(CONTRACT_TERMS.ID).from(CONTRACT_TERMS).where(CONTRACT_TERMS.CREATED_BY.ne("demo"));
            tx.deleteFrom(CONTRACT_SLA_ITEM).where(CONTRACT_SLA_ITEM.TERMS_ID.in(added)).execute();
            tx.deleteFrom(CONTRACT_PRICE_LINE).where(CONTRACT_PRICE_LINE.TERMS_ID.in(added)).execute();
            tx.deleteFrom(CONTRACT_ONE_OFF_COST).where(CONTRACT_ONE_OFF_COST.TERMS_ID.in(added)).execute();
            tx.deleteFrom(CONTRACT_TERMS).where(CONTRACT_TERMS.CREATED_BY.ne("demo")).execute();
            AuditTables.empty(tx);
            tx.deleteFrom(REPORTING_UNIT).where(REPORTING_UNIT.NAME.eq(TEST_CONTRACT)).execute();
            BenchmarkStamps.everythingChanged(tx);
        });
    }

    public static long contractId(DSLContext dsl, String name) {
        return dsl.fetchValue(REPORTING_UNIT.ID, REPORTING_UNIT.NAME.eq(name));
    }
}
