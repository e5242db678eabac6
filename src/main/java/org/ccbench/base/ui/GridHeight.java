package org.ccbench.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid of a list that can be long (an organisation's units, a campaign's invitees): a short list shows every row in
 * the page's flow; a long one scrolls inside the grid, which then builds and sends only the rows in view. Showing all
 * of a vendor's 2,000 contracts made the KPI overview 62,000 pixels tall and took 30 s to build.
 */
public final class GridHeight {

    /** The most rows shown whole, without a scroll bar of their own. */
    public static final int ALL_ROWS_UP_TO = 50;

    private GridHeight() {
    }

    public static void fit(Grid<?> grid, int rows) {
        if (rows <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("70vh");
        }
    }
}
