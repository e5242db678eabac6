package org.ccbench.scorecard.export;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ccbench.scorecard.MonthLine;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.scoring.kpi.Kpi;

/** Each KPI of the scorecard with its name, unit, direction and catalogue formula; then how the figures are made. */
final class DefinitionsSheet {

    private static final String[] METHOD = {"scorecard.def.bonusMalus", "scorecard.def.score",
        "scorecard.def.quality", "scorecard.def.cost", "scorecard.def.vfm", "scorecard.def.failureDemand",
        "scorecard.def.smallSample"};

    private DefinitionsSheet() {
    }

    static void write(Sheet sheet, Scorecard scorecard, ScorecardTexts texts, ScorecardStyles styles) {
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        sheet.setColumnWidth(3, 10 * 256);
        sheet.setColumnWidth(4, 90 * 256);
        int next = 0;
        XlsxCells.text(sheet.createRow(next++), 0, texts.get("scorecard.def.title"), styles.base().title(), styles);
        next++;
        Row header = sheet.createRow(next++);
        String[] keys = {"scorecard.def.kpi", "scorecard.def.name", "scorecard.def.unit", "scorecard.def.direction",
            "scorecard.def.formula"};
        for (int column = 0; column < keys.length; column++) {
            XlsxCells.text(header, column, texts.get(keys[column]), styles.base().header(), styles);
        }
        for (String code : codes(scorecard)) {
            Row row = sheet.createRow(next++);
            XlsxCells.text(row, 0, code, styles.base().bold(), styles);
            Kpi kpi = KpiDefinitions.find(code).orElse(null);
            if (kpi == null) {
                continue;
            }
            XlsxCells.text(row, 1, texts.kpiName(code), styles.base().wrap(), styles);
            XlsxCells.text(row, 2, texts.unit(kpi.unit().code()), styles.base().text(), styles);
            XlsxCells.text(row, 3, texts.direction(kpi.direction()), styles.base().text(), styles);
            XlsxCells.text(row, 4, KpiDefinitions.formula(kpi), styles.base().wrap(), styles);
        }
        next++;
        XlsxCells.text(sheet.createRow(next++), 0, texts.get("scorecard.def.method"), styles.base().section(), styles);
        for (String key : METHOD) {
            Row row = sheet.createRow(next++);
            XlsxCells.text(row, 1, texts.get(key), styles.base().wrap(), styles);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 4));
            int lines = Math.max(1, texts.get(key).length() / 130 + 1);
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
        PrintSetup.onePageWide(sheet, 2, texts);
    }

    /** The catalogue codes of the scorecard's KPIs in order of first appearance, CPC last for the cost figures. */
    private static Set<String> codes(Scorecard scorecard) {
        Set<String> codes = new LinkedHashSet<>();
        for (SlaRow row : scorecard.slaRows()) {
            codes.add(KpiDefinitions.code(row.kpiLabel()));
        }
        for (MonthSettlement month : scorecard.months()) {
            for (MonthLine line : month.lines()) {
                codes.add(KpiDefinitions.code(line.kpiLabel()));
            }
        }
        codes.add(Kpi.CPC.code());
        codes.add(Kpi.CPM.code());
        return codes;
    }
}
