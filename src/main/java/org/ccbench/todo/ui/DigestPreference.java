package org.ccbench.todo.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.ccbench.base.ui.Notifications;
import org.ccbench.todo.DigestFrequency;
import org.ccbench.todo.DigestService;

/** The account page's section: receive the to-do list by e-mail daily, weekly (Mondays) or not at all. */
public class DigestPreference extends Composite<Div> {

    public DigestPreference(DigestService digests) {
        RadioButtonGroup<DigestFrequency> frequency = new RadioButtonGroup<>(getTranslation("digest.frequency"));
        frequency.setId("digest-frequency");
        frequency.setItems(DigestFrequency.values());
        frequency.setItemLabelGenerator(choice -> getTranslation("digest." + choice.name()));
        frequency.setValue(digests.myFrequency());
        frequency.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                digests.chooseMine(event.getValue());
                Notifications.success(getTranslation("digest.saved", getTranslation("digest." + event.getValue())));
            }
        });
        getContent().setId("digest-preference");
        getContent().add(new H3(getTranslation("digest.title")), new Paragraph(getTranslation("digest.explain")),
                frequency);
    }
}
