package org.ccbench.benchmark.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ccbench.base.Translations;
import org.ccbench.base.api.ApiPage;
import org.ccbench.base.api.ApiPaging;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.edition.EditionChanges;

/**
 * What a restated edition changed against the edition before it of the same period, as the "what changed and why"
 * dialog shows it to the reader: the reasons as counts (in codes and the reader's words), for the benchmark
 * administrator the unit-months behind them, and per KPI and peer cell the figures before and after, paged. A cell's
 * figures are null where that edition does not show the cell; means are never given (SCORING.md §6).
 *
 * @param previous null for edition 1, which changed nothing
 * @param details  the benchmark administrator's only; empty for everybody else
 * @param items    the changed peer cells of this page, in the dialog's order
 */
record ApiEditionChanges(ApiEdition edition, ApiEdition previous, List<Reason> reasons, List<Detail> details,
                         List<CellChange> items, int page, int size, long total) {

    /**
     * A kind of change and how many: {@code approved_since}, {@code corrected}, {@code withdrawn}, {@code excluded},
     * {@code exclusion_lifted}, {@code profile_changed}; {@code text} as the dialog words it.
     */
    @Schema(name = "BenchmarkEditionChangeReason")
    record Reason(String kind, int count, String text) {
    }

    /** One unit-month behind a count; {@code kpi} only for an exclusion ({@code *} = every KPI). */
    @Schema(name = "BenchmarkEditionChangeDetail")
    record Detail(String kind, String unit, String month, String kpi) {
    }

    /**
     * One peer cell whose figures moved.
     *
     * @param definition the cell's peer-key parameters (e.g. {@code threshold_seconds: 20}), empty for most KPIs
     * @param before     the previous edition's figures, null where it did not show the cell
     * @param after      this edition's figures, null where it does not show the cell
     */
    @Schema(name = "BenchmarkEditionCellChange")
    record CellChange(String kpi, String kpiName, Map<String, BigDecimal> definition, ApiPeerCell peerCell,
                      Figures before, Figures after) {
    }

    /** n and the quartiles of a shown cell; the quartiles are null when it has no spread (n only). */
    @Schema(name = "BenchmarkEditionCellFigures")
    record Figures(int n, BigDecimal p25, BigDecimal median, BigDecimal p75) {

        static Figures of(EditionChanges.CellFigures figures) {
            return figures == null ? null
                    : new Figures(figures.n(), figures.p25(), figures.median(), figures.p75());
        }
    }

    static ApiEditionChanges of(EditionChanges changes, ApiPaging paging, UnaryOperator<String> kpiName,
                                Locale locale) {
        List<Reason> reasons = changes.reasons().stream().map(reason -> new Reason(code(reason.kind()),
                reason.count(), Translations.text(locale, "benchmark.edition.kind." + reason.kind().name(),
                reason.count(), changes.previous().number()))).toList();
        List<Detail> details = changes.details().stream().map(detail -> new Detail(code(detail.kind()),
                detail.unitLabel(), detail.month() == null ? null : detail.month().toString(), detail.kpi()))
                .toList();
        List<CellChange> cells = changes.cells().stream().map(cell -> new CellChange(cell.kpiLabel(),
                kpiName.apply(cell.kpiLabel()), cell.definition(), ApiPeerCell.of(new BenchmarkFigure.PeerCellCodes(
                cell.sourcing(), cell.sector(), cell.size()), locale), Figures.of(cell.before()),
                Figures.of(cell.after()))).toList();
        ApiPage<CellChange> page = ApiPage.of(cells, paging);
        return new ApiEditionChanges(ApiEdition.of(changes.edition()),
                changes.previous() == null ? null : ApiEdition.of(changes.previous()), reasons, details,
                page.items(), page.page(), page.size(), page.total());
    }

    private static String code(EditionChanges.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
