package org.ccbench.benchmark.internal;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few values by key, least recently used dropped first, each held softly so the collector may drop it when
 * the heap runs short. A value is built outside the lock: two callers may build the same one at once, and the later
 * one is kept.
 */
final class SoftlyKept<V> {

    private final Map<String, SoftReference<V>> kept;

    SoftlyKept(int size) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SoftReference<V>> eldest) {
                return size() > size;
            }
        };
    }

    /** The value kept under {@code key}, or {@code null}. */
    V peek(String key) {
        synchronized (kept) {
            SoftReference<V> reference = kept.get(key);
            return reference == null ? null : reference.get();
        }
    }

    V get(String key, Supplier<V> build) {
        V found = peek(key);
        if (found != null) {
            return found;
        }
        V value = build.get();
        synchronized (kept) {
            kept.put(key, new SoftReference<>(value));
        }
        return value;
    }
}
