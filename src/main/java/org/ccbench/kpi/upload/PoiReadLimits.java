package org.ccbench.kpi.upload;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's own zip-bomb limits, checked on the bytes it really unpacks while {@link SheetRows} reads: a second line
 * behind {@link UploadGuard}. They hold for the whole JVM, so they only ever tighten what is set already.
 */
final class PoiReadLimits {

    /** POI's default: an entry over 100 KB may unpack to at most 100 times its packed size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** POI's default is 4 GB; one part of a 20 MB upload never needs this much. */
    static final long MAX_ENTRY_BYTES = 512 * UploadGuard.MEGABYTE;
    /** POI's default. */
    static final long MAX_ENTRIES = 1_000;

    private PoiReadLimits() {
    }

    static void apply() {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_ENTRIES));
    }
}
