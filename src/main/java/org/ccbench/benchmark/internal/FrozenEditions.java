package org.ccbench.benchmark.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.kpi.ApprovedMonths;
import org.springframework.stereotype.Component;

/**
 * A published edition's frozen observations as {@link PeerData}. An edition never changes once published, so the last
 * few read are kept, keyed by id and data fingerprint (a page shows several figures of the same edition).
 */
@Component
public class FrozenEditions {

    private static final int KEPT = 8;

    private final EditionRepository editions;
    private final ApprovedMonths approvedMonths;
    private final Map<String, PeerData> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PeerData> eldest) {
            return size() > KEPT;
        }
    };

    FrozenEditions(EditionRepository editions, ApprovedMonths approvedMonths) {
        this.editions = editions;
        this.approvedMonths = approvedMonths;
    }

    /**
     * The observations of the choice: {@code live}, or the published edition's frozen ones when it covers the period;
     * call inside a transaction.
     *
     * @throws NotFoundOrNotAllowedException when the edition does not exist
     * @throws IllegalArgumentException when it does not cover the period
     */
    public PeerData chosen(EditionChoice choice, BenchmarkPeriod period, PeerData live) {
        if (!(choice instanceof EditionChoice.Published published)) {
            return live;
        }
        Edition edition = editions.find(published.editionId())
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Benchmark edition", published.editionId()));
        if (!edition.covers(period)) {
            throw new IllegalArgumentException("edition " + edition.code() + " does not cover " + period.label());
        }
        return of(edition);
    }

    /** The edition's observations; call inside a transaction. */
    public PeerData of(Edition edition) {
        String key = edition.id() + "/" + edition.dataVersion();
        synchronized (kept) {
            PeerData data = kept.get(key);
            if (data != null) {
                return data;
            }
        }
        PeerData data = PeerData.frozen(approvedMonths.thawed(editions.observations(edition.id())),
                editions.exclusions(edition.id()));
        synchronized (kept) {
            kept.put(key, data);
        }
        return data;
    }
}
