package org.ccbench.scorecard.export;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.ccbench.scoring.normalise.RagStatus;
import org.ccbench.survey.export.WorkbookStyles;

/**
 * The shared styles of the survey exports ({@link WorkbookStyles}) plus what a scorecard needs: euros, exact rates,
 * computed (formula) cells on a pale background and the RAG colours. One instance per workbook.
 */
final class ScorecardStyles {

    private final WorkbookStyles base;
    private final CellStyle money;
    private final CellStyle exact;
    private final CellStyle computed;
    private final CellStyle computedMoney;
    private final CellStyle month;
    private final Map<RagStatus, CellStyle> rag = new EnumMap<>(RagStatus.class);
    private final Map<Integer, CellStyle> decimals = new java.util.HashMap<>();
    private final Workbook workbook;

    ScorecardStyles(Workbook workbook) {
        this.workbook = workbook;
        base = new WorkbookStyles(workbook);
        money = numeric(workbook, "#,##0.00;-#,##0.00;0.00");
        exact = numeric(workbook, "0.0#####");
        computed = numeric(workbook, "0.0#####");
        computedMoney = numeric(workbook, "#,##0.00;-#,##0.00;0.00");
        for (CellStyle style : new CellStyle[] {computed, computedMoney}) {
            style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        month = base.text();
        rag.put(RagStatus.GREEN, fill(workbook, IndexedColors.LIGHT_GREEN));
        rag.put(RagStatus.AMBER, fill(workbook, IndexedColors.LIGHT_ORANGE));
        rag.put(RagStatus.RED, fill(workbook, IndexedColors.ROSE));
    }

    WorkbookStyles base() {
        return base;
    }

    /** Euros with cents and a thousands separator. */
    CellStyle money() {
        return money;
    }

    /** Inputs such as rates and caps, with as many decimals as they have (up to 6). */
    CellStyle exact() {
        return exact;
    }

    /** A formula's result, on a pale background so the audit trail stands out. */
    /**
     * A KPI's figure with the KPI's own decimals ({@code 78.0} beside {@code 78.2}): a number format, so the cell stays
     * a number and Excel or LibreOffice write it in the reader's notation; {@link #exact()} for an unknown code.
     */
    CellStyle kpi(String kpiLabel) {
        return KpiDefinitions.find(KpiDefinitions.code(kpiLabel))
                .map(kpi -> decimals.computeIfAbsent(kpi.displayDecimals(), places -> numeric(workbook,
                        places == 0 ? "0" : "0." + "0".repeat(places))))
                .orElse(exact);
    }

    CellStyle computed() {
        return computed;
    }

    CellStyle computedMoney() {
        return computedMoney;
    }

    CellStyle month() {
        return month;
    }

    /** The RAG cell: its text on the status colour. */
    CellStyle rag(RagStatus status) {
        return rag.get(status);
    }

    private CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base.decimal());
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private CellStyle fill(Workbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base.text());
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
