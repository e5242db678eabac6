package org.ccbench.kpi.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.ui.Notifications;
import org.ccbench.kpi.SubmissionUploadService;
import org.ccbench.kpi.UploadProblem;
import org.ccbench.kpi.UploadRejectedException;
import org.ccbench.kpi.export.SubmissionTemplateWorkbook;

/** Download the template workbook, upload it filled in, and see every problem by sheet, row and column. */
class KpiUploadPanel extends VerticalLayout {

    private static final long MEGABYTE = 1024 * 1024;

    private final SubmissionUploadService uploads;
    private final Runnable onStored;
    private final Grid<UploadProblem> problems = new Grid<>();
    private final Checkbox submit = new Checkbox();

    KpiUploadPanel(SubmissionUploadService uploads, YearMonth from, YearMonth to, Runnable onStored) {
        this.uploads = uploads;
        this.onStored = onStored;
        setId("kpi-upload-panel");
        setPadding(false);
        Locale locale = getLocale();
        DownloadHandler download = event -> {
            event.setFileName("kpi-template-" + to + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                SubmissionTemplateWorkbook.write(uploads.template(from, to, locale), locale, out);
            }
        };
        Anchor template = new Anchor(download, AttachmentType.DOWNLOAD, "");
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("kpi.upload.template")));
        template.setId("kpi-template-download");

        submit.setLabel(getTranslation("kpi.upload.submit"));
        submit.setId("kpi-upload-submit");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                process(metadata.fileName(), bytes, locale))));
        upload.setId("kpi-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) uploads.maxBytes());
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setDropLabel(new Span(getTranslation("kpi.upload.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.addAllFinishedListener(event -> upload.clearFileList());

        problems.setId("kpi-upload-problems");
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(UploadProblem::sheet).setHeader(getTranslation("kpi.upload.sheet")).setAutoWidth(true);
        problems.addColumn(problem -> problem.row() == 0 ? "" : String.valueOf(problem.row()))
                .setHeader(getTranslation("kpi.upload.row")).setAutoWidth(true);
        problems.addColumn(UploadProblem::column).setHeader(getTranslation("kpi.upload.column")).setAutoWidth(true);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("kpi.upload.problem")).setFlexGrow(3);
        problems.setVisible(false);
        add(new H3(getTranslation("kpi.upload.title")),
                new Paragraph(getTranslation("kpi.upload.help", uploads.maxBytes() / MEGABYTE)), template, submit,
                upload, problems);
    }

    private void process(String fileName, byte[] bytes, Locale locale) {
        Path file = null;
        try {
            file = Files.createTempFile("kpi-upload-", "-" + fileName.replaceAll("[^A-Za-z0-9.]", "_"));
            Files.write(file, bytes);
            int stored = uploads.upload(file, fileName, submit.getValue(), locale);
            show(List.of());
            Notifications.success(getTranslation("kpi.upload.done", stored));
            onStored.run();
        } catch (UploadRejectedException e) {
            show(e.problems());
            Notifications.error(getTranslation("kpi.upload.rejected", e.problems().size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private void show(List<UploadProblem> found) {
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
    }
}
