package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LazyTabSheetTest {

    private final List<String> built = new ArrayList<>();

    private Span content(String name) {
        built.add(name);
        return new Span(name);
    }

    @Test
    void aTabsContentIsBuiltWhenTheTabIsFirstSelectedAndOnlyOnce() {
        LazyTabSheet tabs = new LazyTabSheet();
        tabs.addLazy("Invitees", () -> content("invitees"));
        tabs.addLazy("Responses", () -> content("responses"));
        tabs.addLazy("Outbox", () -> content("outbox"));
        assertThat(built).as("nothing before a tab is chosen").isEmpty();

        tabs.select(2);
        assertThat(built).containsExactly("outbox");

        tabs.setSelectedIndex(0);
        tabs.setSelectedIndex(2);
        assertThat(built).containsExactly("outbox", "invitees");
        assertThat(tabs.getComponent(tabs.getTabAt(2)).getElement().getTextRecursively()).isEqualTo("outbox");
    }

    @Test
    void selectingTheTabAlreadySelectedBuildsIt() {
        LazyTabSheet tabs = new LazyTabSheet();
        tabs.addLazy("Invitees", () -> content("invitees"));
        tabs.addLazy("Outbox", () -> content("outbox"));

        tabs.select(0);

        assertThat(built).containsExactly("invitees");
    }
}
