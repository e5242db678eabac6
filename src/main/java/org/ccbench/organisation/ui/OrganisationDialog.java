package org.ccbench.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.base.ui.Labels;
import org.ccbench.organisation.Countries;
import org.ccbench.organisation.Organisation;
import org.ccbench.organisation.OrganisationData;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.organisation.Sector;

class OrganisationDialog extends EditDialog {

    private final TextField name = new TextField();
    private final RadioButtonGroup<OrganisationKind> kind = new RadioButtonGroup<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();

    OrganisationDialog(OrganisationService organisations, Organisation existing, Runnable onSaved) {
        super(existing == null ? "organisations.add" : "organisations.edit", onSaved);
        name.setLabel(getTranslation("field.name"));
        name.setId("organisation-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        kind.setLabel(getTranslation("field.kind"));
        kind.setId("organisation-kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setRequiredIndicatorVisible(true);
        sector.setLabel(getTranslation("field.sector"));
        sector.setId("organisation-sector");
        sector.setItems(Arrays.asList(Sector.values()));
        sector.setItemLabelGenerator(Labels::of);
        sector.setRequiredIndicatorVisible(true);
        country.setLabel(getTranslation("field.country"));
        country.setId("organisation-country");
        country.setItems(Countries.codesBeneluxFirst(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setRequiredIndicatorVisible(true);
        add(new FormLayout(name, kind, sector, country));

        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            sector.setValue(existing.sector());
            country.setValue(existing.country());
        } else {
            kind.setValue(OrganisationKind.CLIENT);
            country.setValue("NL");
        }
        onSave(Map.of("name", name, "kind", kind, "sector", sector, "country", country), () -> {
            OrganisationData data = new OrganisationData(kind.getValue(), name.getValue(), sector.getValue(),
                    country.getValue());
            if (existing == null) {
                organisations.create(data);
            } else {
                organisations.update(existing.id(), existing.version(), data);
            }
        });
    }
}
