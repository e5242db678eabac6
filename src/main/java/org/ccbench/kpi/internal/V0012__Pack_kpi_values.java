package org.ccbench.kpi.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.kpi.InputKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Copies every revision's rows of {@code kpi_value} into its packed {@code inputs} and {@code parameters} columns
 * (see V0011), in the format {@link PackedValues} reads; revisions without values get empty objects. Spring Boot
 * hands Flyway the Java migrations it finds as beans.
 */
@Component
class V0012__Pack_kpi_values extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, Map<InputKey, BigDecimal>> inputs = new HashMap<>();
        Map<Long, Map<InputKey, BigDecimal>> parameters = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select revision_id, kind, code, channel, amount from kpi_value");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                (rows.getString(2).equals("INPUT") ? inputs : parameters)
                        .computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                        .put(InputKey.of(rows.getString(3), rows.getString(4)), rows.getBigDecimal(5));
            }
        }
        List<Long> revisionIds = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id from kpi_revision");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                revisionIds.add(rows.getLong(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update kpi_revision set inputs = ?, parameters = ? where id = ?")) {
            for (long id : revisionIds) {
                update.setString(1, PackedValues.pack(inputs.getOrDefault(id, Map.of())));
                update.setString(2, PackedValues.pack(parameters.getOrDefault(id, Map.of())));
                update.setLong(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
