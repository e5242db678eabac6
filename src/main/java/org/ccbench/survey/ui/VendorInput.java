package org.ccbench.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.survey.Answer;
import org.ccbench.survey.AnswerProblem;
import org.ccbench.template.Question;

/** {@code options_source: registry:vendors}: a vendor from the registry (stored by id), or "other" with a name. */
final class VendorInput extends QuestionInput {

    static final String OTHER = "other";

    private final ComboBox<String> vendors = new ComboBox<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    VendorInput(Question question, Locale locale, List<OrganisationRef> registry) {
        super(question, locale);
        registry.forEach(vendor -> names.put(String.valueOf(vendor.id()), vendor.name()));
        names.put(OTHER, I18NProvider.translate("survey.vendor.other"));
        labelled(vendors);
        vendors.addClassName("survey-vendor");
        vendors.setItems(new ArrayList<>(names.keySet()));
        vendors.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        vendors.setPlaceholder(I18NProvider.translate("survey.vendor.placeholder"));
        vendors.setClearButtonVisible(true);
        add(vendors, otherField(I18NProvider.translate("survey.vendor.otherName")));
        vendors.addValueChangeListener(event -> {
            showOther(OTHER.equals(vendors.getValue()));
            changed(true);
            focusOther();
        });
    }

    @Override
    HasValidation field() {
        return vendors;
    }

    @Override
    Answer answer() {
        boolean other = OTHER.equals(vendors.getValue());
        return new Answer(vendors.getValue(), other ? otherText() : null);
    }

    /** The service answers "choose" for "other" without a name: what is missing is the name. */
    @Override
    protected boolean isOtherTextProblem(AnswerProblem problem) {
        return super.isOtherTextProblem(problem)
                || (OTHER.equals(vendors.getValue()) && otherText() != null && otherText().isBlank()
                && "survey.error.choose".equals(problem.messageKey()));
    }

    @Override
    protected void fill(Answer answer) {
        vendors.setValue(names.containsKey(answer.value()) ? answer.value() : null);
        fillOther(answer);
        showOther(OTHER.equals(vendors.getValue()));
    }
}
