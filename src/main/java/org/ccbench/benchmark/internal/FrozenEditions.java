package org.ccbench.benchmark.internal;

import java.util.LinkedHashMap;
import java.util.Map;
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
