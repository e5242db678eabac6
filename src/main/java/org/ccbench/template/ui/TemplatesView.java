package org.ccbench.template.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.LimitedUpload;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.security.Role;
import org.ccbench.template.TemplateOrigin;
import org.ccbench.template.TemplateProblem;
import org.ccbench.template.TemplateRejectedException;
import org.ccbench.template.TemplateService;
import org.ccbench.template.TemplateVersion;
import org.ccbench.template.UploadResult;
import org.ccbench.base.ui.UploadTexts;

/** The administrator's template library: versions, files with problems, uploads and version comparison. */
@Route("admin/templates")
@Menu(order = 12, title = "nav.templates", icon = "CLIPBOARD_TEXT")
@RolesAllowed(Role.ADMIN_NAME)
class TemplatesView extends VerticalLayout {

    private final TemplateService templates;
    private final ZoneId zone;
    private final Grid<TemplateVersion> versions = new Grid<>();
    private final ProblemList problems = new ProblemList();
    private final VersionComparison comparison;

    TemplatesView(TemplateService templates, Clock clock) {
        this.templates = templates;
        this.zone = clock.getZone();
        this.comparison = new VersionComparison(templates);
        setId("templates-view");
        setWidthFull();
        add(new Toolbar(getTranslation("templates.title"), upload()), problems);

        versions.setId("template-versions-grid");
        versions.setAllRowsVisible(true);
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.addColumn(v -> v.titleIn(getLocale())).setHeader(getTranslation("templates.template"))
                .setFlexGrow(3);
        versions.addColumn(TemplateVersion::templateId).setHeader(getTranslation("templates.id")).setFlexGrow(2);
        versions.addColumn(TemplateVersion::version).setHeader(getTranslation("templates.version")).setAutoWidth(true);
        versions.addColumn(v -> Labels.of(v.kind())).setHeader(getTranslation("field.kind")).setAutoWidth(true);
        versions.addColumn(v -> Labels.of(v.status())).setHeader(getTranslation("field.status")).setAutoWidth(true);
        versions.addColumn(v -> v.questionCount() == 0 ? "" : String.valueOf(v.questionCount()))
                .setHeader(getTranslation("templates.questions")).setAutoWidth(true);
        versions.addColumn(this::origin).setHeader(getTranslation("templates.origin")).setFlexGrow(2);
        add(new H3(getTranslation("templates.versions")), versions, comparison);
        refresh();
    }

    private String origin(TemplateVersion version) {
        String by = version.origin() == TemplateOrigin.UPLOADED ? " · " + version.acceptedBy() : "";
        return Labels.of(version.origin()) + by + " · " + Dates.dateTime(version.acceptedAt(), zone);
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(LimitedUpload.inMemory(TemplateService.MAX_UPLOAD_BYTES, (metadata, bytes) ->
                ui.access(() -> accept(metadata.fileName(), bytes)), (fileName, maxBytes) -> {
                    String message = getTranslation("upload.tooLarge", maxBytes / 1_000_000);
                    ui.access(() -> Notifications.error(message));
                    return message;
                }));
        upload.setId("template-upload");
        upload.setI18n(UploadTexts.translated());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TemplateService.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml");
        Button button = new Button(getTranslation("templates.upload"), VaadinIcon.UPLOAD.create());
        button.setId("template-upload-button");
        upload.setUploadButton(button);
        upload.setDropLabel(new Paragraph(getTranslation("templates.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("templates.fileRejected",
                event.getErrorMessage())));
        upload.addAllFinishedListener(event -> upload.clearFileList());
        return upload;
    }

    private void accept(String fileName, byte[] content) {
        try {
            UploadResult result = templates.upload(fileName, content);
            TemplateVersion version = result.version();
            Notifications.success(switch (result.outcome()) {
                case ADDED -> getTranslation("templates.uploaded.added", version.templateId(), version.version());
                case DRAFT_REPLACED -> getTranslation("templates.uploaded.draftReplaced", version.templateId(),
                        version.version());
                case ALREADY_LOADED -> getTranslation("templates.uploaded.alreadyLoaded", version.templateId(),
                        version.version());
            });
            refresh();
        } catch (TemplateRejectedException e) {
            problems.showUploadProblems(fileName, e.problems());
        }
    }

    private void refresh() {
        List<TemplateVersion> all = templates.versions();
        versions.setItems(all);
        problems.showFileProblems(templates.problems());
        comparison.setVersions(all);
    }

    /** The broken files and the last refused upload, each problem with its file, line, place and rule. */
    private static final class ProblemList extends VerticalLayout {

        private final H3 heading = new H3();
        private final Paragraph explanation = new Paragraph();
        private final Grid<TemplateProblem> grid = new Grid<>();
        private List<TemplateProblem> fileProblems = List.of();

        ProblemList() {
            setId("template-problems");
            setPadding(false);
            addClassName("problem-list");
            grid.setId("template-problems-grid");
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(TemplateProblem::source).setHeader(getTranslation("templates.file")).setAutoWidth(true);
            grid.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "")
                    .setHeader(getTranslation("templates.line")).setAutoWidth(true);
            grid.addColumn(TemplateProblem::place).setHeader(getTranslation("templates.place")).setAutoWidth(true);
            grid.addColumn(TemplateProblem::message).setHeader(getTranslation("templates.rule")).setFlexGrow(3);
            add(heading, explanation, grid);
            setVisible(false);
        }

        void showFileProblems(List<TemplateProblem> problems) {
            fileProblems = problems;
            show(getTranslation("templates.problems.files"), getTranslation("templates.problems.filesHelp"),
                    problems);
        }

        void showUploadProblems(String fileName, List<TemplateProblem> problems) {
            show(getTranslation("templates.problems.upload", fileName),
                    getTranslation("templates.problems.uploadHelp"),
                    java.util.stream.Stream.concat(problems.stream(), fileProblems.stream()).toList());
        }

        private void show(String title, String help, List<TemplateProblem> problems) {
            heading.setText(title);
            explanation.setText(help);
            grid.setItems(problems);
            setVisible(!problems.isEmpty());
        }
    }
}
