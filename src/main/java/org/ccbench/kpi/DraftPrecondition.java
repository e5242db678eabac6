package org.ccbench.kpi;

/**
 * What the saver of a draft last saw of the month, so that a save over someone else's newer save is refused rather
 * than silently replacing it (no lost update). The form and the API's {@code If-Match} give the version they read;
 * the API's {@code If-None-Match: *} says that nothing was stored when it looked; {@link #ANY} overwrites knowingly.
 *
 * @param version       the submission's version the saver read, or null
 * @param nothingStored the saver saw the month without any submission
 */
public record DraftPrecondition(Integer version, boolean nothingStored) {

    /** Whatever is stored now (the API's {@code If-Match: *}, uploads that check every row themselves). */
    public static final DraftPrecondition ANY = new DraftPrecondition(null, false);

    public DraftPrecondition {
        if (version != null && nothingStored) {
            throw new IllegalArgumentException("a precondition is a version or 'nothing stored', not both");
        }
    }

    public static DraftPrecondition atVersion(int version) {
        return new DraftPrecondition(version, false);
    }

    public static DraftPrecondition whenNothingStored() {
        return new DraftPrecondition(null, true);
    }

    /** Whether the month as stored now, with this version (null: nothing stored), is what the saver saw. */
    public boolean holdsFor(Integer storedVersion) {
        if (nothingStored) {
            return storedVersion == null;
        }
        return version == null || version.equals(storedVersion);
    }
}
