package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.KPI_VALUE_LAYOUT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ccbench.base.Sha256;
import org.ccbench.kpi.InputKey;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The layouts of packed inputs ({@code kpi_value_layout}): each list of field names stored once, so that a revision
 * stores only its numbers. A layout never changes and is never deleted, so a node can keep the ones it has met. A
 * new one is committed on its own before any revision names it: a layout a stored revision names always exists,
 * whatever becomes of the transaction that first needed it, and no node ever keeps the id of one rolled back.
 *
 * <p>Each set of inputs a month fills has its layout, so someone who leaves out different optional inputs every month
 * makes many: a node keeps at most {@link #KEPT} and reads any other again when it is needed.
 */
@Repository
public class ValueLayouts implements PackedValues.Layouts {

    static final int KEPT = 1_000;

    private final DSLContext dsl;
    private final TransactionTemplate ownTransaction;
    private final Map<String, Long> idByFields = new ConcurrentHashMap<>();
    private final Map<Long, List<InputKey>> fieldsById = new ConcurrentHashMap<>();

    ValueLayouts(DSLContext dsl, PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long idOf(List<String> fields) {
        String text = String.join("\n", fields);
        Long known = idByFields.get(text);
        if (known != null) {
            return known;
        }
        String digest = Sha256.hex(text);
        long id = find(digest, text).orElseGet(() -> create(digest, text));
        keep(fieldsById, id, keys(text));
        keep(idByFields, text, id);
        return id;
    }

    @Override
    public List<InputKey> fieldsOf(long id) {
        List<InputKey> known = fieldsById.get(id);
        if (known != null) {
            return known;
        }
        String text = dsl.select(KPI_VALUE_LAYOUT.FIELDS).from(KPI_VALUE_LAYOUT).where(KPI_VALUE_LAYOUT.ID.eq(id))
                .fetchOptional(KPI_VALUE_LAYOUT.FIELDS)
                .orElseThrow(() -> new IllegalStateException("no layout of packed values has id " + id));
        List<InputKey> fields = keys(text);
        keep(fieldsById, id, fields);
        return fields;
    }

    /** How many layouts this node keeps in memory now. */
    int kept() {
        return Math.max(fieldsById.size(), idByFields.size());
    }

    private static <K, V> void keep(Map<K, V> kept, K key, V value) {
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.putIfAbsent(key, value);
    }

    private long create(String digest, String text) {
        try {
            return ownTransaction.execute(status -> {
                dsl.insertInto(KPI_VALUE_LAYOUT).set(KPI_VALUE_LAYOUT.DIGEST, digest)
                        .set(KPI_VALUE_LAYOUT.FIELDS, text).onConflictDoNothing().execute();
                return find(digest, text).orElseThrow();
            });
        } catch (DuplicateKeyException another) {
            // another node stored the same layout meanwhile
            return find(digest, text).orElseThrow(() -> another);
        }
    }

    private Optional<Long> find(String digest, String text) {
        return dsl.select(KPI_VALUE_LAYOUT.ID, KPI_VALUE_LAYOUT.FIELDS).from(KPI_VALUE_LAYOUT)
                .where(KPI_VALUE_LAYOUT.DIGEST.eq(digest)).fetchOptional().map(row -> {
                    if (!row.value2().equals(text)) {
                        throw new IllegalStateException("layouts " + row.value1() + " and a new one share a digest");
                    }
                    return row.value1();
                });
    }

    private static List<InputKey> keys(String text) {
        return Arrays.stream(text.split("\n")).map(InputKey::parse).toList();
    }

}
