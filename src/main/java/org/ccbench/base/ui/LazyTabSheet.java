package org.ccbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.HashMap;
import java.util.Map;

/**
 * Tabs whose content is built when the tab is first selected: a page opens with the work of one tab, not of all (a
 * campaign's invitees, responses and e-mails each read thousands of rows). Add the tabs, then {@link #select} one.
 */
public class LazyTabSheet extends TabSheet {

    private final Map<Tab, Pending> pending = new HashMap<>();

    public LazyTabSheet() {
        addSelectedChangeListener(event -> build(event.getSelectedTab()));
    }

    public Tab addLazy(String label, SerializableSupplier<? extends Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = add(label, holder);
        pending.put(tab, new Pending(holder, content));
        return tab;
    }

    /** Selects the tab at {@code index} and builds its content; call it once the tabs are added. */
    public void select(int index) {
        setSelectedIndex(index);
        build(getSelectedTab());
    }

    private void build(Tab tab) {
        Pending waiting = pending.remove(tab);
        if (waiting != null) {
            waiting.holder().add(waiting.content().get());
        }
    }

    private record Pending(Div holder, SerializableSupplier<? extends Component> content) {
    }
}
