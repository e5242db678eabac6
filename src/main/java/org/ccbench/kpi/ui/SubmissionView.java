package org.ccbench.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.kpi.DraftPrecondition;
import org.ccbench.kpi.InputProblem;
import org.ccbench.kpi.InputProblemsException;
import org.ccbench.kpi.InputRules;
import org.ccbench.kpi.KpiDefinitionInForce;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.kpi.MonthChangedMeanwhileException;
import org.ccbench.kpi.RevisionStatus;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionStateException;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.kpi.UnusualFigure;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.template.KpiCatalogues;

/**
 * One unit-month: the raw inputs with their problems at the field, the actions its state allows for the user's role,
 * and every revision.
 */
@Route("kpi/:unitId(\\d+)/:period")
@RolesAllowed({Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME, Role.SOURCING_MANAGER_NAME})
class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionService submissions;
    private final BenchmarkService benchmarks;
    private final KpiDefinitionService definitions;
    private final KpiCatalogues catalogues;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private SubmissionUnit unit;
    private YearMonth period;
    private InputForm form;
    private DraftPrecondition read = DraftPrecondition.whenNothingStored();
    private String title = "";

    SubmissionView(SubmissionService submissions, BenchmarkService benchmarks, KpiDefinitionService definitions,
                   KpiCatalogues catalogues, CurrentUser currentUser, Clock clock) {
        this.submissions = submissions;
        this.benchmarks = benchmarks;
        this.definitions = definitions;
        this.catalogues = catalogues;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        setId("submission-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unitId = event.getRouteParameters().getLong("unitId")
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", "?"));
        String month = event.getRouteParameters().get("period").orElse("");
        try {
            period = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundOrNotAllowedException("KPI submission", month);
        }
        unit = submissions.readableUnits().stream().filter(candidate -> candidate.id() == unitId).findFirst()
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", unitId));
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        Optional<Submission> submission = submissions.find(unit.id(), period);
        read = submission.map(found -> DraftPrecondition.atVersion(found.version()))
                .orElse(DraftPrecondition.whenNothingStored());
        title = unit.name() + " · " + period;
        InputRules rules = submissions.rulesOf(unit.id());
        KpiDefinitionInForce monthDefinitions = definitions.inForce(unit.id(), period);
        form = new InputForm(catalogues.current(), rules.inputsOfUnit(),
                DefinitionTexts.inputNotes(monthDefinitions.parameters(), getLocale()),
                FieldHelp.inputs(rules.inputsOfUnit(), monthDefinitions.parameters(), getLocale()), getLocale());
        submission.ifPresent(found -> form.setValues(found.latest().values()));
        boolean editable = canSubmit() && submission.map(this::isEditable).orElse(true);
        form.setReadOnly(!editable);

        Toolbar toolbar = new Toolbar(title);
        actions(submission.orElse(null), editable, "").forEach(toolbar::add);
        RouterLink back = new RouterLink(getTranslation("kpi.back"), KpiOverviewView.class);
        back.setId("back-to-kpi");
        Span status = new Span(Labels.of(submission.map(Submission::status)
                .orElse(org.ccbench.kpi.SubmissionStatus.MISSING)));
        status.setId("submission-status");
        status.getElement().getThemeList().add("badge");
        add(back, toolbar, new Paragraph(unitLine()), status, new MonthDefinitions(unit, period, monthDefinitions));
        if (submissions.isLocked(unit.id(), period)) {
            add(new Paragraph(getTranslation("kpi.lockedNote")));
        }
        submissions.reopenedUntil(unit.id(), period).ifPresent(until ->
                add(new Paragraph(getTranslation("kpi.reopenedNote", Dates.format(until)))));
        KpiPreviewPanel preview = new KpiPreviewPanel(
                label -> FieldHelp.kpi(label, monthDefinitions.parameters(), getLocale()));
        PreviewSummary summary = new PreviewSummary(() -> preview.scrollIntoView());
        Runnable refresh = () -> {
            List<org.ccbench.kpi.KpiPreview> previews = submissions.preview(unit.id(), period, form.values(),
                    getLocale());
            preview.show(previews);
            summary.show(previews);
        };
        refresh.run();
        form.onChange(refresh);

        Div fields = new Div();
        fields.addClassName("month-form-fields");
        if (editable) {
            fields.add(new Paragraph(getTranslation("kpi.requiredLegend")));
            if (submission.isEmpty()) {
                fields.add(copyFromLastMonth(refresh));
            }
        }
        fields.add(form);
        if (editable) {
            Div bottom = new Div(new Paragraph(getTranslation("kpi.actions.bottom")));
            bottom.setId("month-form-bottom-actions");
            bottom.addClassName("month-form-bottom-actions");
            actions(submission.orElse(null), true, "-bottom").forEach(bottom::add);
            fields.add(bottom);
        }
        Div side = new Div(preview);
        side.addClassName("month-form-preview");
        Div columns = new Div(fields, side);
        columns.setId("month-form-columns");
        columns.addClassName("month-form-columns");
        add(columns, summary);
        submission.filter(found -> !found.revisions().isEmpty()).ifPresent(found ->
                add(new H3(getTranslation("kpi.revisions")), new RevisionHistory(found.revisions(), zone)));
    }

    /**
     * "Start from last month" on an empty month: copies the previous month's figures into the form, marked as copied
     * until changed, with a note that nothing is saved until the draft is; or says why there is nothing to copy.
     */
    private Div copyFromLastMonth(Runnable refresh) {
        Div copy = new Div();
        copy.setId("copy-last-month");
        copy.addClassName("month-form-copy");
        YearMonth previous = period.minusMonths(1);
        Button button = new Button(getTranslation("kpi.copy.button"));
        button.setId("copy-last-month-button");
        button.setTooltipText(getTranslation("kpi.copy.explain", Dates.month(previous, getLocale())));
        button.addClickListener(event -> {
            copy.removeAll();
            submissions.previousMonth(unit.id(), period).ifPresentOrElse(last -> {
                String month = Dates.month(last.month(), getLocale());
                form.copy(last.values(), getTranslation("kpi.copy.field", month));
                refresh.run();
                Paragraph banner = new Paragraph(getTranslation("kpi.copy.banner", month));
                banner.setId("copied-banner");
                banner.addClassName("month-form-copied");
                copy.add(banner);
                form.focusFirstField();
            }, () -> {
                Paragraph none = new Paragraph(getTranslation("kpi.copy.none", Dates.month(previous, getLocale()),
                        Dates.month(period, getLocale())));
                none.setId("copy-none");
                copy.add(none);
            });
        });
        copy.add(button);
        return copy;
    }

    private String unitLine() {
        return unit.inHouse() ? getTranslation("kpi.unitInHouse", unit.clientName())
                : getTranslation("kpi.unitContract", unit.clientName(), unit.vendorName());
    }

    private boolean isEditable(Submission submission) {
        RevisionStatus latest = submission.latest().status();
        return latest == RevisionStatus.DRAFT || latest == RevisionStatus.RETURNED;
    }

    /**
     * The buttons the month's state allows; {@code idSuffix} tells the copies below the fields ({@code -bottom},
     * save and submit only) from the toolbar's.
     */
    private List<Button> actions(Submission submission, boolean editable, String idSuffix) {
        List<Button> buttons = new java.util.ArrayList<>();
        RevisionStatus latest = submission == null ? null : submission.latest().status();
        if (editable) {
            buttons.add(button("save-draft-button" + idSuffix, "kpi.saveDraft", false, this::saveDraft));
            buttons.add(button("submit-button" + idSuffix, "kpi.submit", true, this::submit));
        }
        if (!idSuffix.isEmpty()) {
            return buttons;
        }
        if (canSubmit() && latest == RevisionStatus.SUBMITTED) {
            buttons.add(button("withdraw-button", "kpi.withdraw", false, () -> perform(
                    () -> submissions.withdraw(unit.id(), period), "kpi.withdrawn")));
        }
        if (canSubmit() && latest == RevisionStatus.APPROVED) {
            buttons.add(button("correct-button", "kpi.requestCorrection", false, () -> new TextPrompt(
                    "correction-dialog", getTranslation("kpi.requestCorrection"),
                    getTranslation("kpi.correction.explain"), getTranslation("kpi.reason"),
                    getTranslation("kpi.requestCorrection"), reason -> perform(
                            () -> submissions.requestCorrection(unit.id(), period, reason), "kpi.correctionStarted"))
                    .open()));
        }
        if (currentUser.require().hasRole(Role.SOURCING_MANAGER) && latest == RevisionStatus.SUBMITTED) {
            int version = submission.version();
            buttons.add(button("approve-button", "kpi.approve", true, () -> perform(
                    () -> submissions.approve(unit.id(), period, version), "kpi.approved")));
            buttons.add(button("return-button", "kpi.return", false, () -> new TextPrompt("return-dialog",
                    getTranslation("kpi.return"), getTranslation("kpi.return.explain"),
                    getTranslation("kpi.comment"), getTranslation("kpi.return"), comment -> perform(
                            () -> submissions.returnForChanges(unit.id(), period, version, comment),
                            "kpi.returned")).open()));
        }
        return buttons;
    }

    private void submit() {
        Submission saved = saveFirst();
        if (saved == null) {
            return;
        }
        try {
            submissions.submit(unit.id(), period, null, DraftPrecondition.atVersion(saved.version()));
            Notifications.success(getTranslation("kpi.submitted.done"));
            render();
        } catch (InputProblemsException e) {
            if (e.problems().stream().allMatch(InputProblem::warning)) {
                form.show(e.problems());
                List<UnusualFigure> figures = submissions.unusualFigures(unit.id(), period, e.problems(),
                        getLocale());
                new WarningsDialog(figures, peers(figures), getLocale(), comment -> perform(() -> submissions.submit(unit.id(), period, comment),
                        "kpi.submitted.done")).open();
            } else {
                showProblems(e.problems());
            }
        } catch (SubmissionStateException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    /** The peers of each unusual KPI in the unit's last approved month, the month the dialog compares with. */
    private Map<String, BenchmarkFigure> peers(List<UnusualFigure> figures) {
        List<String> kpis = figures.stream().filter(UnusualFigure::kpi).map(UnusualFigure::field).toList();
        return figures.stream().map(UnusualFigure::lastMonth).filter(Objects::nonNull).findFirst()
                .filter(month -> !kpis.isEmpty())
                .map(month -> benchmarks.peersInMonth(unit.id(), kpis, month)).orElse(Map.of());
    }

    private void saveDraft() {
        if (saveFirst() != null) {
            Notifications.success(getTranslation("kpi.saved"));
            render();
        }
    }

    /** Saves the form as the draft of the month as it was read; null (and the reason shown) when not saved. */
    private Submission saveFirst() {
        if (form.hasUnparsableInput()) {
            Notifications.error(getTranslation("kpi.error.notANumber"));
            form.focusFirstProblem();
            return null;
        }
        try {
            Submission saved = submissions.saveDraft(unit.id(), period, form.values(), read);
            read = DraftPrecondition.atVersion(saved.version());
            return saved;
        } catch (InputProblemsException e) {
            showProblems(e.problems());
        } catch (SubmissionStateException e) {
            Notifications.error(getTranslation(e.messageKey()));
        } catch (MonthChangedMeanwhileException e) {
            new ChangedMeanwhileDialog(() -> {
                read = e.currentVersion() == null ? DraftPrecondition.ANY
                        : DraftPrecondition.atVersion(e.currentVersion());
                saveDraft();
            }, this::render).open();
        }
        return null;
    }

    private void perform(Supplier<Submission> action, String doneKey) {
        if (form.hasUnparsableInput()) {
            Notifications.error(getTranslation("kpi.error.notANumber"));
            return;
        }
        try {
            action.get();
            Notifications.success(getTranslation(doneKey));
            render();
        } catch (InputProblemsException e) {
            showProblems(e.problems());
        } catch (SubmissionStateException e) {
            Notifications.error(getTranslation(e.messageKey()));
        } catch (ValidationException e) {
            Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
        } catch (StaleDataException e) {
            Notifications.error(getTranslation("kpi.error.stale"));
            render();
        }
    }

    /** Shows the problems at their fields and puts the keyboard focus on the first field with an error. */
    private void showProblems(List<InputProblem> problems) {
        List<InputProblem> elsewhere = form.show(problems);
        form.focusFirstProblem();
        Notifications.error(getTranslation("kpi.problems", problems.size()) + (elsewhere.isEmpty() ? ""
                : " " + elsewhere.stream().map(problem -> problem.field() + ": "
                        + getTranslation(problem.messageKey(), problem.arguments().toArray())).toList()));
    }

    private boolean canSubmit() {
        return currentUser.require().hasRole(Role.VENDOR) && !unit.inHouse()
                || currentUser.require().hasRole(Role.CENTER_MANAGER) && unit.inHouse();
    }

    private Button button(String id, String labelKey, boolean primary, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), event -> onClick.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
