package org.ccbench.profile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ccbench.base.FieldError;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.Notifications;
import org.ccbench.profile.ProfileVersion;
import org.ccbench.profile.ScoringIndex;
import org.ccbench.profile.ScoringProfileService;
import org.ccbench.scoring.kpi.Kpi;

/**
 * A profile version in the editor: the current one editable and saved as the next version with a reason, an older
 * one read-only.
 */
class ProfileEditor extends VerticalLayout {

    private final ScoringProfileService service;
    private final Consumer<ProfileVersion> onSaved;
    private final Runnable onStale;
    private final KpiLineFields lines;
    private final BigDecimalField alpha = new BigDecimalField();
    private final BigDecimalField coverage = new BigDecimalField();
    private final TextArea reason = new TextArea();
    private final Button save = new Button();
    private final Paragraph readOnlyNote = new Paragraph();
    private final Button backToCurrent = new Button();
    private final HorizontalLayout note = new HorizontalLayout();
    private final Set<HasValidation> markedByUs = new HashSet<>();
    private ProfileVersion shown;

    ProfileEditor(ScoringProfileService service, Map<Kpi, String> kpiNames, Consumer<ProfileVersion> onSaved,
                  Runnable onStale, Runnable onBackToCurrent) {
        this.service = service;
        this.onSaved = onSaved;
        this.onStale = onStale;
        setId("profile-editor");
        setPadding(false);
        lines = new KpiLineFields(kpiNames);
        readOnlyNote.setId("profile-read-only-note");
        backToCurrent.setText(getTranslation("profile.backToCurrent"));
        backToCurrent.setId("show-current-version");
        backToCurrent.addClickListener(event -> onBackToCurrent.run());
        note.add(readOnlyNote, backToCurrent);
        note.setAlignItems(Alignment.BASELINE);
        alpha.setId("profile-alpha");
        alpha.setLabel(getTranslation("profile.alpha"));
        alpha.setHelperText(getTranslation("profile.alpha.help"));
        alpha.setRequiredIndicatorVisible(true);
        coverage.setId("profile-coverage");
        coverage.setLabel(getTranslation("profile.coverage"));
        coverage.setHelperText(getTranslation("profile.coverage.help"));
        coverage.setRequiredIndicatorVisible(true);
        reason.setId("profile-reason");
        reason.setLabel(getTranslation("profile.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        FormLayout settings = new FormLayout(alpha, coverage, reason);
        settings.setColspan(reason, 2);
        add(note, new Paragraph(getTranslation("profile.lines.help")), lines, settings, save);
    }

    /** Shows a version, editable when it is its profile's current one. */
    void show(ProfileVersion version, boolean current) {
        shown = version;
        clearErrors();
        lines.setLines(version.lines());
        alpha.setValue(version.alpha());
        coverage.setValue(version.minWeightCoverage());
        reason.clear();
        lines.setReadOnly(!current);
        alpha.setReadOnly(!current);
        coverage.setReadOnly(!current);
        reason.setVisible(current);
        save.setVisible(current);
        save.setText(getTranslation("profile.saveAs", version.number() + 1));
        readOnlyNote.setText(current ? "" : getTranslation("profile.readOnly", version.number(), version.reason()));
        note.setVisible(!current);
    }

    private void save() {
        if (lines.hasUnparsableInput(markedByUs)) {
            Notifications.error(getTranslation("profile.error.notANumber"));
            return;
        }
        clearErrors();
        try {
            ProfileVersion saved = service.saveNewVersion(shown.profileId(), lines.lines(), alpha.getValue(),
                    coverage.getValue(), reason.getValue(), shown.number());
            Notifications.success(getTranslation("profile.saved", saved.number()));
            onSaved.accept(saved);
        } catch (ValidationException e) {
            showErrors(e);
        } catch (StaleDataException e) {
            Notifications.error(getTranslation("profile.error.stale"));
            onStale.run();
        }
    }

    private void showErrors(ValidationException e) {
        Map<String, HasValidation> fields = fields();
        for (FieldError error : e.errors()) {
            switch (error.field()) {
                case "qualityWeights" -> lines.setSectionError(ScoringIndex.QUALITY, getTranslation(error.messageKey()));
                case "costWeights" -> lines.setSectionError(ScoringIndex.COST, getTranslation(error.messageKey()));
                default -> {
                    if (fields.containsKey(error.field())) {
                        markedByUs.add(fields.get(error.field()));
                    }
                }
            }
        }
        List<FieldError> atFields = e.errors().stream()
                .filter(error -> !error.field().endsWith("Weights")).toList();
        if (!atFields.isEmpty()) {
            FormErrors.show(new ValidationException(atFields), fields);
        }
    }

    private void clearErrors() {
        FormErrors.clear(fields());
        markedByUs.clear();
        lines.setSectionError(ScoringIndex.QUALITY, null);
        lines.setSectionError(ScoringIndex.COST, null);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>(lines.fields());
        fields.put("alpha", alpha);
        fields.put("coverage", coverage);
        fields.put("reason", reason);
        return fields;
    }
}
