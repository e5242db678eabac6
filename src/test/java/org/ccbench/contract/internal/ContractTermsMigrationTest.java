package org.ccbench.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * V0016 must run on PostgreSQL as well as on H2. The tests' PostgreSQL pass ({@code -Dccbench.test.postgres}, run by
 * CI) migrates real PostgreSQL databases; on H2 this reads the script: it parses as PostgreSQL, renders back for
 * PostgreSQL, and avoids what only H2 accepts. (When
 * it was written, the script also ran by hand with psql on PostgreSQL 15.18 after the SQL migrations V0001–V0015, and
 * a mid-month effective date, a forecast without a corridor, a price kind twice and a one-off cost of 0 were refused.)
 */
class ContractTermsMigrationTest {

    private static final Path SCRIPT = Path.of("src/main/resources/db/migration/V0016__create_contract_terms.sql");

    @Test
    void theScriptParsesAndRendersAsPostgresql() throws IOException {
        DSLContext postgres = DSL.using(SQLDialect.POSTGRES, new Settings().withParseDialect(SQLDialect.POSTGRES));

        Queries queries = postgres.parser().parse(Files.readString(SCRIPT));

        assertThat(queries.queries()).hasSize(4);
        for (Query query : queries) {
            assertThat(postgres.render(query)).isNotBlank().doesNotContain("unknown");
        }
    }

    @Test
    void theScriptUsesNothingThatOnlyH2Accepts() throws IOException {
        String sql = Files.readString(SCRIPT).toLowerCase(Locale.ROOT);

        assertThat(sql).doesNotContain("auto_increment", "identity(", "merge into", "`", "varchar2", "clob", "tinyint",
                "if not exists", "ifnull(", "datediff", "nvl(", "day_of_month(", "dayofmonth(");
        assertThat(sql).as("every check is stated in SQL too").contains("check (extract(day from effective_from) = 1)",
                "check (rate >= 0)", "check (amount > 0)", "unique (contract_id, effective_from)");
    }
}
