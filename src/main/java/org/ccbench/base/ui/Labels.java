package org.ccbench.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Collection;
import java.util.stream.Collectors;

/** Translated names of enum values; the key is {@code EnumType.VALUE}. */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : I18NProvider.translate(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static String ofAll(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Labels::of).collect(Collectors.joining(", "));
    }
}
