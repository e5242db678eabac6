package org.ccbench.privacy;

import java.time.LocalDate;

/**
 * How long a campaign keeps its invitees' e-mail addresses and free-text answers: {@code months} after its close
 * date. They are erased on the first run of the retention job after {@link #keptUntil()}; {@code erasedOn} is that
 * day, or null while they are kept. A draft is never erased: it has sent nothing and can still change its dates.
 */
public record CampaignRetention(long campaignId, String title, String templateId, String templateVersion,
                                boolean launched, LocalDate closesOn, int months, LocalDate erasedOn) {

    public static final int DEFAULT_MONTHS = 24;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    /** The last day the personal data is kept. */
    public LocalDate keptUntil() {
        return closesOn.plusMonths(months);
    }

    public boolean isErased() {
        return erasedOn != null;
    }

    public boolean isDue(LocalDate today) {
        return launched && !isErased() && today.isAfter(keptUntil());
    }
}
