package org.ccbench.kpi.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.kpi.SubmissionUploadService;
import org.ccbench.kpi.export.SubmissionTemplateWorkbook;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.Export;

/** The template workbook for one unit or all of them and a range of months, filled with what is stored. */
class TemplateDownload extends HorizontalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Select<SubmissionUnit> unit = new Select<>();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();

    TemplateDownload(SubmissionUploadService uploads, PortalMetrics metrics, YearMonth first, YearMonth last) {
        setId("kpi-template");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        unit.setId("kpi-template-unit");
        unit.setLabel(getTranslation("kpi.unit"));
        unit.setItems(uploads.units());
        unit.setItemLabelGenerator(item -> item == null ? getTranslation("kpi.template.allUnits") : item.name());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("kpi.template.allUnits"));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = last; months.size() < SubmissionUploadService.MAX_TEMPLATE_MONTHS;
             month = month.minusMonths(1)) {
            months.add(month);
        }
        from.setId("kpi-template-from");
        from.setLabel(getTranslation("kpi.template.from"));
        from.setItems(months);
        from.setValue(first);
        to.setId("kpi-template-to");
        to.setLabel(getTranslation("kpi.template.to"));
        to.setItems(months);
        to.setValue(last);
        Locale locale = getLocale();
        DownloadHandler download = event -> {
            YearMonth start = min(from.getValue(), to.getValue());
            YearMonth end = start == from.getValue() ? to.getValue() : from.getValue();
            SubmissionUnit chosen = unit.getValue();
            event.setFileName("kpi-template-" + start + "-" + end + ".xlsx");
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                uploads.writeTemplate(chosen == null ? null : chosen.id(), start, end, locale,
                        (columns, rows) -> SubmissionTemplateWorkbook.write(columns, rows, locale, out));
            }
            metrics.exported(Export.KPI_TEMPLATE_XLSX);
        };
        Anchor anchor = new Anchor(download, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("kpi.upload.template")));
        anchor.setId("kpi-template-download");
        add(unit, from, to, anchor);
    }

    private static YearMonth min(YearMonth one, YearMonth other) {
        return one.isAfter(other) ? other : one;
    }
}
