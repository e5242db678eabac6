package org.ccbench.survey.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.base.ui.Labels;
import org.ccbench.survey.Audience;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignData;
import org.ccbench.survey.CampaignService;
import org.ccbench.template.Questionnaire;

/** Sets up a draft campaign: title, questionnaire version, fieldwork window and the promises made to respondents. */
class CampaignDialog extends EditDialog {

    private final TextField title = new TextField();
    private final ComboBox<Questionnaire> questionnaire = new ComboBox<>();
    private final DatePicker opensOn = Dates.picker("campaigns.opensOn", "campaign-opens-on");
    private final DatePicker closesOn = Dates.picker("campaigns.closesOn", "campaign-closes-on");
    private final Checkbox anonymous = new Checkbox();
    private final Checkbox nameVendors = new Checkbox();
    private final Select<Audience> audience = new Select<>();

    CampaignDialog(CampaignService campaigns, Campaign existing, LocalDate today,
                   java.util.function.LongConsumer onSaved) {
        super(existing == null ? "campaigns.add" : "campaigns.edit", () -> { });
        title.setLabel(getTranslation("campaigns.campaignTitle"));
        title.setId("campaign-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        questionnaire.setLabel(getTranslation("campaigns.questionnaire"));
        questionnaire.setId("campaign-questionnaire");
        questionnaire.setItems(campaigns.publishedQuestionnaires());
        questionnaire.setItemLabelGenerator(q -> q.title().in(getLocale()) + " · " + q.version());
        questionnaire.setRequiredIndicatorVisible(true);
        opensOn.setRequiredIndicatorVisible(true);
        closesOn.setRequiredIndicatorVisible(true);
        anonymous.setLabel(getTranslation("campaigns.anonymous"));
        anonymous.setId("campaign-anonymous");
        anonymous.setHelperText(getTranslation("campaigns.anonymous.help"));
        nameVendors.setLabel(getTranslation("campaigns.nameVendors"));
        nameVendors.setId("campaign-name-vendors");
        nameVendors.setHelperText(getTranslation("campaigns.nameVendors.help"));
        audience.setLabel(getTranslation("campaigns.audience"));
        audience.setId("campaign-audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Labels::of);
        FormLayout form = new FormLayout(title, questionnaire, opensOn, closesOn, audience, anonymous, nameVendors);
        form.setColspan(title, 2);
        form.setColspan(questionnaire, 2);
        add(form);

        if (existing == null) {
            opensOn.setValue(today);
            closesOn.setValue(today.plusWeeks(4));
            anonymous.setValue(true);
            audience.setValue(Audience.CLIENTS);
        } else {
            title.setValue(existing.title());
            campaigns.publishedQuestionnaires().stream()
                    .filter(q -> q.templateId().equals(existing.templateId())
                            && q.version().equals(existing.templateVersion()))
                    .findFirst().ifPresent(questionnaire::setValue);
            opensOn.setValue(existing.opensOn());
            closesOn.setValue(existing.closesOn());
            anonymous.setValue(existing.anonymous());
            nameVendors.setValue(existing.nameVendors());
            audience.setValue(existing.audience());
        }
        onSave(Map.of("title", title, "template", questionnaire, "opensOn", opensOn, "closesOn", closesOn,
                "audience", audience), () -> {
                    Questionnaire chosen = questionnaire.getValue();
                    CampaignData data = new CampaignData(title.getValue(), chosen == null ? null : chosen.templateId(),
                            chosen == null ? null : chosen.version(), opensOn.getValue(), closesOn.getValue(),
                            anonymous.getValue(), nameVendors.getValue(), audience.getValue());
                    if (existing == null) {
                        onSaved.accept(campaigns.create(data));
                    } else {
                        campaigns.update(existing.id(), existing.version(), data);
                        onSaved.accept(existing.id());
                    }
                });
    }
}
