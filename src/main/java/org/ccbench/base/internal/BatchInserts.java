package org.ccbench.base.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts many rows of one table as one JDBC batch in the caller's transaction: jOOQ writes the statement once, in the
 * database's dialect and with the generated names; the database parses it once; and each row binds its values straight
 * to the driver. For bulk writes such as an upload's 24,000 months, where jOOQ binding every value as a query part of
 * a multi-row statement cost about as much as the database's own work (issue 18). Failures come as Spring's
 * {@code DataAccessException}s, as they do from jOOQ.
 */
@Repository
public class BatchInserts {

    /** Binds one row's values, in the order of the columns given. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(T row, Values values) throws SQLException;
    }

    private final DSLContext dsl;
    private final JdbcTemplate jdbc;

    BatchInserts(DSLContext dsl, JdbcTemplate jdbc) {
        this.dsl = dsl;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public <T> void insert(Table<?> table, List<Field<?>> columns, Collection<T> rows, RowBinder<T> binder) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(insertSql(table, columns), setter(List.copyOf(rows), binder));
        }
    }

    /** Inserts the rows and returns the ids the database gave them, in the order of the rows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> List<Long> insertReturningIds(Table<?> table, Field<Long> id, List<Field<?>> columns, List<T> rows,
                                             RowBinder<T> binder) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String sql = insertSql(table, columns);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(sql, new String[] {id.getName()}),
                setter(rows, binder), keys);
        List<Map<String, Object>> keyRows = keys.getKeyList();
        if (keyRows.size() != rows.size()) {
            throw new IncorrectResultSizeDataAccessException("ids of a batch insert into " + table.getName(),
                    rows.size(), keyRows.size());
        }
        List<Long> ids = new ArrayList<>(keyRows.size());
        for (Map<String, Object> keyRow : keyRows) {
            ids.add(((Number) keyRow.get(id.getName())).longValue());
        }
        return ids;
    }

    private String insertSql(Table<?> table, List<Field<?>> columns) {
        return dsl.render(dsl.insertInto(table).columns(columns).values(Collections.nCopies(columns.size(), null)));
    }

    private static <T> BatchPreparedStatementSetter setter(List<T> rows, RowBinder<T> binder) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int index) throws SQLException {
                binder.bind(rows.get(index), new Values(statement));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }

    /** One row's values, bound to the statement's markers from the first on. */
    public static final class Values {

        private final PreparedStatement statement;
        private int marker;

        private Values(PreparedStatement statement) {
            this.statement = statement;
        }

        public Values number(long value) throws SQLException {
            statement.setLong(++marker, value);
            return this;
        }

        public Values numberOrNull(Long value) throws SQLException {
            if (value == null) {
                statement.setNull(++marker, Types.BIGINT);
            } else {
                statement.setLong(++marker, value);
            }
            return this;
        }

        public Values number(int value) throws SQLException {
            statement.setInt(++marker, value);
            return this;
        }

        public Values text(String value) throws SQLException {
            if (value == null) {
                statement.setNull(++marker, Types.VARCHAR);
            } else {
                statement.setString(++marker, value);
            }
            return this;
        }

        public Values date(LocalDate value) throws SQLException {
            statement.setObject(++marker, value, Types.DATE);
            return this;
        }

        public Values timestamp(OffsetDateTime value) throws SQLException {
            statement.setObject(++marker, value, Types.TIMESTAMP_WITH_TIMEZONE);
            return this;
        }
    }
}
