package org.ccbench.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;

/**
 * An (i) beside a field that shows its definition on a tap: a tooltip opens on hover or keyboard focus only, so on a
 * phone the definitions were out of reach. Keyboard users keep the tooltip; the button is left out of the tab order.
 * The popover is made on the first tap, so a form of 65 fields does not carry 65 of them.
 */
class DefinitionButton extends Button {

    private final String definition;
    private Popover popover;

    DefinitionButton(String fieldId, String fieldName, String definition) {
        super(VaadinIcon.INFO_CIRCLE_O.create());
        this.definition = definition;
        setId(fieldId + "-definition");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        setAriaLabel(getTranslation("kpi.help.show", fieldName));
        getElement().setAttribute("tabindex", "-1");
        addClickListener(event -> showDefinition());
    }

    private void showDefinition() {
        if (popover == null) {
            popover = new Popover();
            popover.setTarget(this);
            popover.addClassName("field-definition");
            Paragraph text = new Paragraph(definition);
            text.setId(getId().orElseThrow() + "-text");
            popover.add(text);
            popover.open();
        }
    }
}
