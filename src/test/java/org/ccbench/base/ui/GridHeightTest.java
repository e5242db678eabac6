package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class GridHeightTest {

    @Test
    void aShortListShowsEveryRowAndALongOneScrollsInsideTheGrid() {
        Grid<String> shortList = new Grid<>();
        GridHeight.fit(shortList, GridHeight.ALL_ROWS_UP_TO);
        Grid<String> longList = new Grid<>();
        GridHeight.fit(longList, GridHeight.ALL_ROWS_UP_TO + 1);

        assertThat(shortList.isAllRowsVisible()).isTrue();
        assertThat(longList.isAllRowsVisible()).isFalse();
        assertThat(longList.getHeight()).isEqualTo("70vh");
    }

    @Test
    void aListThatGrowsLongStopsShowingEveryRow() {
        Grid<String> grid = new Grid<>();
        GridHeight.fit(grid, 3);
        GridHeight.fit(grid, 2_000);

        assertThat(grid.isAllRowsVisible()).isFalse();
    }
}
