package org.ccbench.benchmark.api;

import java.math.BigDecimal;
import org.ccbench.benchmark.PooledVendorFigure;

/**
 * One vendor's KPI pooled over all its contracts with every client (SCORING.md §2.4 A3), under its letter; only the
 * vendor itself gets its own name.
 *
 * @param name     the vendor's own name when the token is this vendor's, otherwise null ("Vendor A" on the page)
 * @param clients  the client organisations that count; null with the value when fewer than three
 * @param withheld null when shown; {@code too_few_clients} (A3) when clients, value and rank are withheld
 */
record ApiPooledVendor(String letter, String name, boolean own, Integer rank, Integer clients, BigDecimal value,
                       String withheld) {

    static ApiPooledVendor of(PooledVendorFigure figure) {
        if (!figure.shown()) {
            return new ApiPooledVendor(figure.letter(), figure.ownName(), figure.isOwn(), null, null, null,
                    "too_few_clients");
        }
        return new ApiPooledVendor(figure.letter(), figure.ownName(), figure.isOwn(), figure.rank(), figure.clients(),
                figure.value(), null);
    }
}
