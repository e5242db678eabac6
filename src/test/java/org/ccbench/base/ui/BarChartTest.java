package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's figures reach screen readers as a table, and its height follows its bars. */
class BarChartTest {

    @Test
    void screenReadersGetTheSameFiguresAsATableWithADashForAMissingValue() {
        BarChart chart = new BarChart("Answers in percent");
        chart.setPercentAxis(true);
        chart.setData(List.of("Yes", "No"), List.of(
                new BarChart.Dataset("Total", List.of(45, 55), "#0b5c73"),
                new BarChart.Dataset("Vendor A", Arrays.asList(12.5, null), "#e69f00")));

        NativeTable table = (NativeTable) chart.getChildren().filter(NativeTable.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(table.getCaptionText()).isEqualTo("Answers in percent");
        assertThat(table.hasClassName("visually-hidden")).isTrue();
        assertThat(texts(table.getHead().getRows().getFirst())).containsExactly("", "Total", "Vendor A");
        assertThat(table.getBody().getRows().stream().map(BarChartTest::texts).toList()).containsExactly(
                List.of("Yes", "45%", "12.5%"), List.of("No", "55%", "–"));
        assertThat(chart.getDescription()).isEqualTo("Answers in percent");
        assertThat(chart.getElement().getChild(0).getTag()).isEqualTo("canvas");
        assertThat(chart.getElement().getChild(0).getAttribute("role")).isEqualTo("img");
    }

    @Test
    void horizontalChartsGrowWithTheirBarsAndStackedOnesStayCompact() {
        BarChart grouped = new BarChart("grouped");
        List<BarChart.Dataset> three = List.of(new BarChart.Dataset("a", List.of(1, 2, 3, 4), "#000"),
                new BarChart.Dataset("b", List.of(1, 2, 3, 4), "#000"),
                new BarChart.Dataset("c", List.of(1, 2, 3, 4), "#000"));
        grouped.setData(List.of("1", "2", "3", "4"), three);
        BarChart stacked = new BarChart("stacked");
        stacked.setStacked(true);
        stacked.setData(List.of("1", "2", "3", "4"), three);

        assertThat(px(grouped.getHeight())).isGreaterThan(px(stacked.getHeight()));
        grouped.setData(List.of("1", "2"), three);
        assertThat(px(grouped.getHeight())).as("fewer categories, lower chart").isLessThan(px(stacked.getHeight()) * 2);
    }

    private static int px(String height) {
        return Integer.parseInt(height.replace("px", ""));
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList();
    }
}
