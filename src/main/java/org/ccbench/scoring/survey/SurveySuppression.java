package org.ccbench.scoring.survey;

import java.util.Collection;
import java.util.List;
import org.ccbench.scoring.peer.CellRule;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.peer.VendorLabels;

/**
 * The survey anonymity settings of a template or campaign and the rules they drive, SCORING.md §2.4 and §5.6:
 * <ul>
 * <li>A5: a question's distribution or mean, per breakdown cell, only with ≥ {@code min_respondents} (default 5)
 * distinct responding organisations; the anonymous pool of all outsourced responses follows A5 too;</li>
 * <li>A3: a vendor-level result (a vendor's distribution, mean or CSI) only with ≥ {@code min_raters_per_vendor}
 * (default 3) distinct rating client organisations;</li>
 * <li>A2: in a breakdown whose total is shown, the suppressed cells number at least two and hold at least the cell
 * minimum together ({@code min_respondents}, for vendor cells {@code min_raters_per_vendor}); until they do, the
 * smallest remaining shown cell is suppressed too (ties: the one listed first), see {@link CellRule}.</li>
 * </ul>
 * Vendor names or pseudonyms come from {@link VendorLabels}.
 */
public record SurveySuppression(int minRespondents, int minRatersPerVendor) {

    public static final int DEFAULT_MIN_RESPONDENTS = 5;
    public static final int DEFAULT_MIN_RATERS_PER_VENDOR = 3;

    public SurveySuppression {
        if (minRespondents < 1 || minRatersPerVendor < 1) {
            throw new IllegalArgumentException("anonymity minimums must be ≥ 1: min_respondents " + minRespondents
                    + ", min_raters_per_vendor " + minRatersPerVendor);
        }
    }

    public static SurveySuppression defaults() {
        return new SurveySuppression(DEFAULT_MIN_RESPONDENTS, DEFAULT_MIN_RATERS_PER_VENDOR);
    }

    /** From the template's {@code anonymity} map; a missing ({@code null}) setting takes its default. */
    public static SurveySuppression of(Integer minRespondents, Integer minRatersPerVendor) {
        return new SurveySuppression(minRespondents == null ? DEFAULT_MIN_RESPONDENTS : minRespondents,
                minRatersPerVendor == null ? DEFAULT_MIN_RATERS_PER_VENDOR : minRatersPerVendor);
    }

    /** The A5 rule for question cells. */
    public CellRule respondentRule() {
        return new CellRule(minRespondents);
    }

    /** The A3 rule for vendor-level results. */
    public CellRule vendorRule() {
        return new CellRule(minRatersPerVendor);
    }

    /** A5: whether a question cell with these responding organisations (ids, duplicates allowed) may be shown. */
    public boolean showsCell(Collection<?> respondingOrganisationIds) {
        return respondentRule().shows(respondingOrganisationIds);
    }

    /** A3: whether a vendor-level result rated by these client organisations (ids, duplicates allowed) may be shown. */
    public boolean showsVendorResult(Collection<?> ratingClientOrganisationIds) {
        return vendorRule().shows(ratingClientOrganisationIds);
    }

    /**
     * A5 + A2 for a breakdown of a question (e.g. by {@code r_org_type}) into cells that share no organisation, counts
     * in listed order: {@link CellRule#breakdown(long[], boolean)} with {@code min_respondents}.
     */
    public List<CellVisibility> breakdown(long[] respondingOrganisationsPerCell, boolean totalShown) {
        return respondentRule().breakdown(respondingOrganisationsPerCell, totalShown);
    }

    /**
     * A3 + A2 for a breakdown by vendor, rating client organisations per vendor in listed order:
     * {@link CellRule#breakdown(long[], boolean)} with {@code min_raters_per_vendor}.
     */
    public List<CellVisibility> vendorBreakdown(long[] ratingClientsPerVendor, boolean totalShown) {
        return vendorRule().breakdown(ratingClientsPerVendor, totalShown);
    }
}
