package org.ccbench.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.YearMonth;
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
import org.ccbench.base.ui.MonthField;
import org.ccbench.base.ui.Notifications;
import org.ccbench.contract.ContractTerms;
import org.ccbench.contract.ContractTermsDraft;
import org.ccbench.contract.ContractTermsService;
import org.ccbench.profile.ProfileSummary;

/**
 * A terms version: the sourcing manager's draft of the next version, saved with a reason, or a saved version
 * read-only.
 */
class TermsEditor extends VerticalLayout {

    private static final Set<String> SECTIONS = Set.of("slaItems", "priceLines");

    private final ContractTermsService service;
    private final Consumer<ContractTerms> onSaved;
    private final Runnable onStale;
    private final H3 heading = new H3();
    private final Paragraph readOnlyNote = new Paragraph();
    private final Button backToDraft = new Button();
    private final HorizontalLayout note = new HorizontalLayout(readOnlyNote, backToDraft);
    private final Clock clock;
    private final MonthField effectiveFrom;
    private final ComboBox<ProfileSummary> profile = new ComboBox<>();
    private final TextField pinnedProfile = new TextField();
    private final SlaItemsEditor slaItems = new SlaItemsEditor();
    private final SettlementFields settlement = new SettlementFields();
    private final PriceLinesEditor prices = new PriceLinesEditor();
    private final OneOffCostsEditor costs;
    private final TextArea reason = new TextArea();
    private final Button save = new Button();
    private final Set<HasValidation> markedByUs = new HashSet<>();
    private long contractId;
    private int latestNumber;

    TermsEditor(ContractTermsService service, Clock clock, Consumer<ContractTerms> onSaved, Runnable onStale,
                Runnable onBackToDraft) {
        this.service = service;
        this.clock = clock;
        YearMonth now = YearMonth.now(clock);
        effectiveFrom = new MonthField(now, now);
        costs = new OneOffCostsEditor(now);
        this.onSaved = onSaved;
        this.onStale = onStale;
        setId("terms-editor");
        setPadding(false);
        heading.setId("terms-editor-heading");
        readOnlyNote.setId("terms-read-only-note");
        backToDraft.setText(getTranslation("terms.backToDraft"));
        backToDraft.setId("show-terms-draft");
        backToDraft.addClickListener(event -> onBackToDraft.run());
        note.setAlignItems(Alignment.BASELINE);
        effectiveFrom.setId("terms-effective-from");
        effectiveFrom.setLabel(getTranslation("terms.effectiveFrom"));
        effectiveFrom.setRequiredIndicatorVisible(true);
        profile.setId("terms-profile");
        profile.setLabel(getTranslation("terms.profile"));
        profile.setItemLabelGenerator(ProfileSummary::name);
        pinnedProfile.setId("terms-profile-pinned");
        pinnedProfile.setLabel(getTranslation("terms.profile"));
        pinnedProfile.setReadOnly(true);
        reason.setId("terms-reason");
        reason.setLabel(getTranslation("terms.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        save.setId("terms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        add(heading, note, new FormLayout(effectiveFrom, profile, pinnedProfile),
                new H4(getTranslation("terms.sla")), new Paragraph(getTranslation("terms.sla.help")), slaItems,
                new H4(getTranslation("terms.settlement")), settlement,
                new H4(getTranslation("terms.prices")), prices,
                new H4(getTranslation("terms.costs")), costs, reason, save);
    }

    /** The sourcing manager's draft of version {@code latestNumber + 1}, editable. */
    void showDraft(long contractId, int latestNumber, ContractTermsDraft draft, List<ProfileSummary> choices,
                   List<String> kpiChoices) {
        this.contractId = contractId;
        this.latestNumber = latestNumber;
        clearErrors();
        heading.setText(getTranslation("terms.draft", latestNumber + 1));
        note.setVisible(false);
        YearMonth first = draft.effectiveFrom();
        YearMonth now = YearMonth.now(clock);
        effectiveFrom.setRange(first, (first.isAfter(now) ? first : now).plusYears(2));
        effectiveFrom.show(first);
        profile.setItems(choices);
        choices.stream().filter(choice -> choice.id() == draft.scoringProfileId()).findFirst()
                .ifPresentOrElse(profile::setValue, profile::clear);
        slaItems.setKpiChoices(kpiChoices);
        slaItems.setValues(draft.slaItems());
        settlement.show(draft.maxTotalMalus(), draft.maxTotalBonus(), draft.bonusGate(), draft.forecast(),
                draft.corridorPercent());
        prices.setValues(draft.priceLines());
        costs.setFirstMonth(first.minusMonths(1));
        costs.setValues(draft.oneOffCosts());
        reason.clear();
        save.setText(getTranslation("terms.saveAs", latestNumber + 1));
        setEditable(true);
    }

    /** A saved version, read-only; {@code draftToGoBackTo} offers the way back to the draft. */
    void showVersion(ContractTerms terms, String profileLabel, List<String> kpiChoices, boolean draftToGoBackTo) {
        clearErrors();
        heading.setText(getTranslation("terms.version") + " " + terms.number());
        readOnlyNote.setText(getTranslation("terms.readOnly", terms.number(), terms.reason()));
        backToDraft.setVisible(draftToGoBackTo);
        note.setVisible(true);
        effectiveFrom.show(terms.effectiveFrom());
        pinnedProfile.setValue(profileLabel);
        slaItems.setKpiChoices(kpiChoices);
        slaItems.setValues(terms.slaItems());
        settlement.show(terms.maxTotalMalus(), terms.maxTotalBonus(), terms.bonusGate(), terms.forecast(),
                terms.corridorPercent());
        prices.setValues(terms.priceLines());
        costs.setFirstMonth(terms.effectiveFrom().minusMonths(1));
        costs.setValues(terms.oneOffCosts());
        setEditable(false);
    }

    private void setEditable(boolean editable) {
        effectiveFrom.setReadOnly(!editable);
        profile.setVisible(editable);
        pinnedProfile.setVisible(!editable);
        slaItems.setReadOnly(!editable);
        settlement.setReadOnly(!editable);
        prices.setReadOnly(!editable);
        costs.setReadOnly(!editable);
        reason.setVisible(editable);
        save.setVisible(editable);
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        if (fields.values().stream().anyMatch(field -> field.isInvalid() && !markedByUs.contains(field))) {
            Notifications.error(getTranslation("terms.error.notANumber"));
            return;
        }
        clearErrors();
        try {
            ContractTerms saved = service.save(contractId, draft(), reason.getValue(), latestNumber);
            Notifications.success(getTranslation("terms.saved", saved.number()));
            onSaved.accept(saved);
        } catch (ValidationException e) {
            showErrors(e);
        } catch (StaleDataException e) {
            Notifications.error(getTranslation("terms.error.stale"));
            onStale.run();
        }
    }

    private ContractTermsDraft draft() {
        ProfileSummary chosen = profile.getValue();
        return new ContractTermsDraft(effectiveFrom.getValue(), slaItems.values(),
                settlement.maxTotalMalus.getValue(), settlement.maxTotalBonus.getValue(),
                settlement.bonusGate.getValue(), settlement.forecastValue(), settlement.corridor.getValue(),
                prices.values(), costs.values(), chosen == null ? -1 : chosen.id());
    }

    private void showErrors(ValidationException e) {
        Map<String, HasValidation> fields = fields();
        for (FieldError error : e.errors()) {
            switch (error.field()) {
                case "slaItems" -> slaItems.setError(getTranslation(error.messageKey()));
                case "priceLines" -> prices.setError(getTranslation(error.messageKey()));
                default -> {
                    if (fields.containsKey(error.field())) {
                        markedByUs.add(fields.get(error.field()));
                    }
                }
            }
        }
        List<FieldError> atFields = e.errors().stream().filter(error -> !SECTIONS.contains(error.field())).toList();
        if (!atFields.isEmpty()) {
            FormErrors.show(new ValidationException(atFields), fields);
        }
    }

    private void clearErrors() {
        FormErrors.clear(fields());
        markedByUs.clear();
        slaItems.setError(null);
        prices.setError(null);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("effectiveFrom", effectiveFrom);
        fields.put("scoringProfile", profile);
        fields.putAll(slaItems.fields());
        fields.putAll(settlement.fields());
        fields.putAll(prices.fields());
        fields.putAll(costs.fields());
        fields.put("reason", reason);
        return fields;
    }
}
