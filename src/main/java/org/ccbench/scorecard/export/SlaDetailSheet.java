package org.ccbench.scorecard.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.ccbench.scorecard.MonthLine;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scoring.settlement.LineStatus;

/**
 * One block per month: every SLA line's inputs as values and SCORING.md §4.1 as live formulas, then the month's
 * totals, so the amount can be audited in the spreadsheet. The status (measured, not measurable, waived) is a fact
 * of the month and comes from the record; everything after it is recomputed by the formulas, which also give no
 * malus and no bonus to a survey KPI whose volume (its responses) is below its minimum sample.
 */
final class SlaDetailSheet {

    static final int KPI = 0;
    static final int DIRECTION = 1;
    static final int NUMERATOR = 2;
    static final int DENOMINATOR = 3;
    static final int X = 4;
    static final int VOLUME = 5;
    static final int MIN_VOLUME = 6;
    /** KPIS.md {@code min_sample} of a survey KPI (its volume is its number of responses); empty for other KPIs. */
    static final int MIN_SAMPLE = 7;
    static final int PROTECTED = 8;
    static final int OFFERED = 9;
    static final int CEILING = 10;
    static final int TARGET = 11;
    static final int THRESHOLD = 12;
    static final int MALUS_RATE = 13;
    static final int MALUS_CAP = 14;
    static final int BONUS_RATE = 15;
    static final int BONUS_CAP = 16;
    static final int STATUS_CODE = 17;
    static final int SHORTFALL = 18;
    static final int EXCESS = 19;
    static final int MALUS = 20;
    static final int BONUS = 21;
    static final int STATUS = 22;
    /** The column of the month totals' values; their labels are in column {@link #KPI}. */
    static final int VALUE = 1;

    private static final String[] HEADERS = {"scorecard.sla.kpi", "scorecard.sla.direction",
        "scorecard.detail.numerator", "scorecard.detail.denominator", "scorecard.detail.x",
        "scorecard.detail.volume", "scorecard.detail.minVolume", "scorecard.detail.minSample",
        "scorecard.detail.protected",
        "scorecard.detail.offered", "scorecard.detail.ceiling", "scorecard.detail.target",
        "scorecard.detail.threshold", "scorecard.detail.malusRate", "scorecard.detail.malusCap",
        "scorecard.detail.bonusRate", "scorecard.detail.bonusCap", "scorecard.detail.statusCode",
        "scorecard.detail.shortfall", "scorecard.detail.excess", "scorecard.detail.malus",
        "scorecard.detail.bonus", "scorecard.detail.status"};
    private static final String LOWER = "lower_is_better";

    private final Sheet sheet;
    private final ScorecardTexts texts;
    private final ScorecardStyles styles;
    private int next;

    private SlaDetailSheet(Sheet sheet, ScorecardTexts texts, ScorecardStyles styles) {
        this.sheet = sheet;
        this.texts = texts;
        this.styles = styles;
    }

    static void write(Sheet sheet, Iterable<MonthSettlement> months, ScorecardTexts texts, ScorecardStyles styles) {
        SlaDetailSheet detail = new SlaDetailSheet(sheet, texts, styles);
        detail.start();
        for (MonthSettlement month : months) {
            detail.month(month);
        }
        PrintSetup.onePageWide(sheet, 0, texts);
    }

    private void start() {
        sheet.setColumnWidth(KPI, 40 * 256);
        for (int column = 1; column < STATUS; column++) {
            sheet.setColumnWidth(column, 12 * 256);
        }
        sheet.setColumnWidth(STATUS, 44 * 256);
        text(sheet.createRow(next++), KPI, texts.get("scorecard.detail.title"), styles.base().title());
        text(sheet.createRow(next++), KPI, texts.get("scorecard.detail.note"), styles.base().note());
    }

    private void month(MonthSettlement month) {
        next++;
        text(sheet.createRow(next++), KPI, texts.labels().format("scorecard.detail.month", month.month().toString(),
                String.valueOf(month.termsVersion()), String.valueOf(month.revisionId())), styles.base().section());
        Row header = sheet.createRow(next++);
        for (int column = 0; column < HEADERS.length; column++) {
            text(header, column, texts.get(HEADERS[column]), styles.base().header());
        }
        int firstLine = next;
        for (MonthLine line : month.lines()) {
            line(sheet.createRow(next++), line);
        }
        int lastLine = next - 1;
        totals(month, firstLine, lastLine);
    }

    private void line(Row row, MonthLine line) {
        int r = row.getRowNum();
        text(row, KPI, texts.kpiTitle(line.kpiLabel()), styles.base().bold());
        text(row, DIRECTION, line.direction().code(), styles.base().text());
        XlsxCells.number(row, NUMERATOR, line.numerator(), styles.exact());
        XlsxCells.number(row, DENOMINATOR, line.denominator(), styles.exact());
        if (line.numerator() == null && line.actual() != null) {
            XlsxCells.number(row, X, line.actual(), styles.exact());
        } else {
            XlsxCells.formula(row, X, "IF(AND(ISNUMBER(%1$s),ISNUMBER(%2$s)),IF(%2$s<>0,%1$s/%2$s,\"\"),\"\")"
                    .formatted(at(r, NUMERATOR), at(r, DENOMINATOR)), styles.computed());
        }
        XlsxCells.number(row, VOLUME, line.volume(), styles.exact());
        XlsxCells.number(row, MIN_VOLUME, line.minVolume(), styles.base().integer());
        if (line.minSample() != null) {
            XlsxCells.number(row, MIN_SAMPLE, line.minSample(), styles.base().integer());
        }
        text(row, PROTECTED, texts.yesNo(line.volumeProtected()), styles.base().text());
        XlsxCells.number(row, OFFERED, line.offered(), styles.exact());
        XlsxCells.number(row, CEILING, line.volumeCeiling(), styles.exact());
        XlsxCells.number(row, TARGET, line.target(), styles.exact());
        XlsxCells.number(row, THRESHOLD, line.bonusThreshold(), styles.exact());
        XlsxCells.number(row, MALUS_RATE, line.malusRate(), styles.exact());
        XlsxCells.number(row, MALUS_CAP, line.malusCap(), styles.exact());
        XlsxCells.number(row, BONUS_RATE, line.bonusRate(), styles.exact());
        XlsxCells.number(row, BONUS_CAP, line.bonusCap(), styles.exact());
        text(row, STATUS_CODE, line.status().name(), styles.base().text());
        String x = at(r, X);
        String lower = "%s=\"%s\"".formatted(at(r, DIRECTION), LOWER);
        // not measurable: the recorded status, or a survey KPI whose volume (its responses) is below min_sample
        String notMeasurable = "OR(%s=\"%s\",AND(ISNUMBER(%s),%s<%s))".formatted(at(r, STATUS_CODE),
                LineStatus.NOT_MEASURABLE.name(), at(r, MIN_SAMPLE), at(r, VOLUME), at(r, MIN_SAMPLE));
        XlsxCells.formula(row, SHORTFALL, "IF(OR(%1$s,NOT(ISNUMBER(%2$s))),0,MAX(0,IF(%3$s,%2$s-%4$s,%4$s-%2$s)))"
                .formatted(notMeasurable, x, lower, at(r, TARGET)), styles.computed());
        XlsxCells.formula(row, EXCESS,
                "IF(OR(%1$s,NOT(ISNUMBER(%2$s)),NOT(ISNUMBER(%5$s))),0,MAX(0,IF(%3$s,%5$s-%2$s,%2$s-%5$s)))"
                        .formatted(notMeasurable, x, lower, at(r, TARGET), at(r, THRESHOLD)), styles.computed());
        XlsxCells.formula(row, MALUS, "IF(%s=\"%s\",MIN(%s,%s*%s),0)".formatted(at(r, STATUS_CODE),
                LineStatus.MEASURED.name(), at(r, MALUS_CAP), at(r, SHORTFALL), at(r, MALUS_RATE)),
                styles.computed());
        XlsxCells.formula(row, BONUS, "IF(OR(%s,NOT(ISNUMBER(%s))),0,MIN(%s,%s*%s))".formatted(notMeasurable,
                at(r, THRESHOLD), at(r, BONUS_CAP), at(r, EXCESS), at(r, BONUS_RATE)), styles.computed());
        text(row, STATUS, texts.status(line.status()), styles.base().text());
    }

    private void totals(MonthSettlement month, int firstLine, int lastLine) {
        int fee = value("scorecard.detail.fee", month.monthlyFee(), styles.money());
        int maxMalus = value("scorecard.detail.maxMalus", month.maxTotalMalus(), styles.exact());
        int maxBonus = value("scorecard.detail.maxBonus", month.maxTotalBonus(), styles.exact());
        Row gateRow = labelled("scorecard.detail.gate");
        text(gateRow, VALUE, month.bonusGate().name(), styles.base().text());
        int gate = gateRow.getRowNum();
        String malusLines = range(firstLine, lastLine, MALUS);
        String bonusLines = range(firstLine, lastLine, BONUS);
        int sumMalus = formula("scorecard.detail.sumMalus",
                lastLine < firstLine ? "0" : "SUM(" + malusLines + ")", styles.computed());
        int sumBonus = formula("scorecard.detail.sumBonus",
                lastLine < firstLine ? "0" : "SUM(" + bonusLines + ")", styles.computed());
        int totalMalus = formula("scorecard.detail.totalMalus",
                "MIN(%s,%s)".formatted(value(maxMalus), value(sumMalus)), styles.computed());
        int totalBonus = formula("scorecard.detail.totalBonus",
                "IF(AND(%s=\"NO_MALUS\",%s>0),0,MIN(%s,%s))".formatted(value(gate), value(sumMalus),
                        value(maxBonus), value(sumBonus)), styles.computed());
        int net = formula("scorecard.detail.net", "%s-%s".formatted(value(totalBonus), value(totalMalus)),
                styles.computed());
        int amount = formula("scorecard.detail.amount",
                "ROUND(%s*%s/100,2)".formatted(value(fee), value(net)), styles.computedMoney());
        int settled = value("scorecard.detail.settled", month.amount(), styles.money());
        formula("scorecard.detail.difference", "%s-%s".formatted(value(amount), value(settled)),
                styles.computedMoney());
    }

    private int value(String key, BigDecimal value, CellStyle style) {
        Row row = labelled(key);
        XlsxCells.number(row, VALUE, value, style);
        return row.getRowNum();
    }

    private int formula(String key, String formula, CellStyle style) {
        Row row = labelled(key);
        XlsxCells.formula(row, VALUE, formula, style);
        return row.getRowNum();
    }

    private Row labelled(String key) {
        Row row = sheet.createRow(next++);
        text(row, KPI, texts.get(key), styles.base().bold());
        return row;
    }

    private void text(Row row, int column, String value, CellStyle style) {
        XlsxCells.text(row, column, value, style, styles);
    }

    private static String value(int row) {
        return at(row, VALUE);
    }

    private static String at(int row, int column) {
        return new CellReference(row, column, false, false).formatAsString();
    }

    private static String range(int firstRow, int lastRow, int column) {
        return at(firstRow, column) + ":" + at(lastRow, column);
    }
}
