package org.ccbench.kpi.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.MonthField;
import org.ccbench.base.ui.Notifications;
import org.ccbench.kpi.KpiDefinitionDraft;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.kpi.KpiDefinitionVersion;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;

/**
 * One version of a unit's KPI definitions: the client's draft of the next version, saved with a reason, or a saved
 * version (or the catalogue defaults) read-only. Only the definitions the unit's channels use are shown.
 */
class DefinitionEditor extends VerticalLayout {

    private final KpiDefinitionService service;
    private final Consumer<KpiDefinitionVersion> onSaved;
    private final Runnable onStale;
    private final H3 heading = new H3();
    private final Paragraph readOnlyNote = new Paragraph();
    private final Button backToDraft = new Button();
    private final HorizontalLayout note = new HorizontalLayout(readOnlyNote, backToDraft);
    private final MonthField effectiveFrom = new MonthField();
    private final IntegerField thresholdSeconds = whole("definitions-threshold-seconds", "definitions.thresholdSeconds",
            "definitions.unit.seconds");
    private final Checkbox excludeShort = new Checkbox();
    private final Map<Channel, BigDecimalField> thresholdHours = new EnumMap<>(Channel.class);
    private final IntegerField repeatWindowDays = whole("definitions-repeat-window-days",
            "definitions.repeatWindowDays", "definitions.unit.days");
    private final IntegerField falloutWindowHours = whole("definitions-fallout-window-hours",
            "definitions.falloutWindowHours", "definitions.unit.hours");
    private final TextArea reason = new TextArea();
    private final Button save = new Button();
    private final Set<HasValidation> markedByUs = new HashSet<>();
    /** The values of definitions the unit's channels do not use: kept as they are in the next version. */
    private KpiDefinitionDraft shown;
    private long unitId;
    private int latestNumber;

    DefinitionEditor(KpiDefinitionService service, Consumer<KpiDefinitionVersion> onSaved, Runnable onStale,
                     Runnable onBackToDraft) {
        this.service = service;
        this.onSaved = onSaved;
        this.onStale = onStale;
        setId("definitions-editor");
        setPadding(false);
        heading.setId("definitions-editor-heading");
        readOnlyNote.setId("definitions-read-only-note");
        backToDraft.setText(getTranslation("definitions.backToDraft"));
        backToDraft.setId("show-definitions-draft");
        backToDraft.addClickListener(event -> onBackToDraft.run());
        note.setAlignItems(FlexComponent.Alignment.BASELINE);
        note.getStyle().set("flex-wrap", "wrap");
        effectiveFrom.setId("definitions-effective-from");
        effectiveFrom.setLabel(getTranslation("definitions.effectiveFrom"));
        effectiveFrom.setRequiredIndicatorVisible(true);
        excludeShort.setId("definitions-excl-short");
        excludeShort.setLabel(getTranslation("definitions.excludeShort"));
        FormLayout form = new FormLayout(effectiveFrom, thresholdSeconds, excludeShort);
        for (Channel channel : Channel.ASYNC) {
            BigDecimalField hours = new BigDecimalField(getTranslation("definitions.thresholdHours",
                    DefinitionTexts.channelName(channel, getLocale())));
            hours.setId("definitions-threshold-hours-" + channel.code());
            hours.setSuffixComponent(new Span(getTranslation("definitions.unit.hours")));
            thresholdHours.put(channel, hours);
            form.add(hours);
        }
        form.add(repeatWindowDays, falloutWindowHours);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        reason.setId("definitions-reason");
        reason.setLabel(getTranslation("definitions.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        save.setId("definitions-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        add(heading, note, form, reason, save);
    }

    /**
     * The client's draft of version {@code latestNumber + 1}, editable from its month on (the earliest it may take
     * effect) up to two years ahead.
     */
    void showDraft(long unitId, Set<String> channels, int latestNumber, KpiDefinitionDraft draft, YearMonth now) {
        this.unitId = unitId;
        this.latestNumber = latestNumber;
        clearErrors();
        heading.setText(getTranslation("definitions.draft", latestNumber + 1));
        note.setVisible(false);
        YearMonth first = draft.effectiveFrom();
        effectiveFrom.setRange(first, (first.isAfter(now) ? first : now).plusYears(2));
        show(draft, channels);
        reason.clear();
        save.setText(getTranslation("definitions.saveAs", latestNumber + 1));
        setEditable(true);
    }

    /** A saved version, or the catalogue defaults ({@code version} null), read-only. */
    void showVersion(KpiDefinitionVersion version, KpiParameters defaults, Set<String> channels,
                     boolean draftToGoBackTo) {
        clearErrors();
        if (version == null) {
            heading.setText(getTranslation("definitions.catalogueDefaults"));
            readOnlyNote.setText(getTranslation("definitions.catalogueDefaults.note"));
        } else {
            heading.setText(getTranslation("definitions.version", version.number()));
            readOnlyNote.setText(getTranslation("definitions.readOnly", version.number(), version.reason()));
        }
        backToDraft.setVisible(draftToGoBackTo);
        note.setVisible(true);
        KpiDefinitionDraft values = version == null ? KpiDefinitionDraft.of(null, defaults)
                : KpiDefinitionDraft.of(version.effectiveFrom(), version.parameters());
        effectiveFrom.setRange(values.effectiveFrom(), values.effectiveFrom());
        show(values, channels);
        effectiveFrom.setVisible(version != null);
        setEditable(false);
    }

    private void show(KpiDefinitionDraft values, Set<String> channels) {
        shown = values;
        effectiveFrom.setVisible(true);
        effectiveFrom.show(values.effectiveFrom());
        boolean queued = DefinitionTexts.queued(channels);
        thresholdSeconds.setValue(values.thresholdSeconds());
        thresholdSeconds.setVisible(queued);
        excludeShort.setValue(Boolean.TRUE.equals(values.excludeShortAbandons()));
        excludeShort.setVisible(queued);
        thresholdHours.forEach((channel, field) -> {
            field.setValue(values.thresholdHours().get(channel));
            field.setVisible(channels.contains(channel.code()));
        });
        repeatWindowDays.setValue(values.repeatWindowDays());
        falloutWindowHours.setValue(values.falloutWindowHours());
    }

    private void setEditable(boolean editable) {
        effectiveFrom.setReadOnly(!editable);
        thresholdSeconds.setReadOnly(!editable);
        excludeShort.setReadOnly(!editable);
        thresholdHours.values().forEach(field -> field.setReadOnly(!editable));
        repeatWindowDays.setReadOnly(!editable);
        falloutWindowHours.setReadOnly(!editable);
        reason.setVisible(editable);
        save.setVisible(editable);
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        if (fields.values().stream().anyMatch(field -> field.isInvalid() && !markedByUs.contains(field))) {
            Notifications.error(getTranslation("definitions.error.notANumber"));
            return;
        }
        clearErrors();
        try {
            KpiDefinitionVersion saved = service.save(unitId, draft(), reason.getValue(), latestNumber);
            Notifications.success(getTranslation("definitions.saved", saved.number()));
            onSaved.accept(saved);
        } catch (ValidationException e) {
            e.errors().forEach(error -> {
                if (fields.containsKey(error.field())) {
                    markedByUs.add(fields.get(error.field()));
                }
            });
            FormErrors.show(e, fields);
        } catch (StaleDataException e) {
            Notifications.error(getTranslation("definitions.error.stale"));
            onStale.run();
        }
    }

    /** What the form holds; a hidden field keeps the value it was shown with. */
    KpiDefinitionDraft draft() {
        Map<Channel, BigDecimal> hours = new EnumMap<>(Channel.class);
        thresholdHours.forEach((channel, field) -> hours.put(channel, field.isVisible() ? field.getValue()
                : shown.thresholdHours().get(channel)));
        return new KpiDefinitionDraft(effectiveFrom.getValue(),
                thresholdSeconds.isVisible() ? thresholdSeconds.getValue() : shown.thresholdSeconds(),
                excludeShort.isVisible() ? excludeShort.getValue() : shown.excludeShortAbandons(), hours,
                repeatWindowDays.getValue(), falloutWindowHours.getValue());
    }

    private void clearErrors() {
        FormErrors.clear(fields());
        markedByUs.clear();
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("effectiveFrom", effectiveFrom);
        fields.put("thresholdSeconds", thresholdSeconds);
        thresholdHours.forEach((channel, field) -> fields.put("thresholdHours." + channel.code(), field));
        fields.put("repeatWindowDays", repeatWindowDays);
        fields.put("falloutWindowHours", falloutWindowHours);
        fields.put("reason", reason);
        return fields;
    }

    private IntegerField whole(String id, String labelKey, String unitKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new Span(getTranslation(unitKey)));
        return field;
    }
}
