package org.ccbench.kpi.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ErrorReference;
import org.ccbench.base.ui.LimitedUpload;
import org.ccbench.base.ui.Notifications;
import org.ccbench.kpi.SubmissionUploadService;
import org.ccbench.kpi.UploadProblem;
import org.ccbench.kpi.UploadRejectedException;
import org.ccbench.kpi.export.UploadProblemsWorkbook;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.Export;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.ccbench.base.ui.UploadTexts;

/**
 * Download the template workbook, upload it filled in, and see every problem by sheet, row and column, also as a
 * workbook. The file is checked and stored in a background thread (as the signed-in user), with a progress bar
 * meanwhile; the UI polls for the result, as the portal runs without server push.
 */
class KpiUploadPanel extends VerticalLayout {

    private static final long MEGABYTE = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(KpiUploadPanel.class);
    private static final int POLL_MILLIS = 500;

    private final SubmissionUploadService uploads;
    private final PortalMetrics metrics;
    private final Runnable onStored;
    private final Clock clock;
    private final Executor workers = new DelegatingSecurityContextExecutor(
            task -> Thread.ofVirtual().name("kpi-upload").start(task));
    private final Grid<UploadProblem> problems = new Grid<>();
    private final Checkbox submit = new Checkbox();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Anchor problemsDownload;
    private volatile boolean submitting;
    private String rejectedFile = "";
    private String rejectedAt = "";
    private List<UploadProblemsWorkbook.Line> rejectedLines = List.of();

    KpiUploadPanel(SubmissionUploadService uploads, PortalMetrics metrics, Clock clock, YearMonth from, YearMonth to,
                   Runnable onStored) {
        this.clock = clock;
        this.uploads = uploads;
        this.metrics = metrics;
        this.onStored = onStored;
        setId("kpi-upload-panel");
        setPadding(false);
        Locale locale = getLocale();
        TemplateDownload template = new TemplateDownload(uploads, metrics, from, to);

        submit.setLabel(getTranslation("kpi.upload.submit"));
        submit.setId("kpi-upload-submit");
        submit.addValueChangeListener(event -> submitting = event.getValue());
        UI ui = UI.getCurrent();
        Upload upload = new Upload(LimitedUpload.toTempFile(uploads.maxBytes(),
                (metadata, file) -> process(ui, metadata.fileName(), file, locale),
                (fileName, maxBytes) -> tooLarge(ui, maxBytes)));
        upload.setId("kpi-upload");
        upload.setI18n(UploadTexts.translated());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) uploads.maxBytes());
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setDropLabel(new Span(getTranslation("kpi.upload.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.addAllFinishedListener(event -> upload.clearFileList());

        progress.setIndeterminate(true);
        progress.setId("kpi-upload-progress");
        progressText.setId("kpi-upload-progress-text");
        progress.setVisible(false);
        progressText.setVisible(false);
        problemsDownload = problemsDownload();
        problems.setId("kpi-upload-problems");
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(UploadProblem::sheet).setHeader(getTranslation("kpi.upload.sheet")).setAutoWidth(true);
        problems.addColumn(problem -> problem.row() == 0 ? "" : String.valueOf(problem.row()))
                .setHeader(getTranslation("kpi.upload.row")).setAutoWidth(true);
        problems.addColumn(UploadProblem::column).setHeader(getTranslation("kpi.upload.column")).setAutoWidth(true);
        problems.addColumn(this::message).setHeader(getTranslation("kpi.upload.problem")).setFlexGrow(3);
        show(List.of());
        add(new H3(getTranslation("kpi.upload.title")),
                new Paragraph(getTranslation("kpi.upload.help", uploads.maxBytes() / MEGABYTE)), template, submit,
                upload, progressText, progress, problemsDownload, problems);
    }

    /**
     * Called in the upload's request thread when the file went over the limit: the server refused it whatever the
     * browser was told, and nothing was kept. Returns the message for the upload's file list.
     */
    private String tooLarge(UI ui, long maxBytes) {
        String message = getTranslation("kpi.upload.refused.tooLarge", maxBytes / MEGABYTE);
        ui.access(() -> Notifications.error(message));
        return message;
    }

    /**
     * Called in the upload's request thread with the file streamed to disk: shows progress, then checks and stores
     * the file in the background, which deletes it afterwards.
     */
    private void process(UI ui, String fileName, Path file, Locale locale) {
        ui.access(() -> {
            show(List.of());
            progressText.setText(getTranslation("kpi.upload.checking", fileName));
            progressText.setVisible(true);
            progress.setVisible(true);
            ui.setPollInterval(POLL_MILLIS);
        });
        boolean submitNow = submitting;
        workers.execute(AuditLog.withCurrentOrigin(() -> {
            Runnable outcome;
            try {
                int stored = uploads.upload(file, fileName, submitNow, locale);
                outcome = () -> {
                    show(List.of());
                    Notifications.success(getTranslation("kpi.upload.done", stored));
                    onStored.run();
                };
            } catch (UploadRejectedException e) {
                outcome = () -> {
                    rejected(fileName, e.problems());
                    Notifications.error(getTranslation("kpi.upload.rejected", e.total()));
                };
            } catch (RuntimeException e) {
                // never the exception's text (a server path, SQL): a plain sentence and the reference the log carries
                String reference = ErrorReference.logged(log, "ui", "Upload of a KPI file", e);
                outcome = () -> Notifications.error(getTranslation("error.unexpectedReference", reference));
            } finally {
                deleteQuietly(file);
            }
            Runnable shown = outcome;
            ui.access(() -> {
                progress.setVisible(false);
                progressText.setVisible(false);
                ui.setPollInterval(-1);
                shown.run();
            });
        }));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("The uploaded file could not be deleted", e);
        }
    }

    private void rejected(String fileName, List<UploadProblem> found) {
        rejectedFile = fileName;
        rejectedAt = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        rejectedLines = found.stream().map(problem -> new UploadProblemsWorkbook.Line(problem.sheet(), problem.row(),
                problem.column(), message(problem))).toList();
        show(found);
    }

    private Anchor problemsDownload() {
        UploadProblemsWorkbook.Labels labels = new UploadProblemsWorkbook.Labels(
                getTranslation("kpi.upload.problems.sheetName"), getTranslation("kpi.upload.problems.file"),
                getTranslation("kpi.upload.problems.uploadedAt"), getTranslation("kpi.upload.sheet"),
                getTranslation("kpi.upload.row"), getTranslation("kpi.upload.column"),
                getTranslation("kpi.upload.problem"), getLocale());
        DownloadHandler workbook = event -> {
            event.setFileName("kpi-upload-problems.xlsx");
            event.setContentType(TemplateDownload.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                UploadProblemsWorkbook.write(rejectedFile, rejectedAt, rejectedLines, labels, out);
            }
            metrics.exported(Export.UPLOAD_PROBLEMS_XLSX);
        };
        Anchor anchor = new Anchor(workbook, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("kpi.upload.problems.download")));
        anchor.setId("kpi-upload-problems-download");
        return anchor;
    }

    /** The problem in words, naming its field and the value found there ("Complaints: found -3"). */
    private String message(UploadProblem problem) {
        String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
        if (problem.field().isEmpty()) {
            return message;
        }
        return getTranslation(problem.found().isEmpty() ? "kpi.upload.problem.inField" : "kpi.upload.problem.found",
                problem.field(), problem.found()) + " " + message;
    }

    private void show(List<UploadProblem> found) {
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        problemsDownload.setVisible(!found.isEmpty());
    }
}
