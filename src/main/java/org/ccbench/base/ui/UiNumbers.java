package org.ccbench.base.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.ccbench.base.format.Numbers;

/**
 * The number notation of the signed-in reader, for views. It lives here and not in {@link Numbers} because
 * {@code base/format} is plain Java that exports and services use without Vaadin.
 */
public final class UiNumbers {

    private UiNumbers() {
    }

    /**
     * Numbers as the reader of the current UI writes them (74,5 in Dutch, 74.5 in English); English when no UI is
     * current (a background thread or a plain unit test).
     */
    public static Numbers current() {
        UI ui = UI.getCurrent();
        return Numbers.of(ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale());
    }
}
